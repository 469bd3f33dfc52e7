/**
 * Azurite plus the CPK gateway, started once for a test file, with helpers that seed containers through the
 * gateway using the real SDK and a key (so the gateway records each blob's fingerprint as the service would).
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import { AnonymousCredential, ContainerClient, newPipeline, type StoragePipelineOptions } from '@azure/storage-blob';
import { DEFAULT_BLOB_HOST_SUFFIXES } from '../../src/core/checks/blob/endpointPolicy';
import type { NetworkCheckOptions } from '../../src/core/checks/blob/networkOptions';
import { type Azurite, DEV_ACCOUNT, startAzurite } from './azurite';
import { type RunningGateway, startCpkGateway } from './cpkGateway';
import { realKnowledge } from './testConversation';

export interface TestKey {
  encryptionKey: string;
  encryptionKeySha256: string;
  encryptionAlgorithm: 'AES256';
}

/** A deterministic test key from one byte value. */
export function testKey(fill: number): TestKey {
  const raw = Buffer.alloc(32, fill);
  return { encryptionKey: raw.toString('base64'), encryptionKeySha256: createHash('sha256').update(raw).digest('base64'), encryptionAlgorithm: 'AES256' };
}

export interface LiveServices {
  azurite: Azurite;
  gateway: RunningGateway;
  /** URL of a container or blob through the gateway, with a SAS of the given permissions. */
  url(container: string, blob?: string, permissions?: string, signature?: string): string;
  /** Check options trusting the gateway (as the configured emulator). */
  options(timeoutMs?: number): NetworkCheckOptions;
  /** A client with full rights, for seeding. */
  containerClient(container: string): ContainerClient;
  stop(): Promise<void>;
}

export async function startLiveServices(): Promise<LiveServices> {
  const azurite = await startAzurite(0, undefined, { loose: true });
  let gateway: RunningGateway;
  try {
    gateway = await startCpkGateway(azurite.origin);
  } catch (error) {
    await azurite.stop();
    throw error;
  }
  const url = (container: string, blob?: string, permissions = 'rl', signature?: string): string =>
    `${gateway.origin}/${DEV_ACCOUNT}/${container}${blob === undefined ? '' : `/${encodeURIComponent(blob)}`}?${gateway.sas(permissions, signature)}`;
  return {
    azurite,
    gateway,
    url,
    options: (timeoutMs = 10000) => ({
      policy: { hostSuffixes: DEFAULT_BLOB_HOST_SUFFIXES, emulatorOrigin: gateway.origin },
      timeoutMs,
      versions: realKnowledge().versions,
      transport: { trustedCaPem: gateway.caPem },
    }),
    containerClient(container) {
      const options: StoragePipelineOptions & { tlsOptions: { ca: string } } = { tlsOptions: { ca: gateway.caPem }, retryOptions: { maxTries: 1 } };
      return new ContainerClient(url(container, undefined, 'rwdlc'), newPipeline(new AnonymousCredential(), options));
    },
    async stop() {
      await gateway.stop();
      await azurite.stop();
    },
  };
}

/** Uploads `names` with the key chosen for each (undefined = no CPK), `concurrency` at a time (bounded). */
export async function seedBlobs(container: ContainerClient, blobs: readonly [string, TestKey | undefined][], concurrency = 16): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < blobs.length) {
      const [name, key] = blobs[next];
      next += 1;
      const body = `content of ${name}`;
      await container.getBlockBlobClient(name).upload(body, Buffer.byteLength(body), key === undefined ? {} : { customerProvidedKey: key });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, blobs.length) }, worker));
}
