/**
 * In-process state storage for the embedded default, with a bound: botbuilder's `MemoryStorage` keeps every
 * conversation forever, so a long-running local bot (or a flood of new conversations) grows without limit.
 * This keeps at most `maxItems` entries and forgets entries idle for `idleMs`, least recently used first.
 * eTags behave as in `MemoryStorage` (optimistic concurrency: a stale eTag is refused, '*' always writes).
 */
// @ts-nocheck

import type { Storage, StoreItems } from 'botbuilder';

export interface BoundedMemoryStorageOptions {
  maxItems: number;
  idleMs: number;
  now?: () => number;
}

interface Entry {
  json: string;
  eTag: string;
  touched: number;
}

export class BoundedMemoryStorage implements Storage {
  private readonly entries = new Map<string, Entry>();
  private nextETag = 1;
  private readonly now: () => number;

  constructor(private readonly options: BoundedMemoryStorageOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Number of stored items (for tests and health reports). */
  get size(): number {
    return this.entries.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    const now = this.now();
    for (const key of keys) {
      const entry = this.live(key, now);
      if (entry !== undefined) {
        this.touch(key, entry, now);
        items[key] = JSON.parse(entry.json) as unknown;
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const now = this.now();
    for (const [key, item] of Object.entries(changes)) {
      const incoming = (item ?? {}) as Record<string, unknown>;
      const existing = this.live(key, now);
      const wanted = incoming.eTag;
      if (existing !== undefined && typeof wanted === 'string' && wanted !== '*' && wanted !== existing.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      const eTag = String(this.nextETag++);
      this.touch(key, { json: JSON.stringify({ ...incoming, eTag }), eTag, touched: now }, now);
    }
    this.evict(now);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      this.entries.delete(key);
    }
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined && now - entry.touched > this.options.idleMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Re-inserting moves the key to the end of the Map, which keeps the Map in least-recently-used order. */
  private touch(key: string, entry: Entry, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { ...entry, touched: now });
  }

  private evict(now: number): void {
    for (const [key, entry] of this.entries) {
      const idle = now - entry.touched > this.options.idleMs;
      if (!idle && this.entries.size <= this.options.maxItems) {
        break;
      }
      this.entries.delete(key);
    }
  }
}
