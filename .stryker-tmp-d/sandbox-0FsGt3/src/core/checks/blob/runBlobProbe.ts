/**
 * The blob probe (issue #4, check 3). Network, run only after the user's explicit go-ahead. It never needs the
 * key: a read of the blob's properties without a key tells whether the blob uses CPK (409
 * BlobUsesCustomerSpecifiedEncryption), and a listing gives the blob's `customerProvidedKeySha256`, which is
 * compared with the fingerprint the user gives (cpk-facts.md §2, §6).
 */
// @ts-nocheck

import type { ContainerClient } from '@azure/storage-blob';
import type { CheckEvidence, CheckResult } from '../checkResult';
import { classifyStorageError, type StorageFailure } from './classifyStorageError';
import { checkEndpoint } from './endpointPolicy';
import { failureResult, refusalResult } from './failureResult';
import type { NetworkCheckOptions } from './networkOptions';
import { normalizeFingerprint } from './normalizeFingerprint';
import { createContainerClient } from './storageClients';
import { sasWarnings } from './sasWarnings';
import { serviceVersionEvidence } from './serviceVersion';

export interface BlobProbeInput {
  url: string;
  /** The fingerprint (base64 SHA-256) of the key the user believes encrypts the blob. */
  fingerprint?: string;
}

type Properties = { ok: true; encryptionScope?: string; serviceVersion?: string } | { ok: false; failure: StorageFailure };

async function readProperties(container: ContainerClient, blobName: string, timeoutMs: number): Promise<Properties> {
  try {
    const properties = await container.getBlobClient(blobName).getProperties({ abortSignal: AbortSignal.timeout(timeoutMs) });
    return {
      ok: true,
      ...(properties.encryptionScope === undefined ? {} : { encryptionScope: properties.encryptionScope }),
      ...(properties.version === undefined ? {} : { serviceVersion: properties.version }),
    };
  } catch (error) {
    return { ok: false, failure: classifyStorageError(error) };
  }
}

/** The blob's key fingerprint from a listing (no key needed), or the failure of the listing. */
async function listedFingerprint(container: ContainerClient, blobName: string, timeoutMs: number): Promise<{ fingerprint?: string; found: boolean } | StorageFailure> {
  try {
    const pages = container.listBlobsFlat({ prefix: blobName, abortSignal: AbortSignal.timeout(timeoutMs) }).byPage({ maxPageSize: 50 });
    const first = await pages.next();
    const items = first.done === true ? [] : first.value.segment.blobItems;
    const item = items.find((blob) => blob.name === blobName && blob.snapshot === undefined);
    return item === undefined ? { found: false } : { found: true, ...(item.properties.customerProvidedKeySha256 === undefined ? {} : { fingerprint: item.properties.customerProvidedKeySha256 }) };
  } catch (error) {
    return classifyStorageError(error);
  }
}

/** Runs the probe. Never throws: every failure becomes an `error` or `fail` result. */
export async function runBlobProbe(input: BlobProbeInput, options: NetworkCheckOptions): Promise<CheckResult> {
  const decision = checkEndpoint(input.url, options.policy);
  if (!decision.ok) {
    return refusalResult('blob-check', decision.reason, decision.message);
  }
  const { target } = decision;
  const evidence: CheckEvidence[] = [{ title: 'URL', value: target.displayUrl }];
  if (target.blobName === undefined) {
    return { check: 'blob-check', status: 'error', cause: 'That is a container URL, not a blob URL.', evidence, nextSteps: ['Paste the URL of one blob, or use "List keys in a container" for the whole container.'] };
  }
  const wanted = input.fingerprint === undefined ? undefined : normalizeFingerprint(input.fingerprint);
  if (input.fingerprint !== undefined && wanted === undefined) {
    return { check: 'blob-check', status: 'error', cause: 'The fingerprint you gave is not base64 of 32 bytes.', evidence, nextSteps: ['Compute it with one of the commands of "Check my key and hash", or leave it out.'] };
  }
  evidence.push(...sasWarnings(target.url));
  const container = await createContainerClient(target, options);
  const properties = await readProperties(container, target.blobName, options.timeoutMs);
  if (properties.ok) {
    evidence.push(...serviceVersionEvidence(properties.serviceVersion, options.versions));
    if (properties.encryptionScope !== undefined) {
      evidence.push({ title: 'Encryption scope', value: properties.encryptionScope });
      return {
        check: 'blob-check',
        status: wanted === undefined ? 'warn' : 'fail',
        cause: 'The blob uses an encryption scope (a key chosen by name), not a customer-provided key. It reads without any key.',
        evidence,
        nextSteps: ['Do not send x-ms-encryption-* headers for this blob; a mismatching scope can also produce BlobCustomerSpecifiedEncryptionMismatch.'],
      };
    }
    evidence.push({ title: 'Read without a key', value: 'succeeded' });
    return {
      check: 'blob-check',
      status: wanted === undefined ? 'pass' : 'fail',
      cause: 'The blob does not use a customer-provided key: it reads without one.',
      evidence,
      nextSteps: [
        wanted === undefined
          ? 'Read it without CPK headers.'
          : 'Do not send a key for this blob: a key on a blob written without one fails with 409 BlobDoesNotUseCustomerSpecifiedEncryption.',
      ],
    };
  }
  const { failure } = properties;
  if (failure.kind !== 'http' || failure.statusCode !== 409 || failure.errorCode !== 'BlobUsesCustomerSpecifiedEncryption') {
    return failureResult('blob-check', failure, evidence, 'r', options.timeoutMs);
  }
  evidence.push({ title: 'Read without a key', value: '409 BlobUsesCustomerSpecifiedEncryption: the blob uses a customer-provided key' });
  const listed = await listedFingerprint(container, target.blobName, options.timeoutMs);
  if ('kind' in listed || listed.fingerprint === undefined) {
    const why = 'kind' in listed ? `the listing failed (${listed.statusCode ?? listed.kind} ${listed.errorCode ?? ''})` : 'the listing did not show it';
    return {
      check: 'blob-check',
      status: 'warn',
      cause: `The blob uses a customer-provided key, but I could not read which key: ${why.trim()}.`,
      evidence,
      nextSteps: ['A blob SAS cannot list. To see the key fingerprint, use a container SAS with list permission (sp contains l).'],
    };
  }
  evidence.push({ title: 'Fingerprint of the key that encrypts the blob', value: listed.fingerprint });
  if (wanted === undefined) {
    return {
      check: 'blob-check',
      status: 'pass',
      cause: 'The blob uses a customer-provided key; its fingerprint is shown below.',
      evidence,
      nextSteps: ['Compare this fingerprint with base64(SHA-256) of each key you hold ("Check my key and hash" shows the commands). The key whose fingerprint matches opens the blob.'],
    };
  }
  evidence.push({ title: 'Fingerprint you gave', value: wanted });
  const match = wanted === listed.fingerprint;
  return {
    check: 'blob-check',
    status: match ? 'pass' : 'fail',
    cause: match
      ? 'Match: your key is the one that encrypts this blob.'
      : 'Mismatch: your key is not the one that encrypts this blob. Requests with it fail with 409 BlobCustomerSpecifiedEncryptionMismatch.',
    evidence,
    nextSteps: match
      ? ['Send all three headers with this key: x-ms-encryption-key, x-ms-encryption-key-sha256 and x-ms-encryption-algorithm: AES256.']
      : ['Find the key with this fingerprint in your key store; only the exact original key opens the blob. Azure does not keep keys and cannot recover one.'],
  };
}
