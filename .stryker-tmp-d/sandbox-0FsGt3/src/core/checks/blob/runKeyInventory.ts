/**
 * The key inventory (issue #4, check 4). Network, run only after the user's go-ahead. Lists a container (and
 * snapshots / versions when asked) and groups blobs by `customerProvidedKeySha256`, which a listing returns
 * without any key (cpk-facts.md §2). Answers "which blobs still use the old key" during rotation and "which key do
 * I need" after a mismatch. Bounded by a blob count and the time limit; reports progress per page.
 */
// @ts-nocheck

import type { CheckEvidence, CheckResult } from '../checkResult';
import { classifyStorageError } from './classifyStorageError';
import { checkEndpoint } from './endpointPolicy';
import { failureResult, refusalResult } from './failureResult';
import type { NetworkCheckOptions } from './networkOptions';
import { normalizeFingerprint } from './normalizeFingerprint';
import { sasWarnings } from './sasWarnings';
import { createContainerClient } from './storageClients';

export interface KeyInventoryInput {
  url: string;
  includeSnapshots?: boolean;
  includeVersions?: boolean;
  /** A fingerprint to count specifically (for example the old key during rotation). */
  fingerprint?: string;
}

export interface KeyInventoryOptions extends NetworkCheckOptions {
  maxBlobs: number;
  pageSize?: number;
  /** Called after each page with the number listed so far and whether more pages follow (for progress messages). */
  onProgress?: (listed: number, more: boolean) => Promise<void>;
}

interface Group {
  count: number;
  samples: string[];
}

export interface KeyInventory {
  result: CheckResult;
  /** Blob count per fingerprint; `''` is blobs without CPK. */
  groups: Map<string, Group>;
  listed: number;
  complete: boolean;
}

const NO_CPK = '';
const SAMPLES = 3;

function describeGroups(groups: Map<string, Group>, wanted?: string): CheckEvidence[] {
  const sorted = [...groups.entries()].sort((a, b) => b[1].count - a[1].count);
  return sorted.slice(0, 20).map(([fingerprint, group]) => ({
    title: fingerprint === NO_CPK ? 'No customer-provided key' : `Key ${fingerprint}${fingerprint === wanted ? ' (yours)' : ''}`,
    value: `${group.count} blob${group.count === 1 ? '' : 's'}, e.g. ${group.samples.join(', ')}`,
  }));
}

/** Runs the inventory. Never throws. */
export async function runKeyInventory(input: KeyInventoryInput, options: KeyInventoryOptions): Promise<KeyInventory> {
  const groups = new Map<string, Group>();
  const empty = (result: CheckResult): KeyInventory => ({ result, groups, listed: 0, complete: false });
  const decision = checkEndpoint(input.url, options.policy);
  if (!decision.ok) {
    return empty(refusalResult('key-inventory', decision.reason, decision.message));
  }
  const { target } = decision;
  const evidence: CheckEvidence[] = [{ title: 'Container URL', value: target.displayUrl }, ...sasWarnings(target.url, 'l')];
  const wanted = input.fingerprint === undefined ? undefined : normalizeFingerprint(input.fingerprint);
  const container = await createContainerClient(target, options);
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let listed = 0;
  let complete = true;
  try {
    const pages = container
      .listBlobsFlat({
        includeSnapshots: input.includeSnapshots === true,
        includeVersions: input.includeVersions === true,
        ...(target.blobName === undefined ? {} : { prefix: target.blobName }),
        abortSignal: deadline,
      })
      .byPage({ maxPageSize: Math.min(options.pageSize ?? 1000, options.maxBlobs) });
    for await (const page of pages) {
      for (const blob of page.segment.blobItems) {
        if (listed >= options.maxBlobs) {
          complete = false;
          break;
        }
        const key = blob.properties.customerProvidedKeySha256 ?? NO_CPK;
        const group = groups.get(key) ?? { count: 0, samples: [] };
        group.count += 1;
        if (group.samples.length < SAMPLES) {
          group.samples.push(blob.snapshot === undefined ? blob.name : `${blob.name} (snapshot ${blob.snapshot})`);
        }
        groups.set(key, group);
        listed += 1;
      }
      const more = page.continuationToken !== undefined && page.continuationToken !== '';
      if (!complete || (listed >= options.maxBlobs && more)) {
        complete = false;
        break;
      }
      await options.onProgress?.(listed, more);
    }
  } catch (error) {
    const failure = classifyStorageError(error);
    if (listed === 0 || failure.kind !== 'timeout') {
      return { result: failureResult('key-inventory', failure, evidence, 'l', options.timeoutMs), groups, listed, complete: false };
    }
    complete = false;
  }
  evidence.push({ title: 'Blobs listed', value: `${listed}${complete ? '' : ` (stopped at the limit of ${options.maxBlobs} blobs or ${Math.round(options.timeoutMs / 1000)} s)`}` });
  evidence.push(...describeGroups(groups, wanted));
  const keys = [...groups.keys()].filter((key) => key !== NO_CPK).length;
  const wantedCount = wanted === undefined ? undefined : (groups.get(wanted)?.count ?? 0);
  const cause =
    listed === 0
      ? 'The container (or prefix) has no blobs.'
      : `${listed} blob${listed === 1 ? '' : 's'} listed: ${keys} customer-provided key${keys === 1 ? '' : 's'} in use, ${groups.get(NO_CPK)?.count ?? 0} without one.` +
        (wantedCount === undefined ? '' : ` ${wantedCount} use the key you named.`);
  return {
    result: {
      check: 'key-inventory',
      status: complete ? 'pass' : 'warn',
      cause,
      evidence,
      nextSteps: [
        'Match each fingerprint with base64(SHA-256) of the keys in your key store to see which key each group needs.',
        'During rotation, blobs still listed under the old fingerprint have not been re-uploaded with the new key yet. Snapshots and versions keep their own key.',
        ...(complete ? [] : ['The listing was cut short: use a prefix in the URL (…/<container>/<prefix>) to look at a part of the container.']),
      ],
    },
    groups,
    listed,
    complete,
  };
}
