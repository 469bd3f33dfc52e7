/**
 * Builds `@azure/storage-blob` clients for a URL that passed the endpoint policy. The SDK is loaded lazily
 * (`await import`) because a cold load costs ~0.2 s and only live checks need it (platform-notes.md). Each client
 * has one try per request with a timeout, follows no redirects (a redirect could lead to another host), and
 * uses an anonymous credential: the SAS in the URL is the only authority.
 */
// @ts-nocheck

import type { ContainerClient, StoragePipelineOptions } from '@azure/storage-blob';
import type { BlobTarget } from './endpointPolicy';
import type { NetworkCheckOptions } from './networkOptions';

/** Pipeline options the SDK passes through to its core pipeline (redirect and TLS settings). */
type PassThroughOptions = StoragePipelineOptions & {
  redirectOptions: { maxRetries: number };
  tlsOptions?: { ca: string };
};

/** A container client for the target's container; blob clients come from it so every request stays on one host. */
export async function createContainerClient(target: BlobTarget, options: NetworkCheckOptions): Promise<ContainerClient> {
  const sdk = await import('@azure/storage-blob');
  const pipelineOptions: PassThroughOptions = {
    retryOptions: { maxTries: 1, tryTimeoutInMs: options.timeoutMs },
    redirectOptions: { maxRetries: 0 },
    // The extra CA is used only for the configured emulator origin, so public endpoints keep the system roots.
    ...(options.transport?.trustedCaPem === undefined || target.origin !== options.policy.emulatorOrigin
      ? {}
      : { tlsOptions: { ca: options.transport.trustedCaPem } }),
  };
  const pipeline = sdk.newPipeline(new sdk.AnonymousCredential(), pipelineOptions);
  return new sdk.ContainerClient(target.containerUrl, pipeline);
}
