/**
 * Bot state in Azure Blob storage with a client-side deadline on every call (issue #18). botbuilder-azure-blobs'
 * `BlobsStorage` passes no abort signal to the SDK, so a storage account that accepts connections and never
 * answers held a turn for 60-150 s. This store does the same work with the same blob names and JSON bodies
 * (data written by either is read by the other), and every request carries the deadline's signal, which also
 * closes the stuck sockets.
 */
// @ts-nocheck

import { json } from 'node:stream/consumers';
import type { ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { withDeadline } from '../core/io/deadline';
import { OpenedContainer } from './openedContainer';

export class DeadlineBlobsStorage implements Storage {
  private readonly container: OpenedContainer;

  constructor(
    client: ContainerClient,
    private readonly timeoutMs: number,
  ) {
    this.container = new OpenedContainer(client);
  }

  read(keys: string[]): Promise<StoreItems> {
    return withDeadline('state read', this.timeoutMs, async (abortSignal) => {
      const client = await this.container.ready(abortSignal);
      const items: StoreItems = {};
      await Promise.all(
        keys.map(async (key) => {
          try {
            const blob = await client.getBlobClient(sanitizeBlobKey(key)).download(0, undefined, { abortSignal });
            if (blob.readableStreamBody !== undefined) {
              const parsed = (await json(blob.readableStreamBody)) as Record<string, unknown>;
              items[key] = { ...parsed, eTag: blob.etag };
            }
          } catch (error) {
            if (statusOf(error) !== 404) {
              throw error;
            }
          }
        }),
      );
      return items;
    });
  }

  write(changes: StoreItems): Promise<void> {
    return withDeadline('state write', this.timeoutMs, async (abortSignal) => {
      const client = await this.container.ready(abortSignal);
      const entries: [string, unknown][] = Object.entries(changes);
      await Promise.all(
        entries.map(async ([key, item]) => {
          const { eTag, ...change } = (typeof item === 'object' && item !== null ? item : {}) as { eTag?: unknown };
          const serialized = JSON.stringify(change);
          try {
            await client.getBlockBlobClient(sanitizeBlobKey(key)).upload(serialized, Buffer.byteLength(serialized), {
              abortSignal,
              conditions: typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? { ifMatch: eTag } : {},
              blobHTTPHeaders: { blobContentType: 'application/json' },
            });
          } catch (error) {
            if (statusOf(error) === 412) {
              // The message BlobsStorage uses, so `isETagConflict` reads both the same way.
              throw Object.assign(new Error(`Storage: error writing "${key}" due to eTag conflict.`), { statusCode: 412 });
            }
            throw error;
          }
        }),
      );
    });
  }

  delete(keys: string[]): Promise<void> {
    return withDeadline('state delete', this.timeoutMs, async (abortSignal) => {
      const client = await this.container.ready(abortSignal);
      await Promise.all(keys.map((key) => client.deleteBlob(sanitizeBlobKey(key), { abortSignal }).catch(ignoreNotFound)));
    });
  }
}

export function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}

function ignoreNotFound(error: unknown): void {
  if (statusOf(error) !== 404) {
    throw error;
  }
}

