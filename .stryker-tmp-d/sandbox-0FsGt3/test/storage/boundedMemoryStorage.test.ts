// @ts-nocheck
import assert from 'node:assert/strict';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';

describe('BoundedMemoryStorage', () => {
  it('reads back what was written, with a fresh eTag', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 10, idleMs: 1000 });
    await storage.write({ a: { count: 1 } });
    const { a } = (await storage.read(['a'])) as { a: { count: number; eTag: string } };
    assert.equal(a.count, 1);
    assert.match(a.eTag, /^\d+$/);
  });

  it('refuses a write with a stale eTag and accepts "*"', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 10, idleMs: 1000 });
    await storage.write({ a: { v: 1 } });
    const first = (await storage.read(['a'])).a as { eTag: string };
    await storage.write({ a: { v: 2, eTag: first.eTag } });
    await assert.rejects(storage.write({ a: { v: 3, eTag: first.eTag } }), /eTag conflict/);
    await storage.write({ a: { v: 4, eTag: '*' } });
    assert.equal(((await storage.read(['a'])).a as { v: number }).v, 4);
  });

  it('keeps at most maxItems, forgetting the least recently used', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 3, idleMs: 1e9 });
    for (const key of ['a', 'b', 'c']) {
      await storage.write({ [key]: { key } });
    }
    await storage.read(['a']); // a is now the most recently used
    await storage.write({ d: { key: 'd' } });
    assert.equal(storage.size, 3);
    assert.deepEqual(Object.keys(await storage.read(['a', 'b', 'c', 'd'])).sort(), ['a', 'c', 'd']);
  });

  it('forgets entries idle for longer than idleMs', async () => {
    let now = 0;
    const storage = new BoundedMemoryStorage({ maxItems: 100, idleMs: 1000, now: () => now });
    await storage.write({ old: { v: 1 } });
    now = 500;
    await storage.write({ recent: { v: 2 } });
    now = 1200;
    assert.deepEqual(Object.keys(await storage.read(['old', 'recent'])), ['recent']);
  });

  it('stays bounded under 20,000 distinct conversations', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 500, idleMs: 1e9 });
    for (let index = 0; index < 20000; index += 1) {
      await storage.write({ [`conversation-${index}`]: { turn: index } });
    }
    assert.equal(storage.size, 500);
  });
});
