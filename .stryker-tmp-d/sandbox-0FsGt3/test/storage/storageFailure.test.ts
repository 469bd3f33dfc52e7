// @ts-nocheck
import assert from 'node:assert/strict';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { botInstance, fallsBackOnly, offersHuman, storageUnreachable } from './botInstance';

/** MemoryStorage that fails the next read or write on demand, like a storage outage during one turn. */
class FlakyStorage implements Storage {
  private readonly inner = new MemoryStorage();
  failNext: 'read' | 'write' | undefined;

  async read(keys: string[]): Promise<StoreItems> {
    this.trip('read');
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    this.trip('write');
    await this.inner.write(changes);
  }
  async delete(keys: string[]): Promise<void> {
    await this.inner.delete(keys);
  }
  private trip(operation: 'read' | 'write'): void {
    if (this.failNext === operation) {
      this.failNext = undefined;
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    }
  }
}

describe('a storage error during a turn', () => {
  for (const operation of ['read', 'write'] as const) {
    it(`(${operation}) gets an apology with a retry suggestion and keeps the conversation`, async () => {
      const storage = new FlakyStorage();
      const bot = botInstance(storage);
      assert.ok(fallsBackOnly(await bot.say('zzzq wibble')), 'first unrecognised message: fallback, streak 1 saved');
      storage.failNext = operation;
      const failed = await bot.say('flurb blorp');
      assert.ok(storageUnreachable(failed), JSON.stringify(failed));
      assert.match(JSON.stringify(failed), /Reference: [0-9a-f-]{36}/);
      assert.doesNotMatch(JSON.stringify(failed), /ECONNREFUSED/, 'no internals reach the chat');
      // The failed turn was not saved, the earlier one was: the retry is the second fallback in a row.
      assert.ok(offersHuman(await bot.say('flurb blorp')), 'state from before the failure is still there');
      assert.ok(bot.logs.some((line) => line.includes('"storage":"unavailable"')));
    });
  }
});
