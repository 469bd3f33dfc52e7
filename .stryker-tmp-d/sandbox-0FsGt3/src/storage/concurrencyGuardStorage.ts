/**
 * Optimistic concurrency for bot state (issue #7, item 1). botbuilder's `BotState.saveChanges` always writes
 * with `eTag: '*'` (last writer wins), although `BlobsStorage` honours a real eTag (If-Match, 412 -> "eTag
 * conflict"). This decorator puts back the eTag that was read at the start of the turn, so an instance whose
 * state is stale gets a conflict instead of silently overwriting another instance's turn. Every store error
 * leaves as a `StorageFailure` so the turn error handler can answer "please retry".
 */
// @ts-nocheck

import type { Storage, StoreItems } from 'botbuilder';
import { StorageFailure, toStorageFailure } from './storageErrors';

/** `null` means "this item did not exist when the turn read it". */
type ExpectedETag = string | null;

export class ConcurrencyGuardStorage implements Storage {
  private readonly expected = new WeakMap<object, ExpectedETag>();

  constructor(private readonly inner: Storage) {}

  /** Records which eTag a state object must still have in storage when it is written. */
  expect(item: object, eTag: ExpectedETag): void {
    this.expected.set(item, eTag);
  }

  async read(keys: string[]): Promise<StoreItems> {
    try {
      return await this.inner.read(keys);
    } catch (error) {
      throw toStorageFailure('read', error);
    }
  }

  async write(changes: StoreItems): Promise<void> {
    const prepared: StoreItems = {};
    const mustBeNew: string[] = [];
    const entries: [string, unknown][] = Object.entries(changes);
    for (const [key, item] of entries) {
      const eTag = typeof item === 'object' && item !== null ? this.expected.get(item) : undefined;
      if (typeof item !== 'object' || item === null || eTag === undefined) {
        prepared[key] = item;
      } else {
        this.expected.delete(item);
        prepared[key] = { ...item, eTag: eTag ?? '*' };
        if (eTag === null) {
          mustBeNew.push(key);
        }
      }
    }
    try {
      await this.checkStillNew(mustBeNew);
      await this.inner.write(prepared);
    } catch (error) {
      throw toStorageFailure('write', error);
    }
  }

  async delete(keys: string[]): Promise<void> {
    try {
      await this.inner.delete(keys);
    } catch (error) {
      throw toStorageFailure('delete', error);
    }
  }

  /**
   * BlobsStorage cannot send If-None-Match, so a first write is checked by reading first. This narrows, but
   * does not close, the window in which two instances both create the same conversation's state.
   */
  private async checkStillNew(keys: string[]): Promise<void> {
    if (keys.length === 0) {
      return;
    }
    const existing = await this.inner.read(keys);
    if (keys.some((key) => existing[key] !== undefined)) {
      throw new StorageFailure('conflict', 'write', {
        cause: new Error('the conversation state was created by another instance during this turn'),
      });
    }
  }
}
