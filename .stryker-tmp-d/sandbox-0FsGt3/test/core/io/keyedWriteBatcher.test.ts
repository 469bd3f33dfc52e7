// @ts-nocheck
import assert from 'node:assert/strict';
import { KeyedWriteBatcher } from '../../../src/core/io/keyedWriteBatcher';

/** A write that stays in flight until the test releases it, recording every batch it receives. */
function controlledWriter(): {
  batches: Array<{ key: string; items: readonly string[] }>;
  release: () => void;
  write: (key: string, items: readonly string[]) => Promise<void>;
} {
  const batches: Array<{ key: string; items: readonly string[] }> = [];
  let releases: Array<() => void> = [];
  return {
    batches,
    release: () => {
      const waiting = releases;
      releases = [];
      waiting.forEach((resolve) => resolve());
    },
    write: (key, items) => {
      batches.push({ key, items });
      return new Promise<void>((resolve) => releases.push(resolve));
    },
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('KeyedWriteBatcher', () => {
  it('writes items enqueued in one synchronous burst as one batch', async () => {
    const writer = controlledWriter();
    const batcher = new KeyedWriteBatcher<string>(writer.write);
    const done = ['a', 'b', 'c'].map((item) => batcher.write('file', item));
    await tick();
    writer.release();
    await Promise.all(done);
    assert.deepEqual(writer.batches, [{ key: 'file', items: ['a', 'b', 'c'] }]);
  });

  it('collects what arrives during a write into the next batch, in order, and settles each caller after its own batch', async () => {
    const writer = controlledWriter();
    const batcher = new KeyedWriteBatcher<string>(writer.write);
    let firstDone = false;
    let laterDone = false;
    const first = batcher.write('file', '1').then(() => (firstDone = true));
    await tick();
    const later = [batcher.write('file', '2'), batcher.write('file', '3')];
    void Promise.all(later).then(() => (laterDone = true));
    await tick();
    assert.equal(writer.batches.length, 1, 'the second batch waits for the first write');
    writer.release();
    await first;
    await tick();
    assert.equal(firstDone, true);
    assert.equal(laterDone, false, 'items of the second batch are not acknowledged before their write');
    assert.deepEqual(writer.batches.map((batch) => batch.items), [['1'], ['2', '3']]);
    writer.release();
    await Promise.all(later);
    assert.equal(batcher.busyKeys, 0, 'an idle key leaves nothing behind');
  });

  it('does not make one key wait for another', async () => {
    const writer = controlledWriter();
    const batcher = new KeyedWriteBatcher<string>(writer.write);
    void batcher.write('slow', 'x');
    void batcher.write('other', 'y');
    await tick();
    assert.deepEqual(writer.batches.map((batch) => batch.key).sort(), ['other', 'slow']);
    writer.release();
    await batcher.flush();
  });

  it('fails only the callers of a failed batch, and keeps writing afterwards', async () => {
    let calls = 0;
    const written: string[] = [];
    const batcher = new KeyedWriteBatcher<string>(async (_key, items) => {
      calls += 1;
      await Promise.resolve();
      if (calls === 1) {
        throw new Error('disk full');
      }
      written.push(...items);
    });
    const failed = batcher.write('file', 'lost');
    await assert.rejects(failed, /disk full/);
    await batcher.write('file', 'kept');
    assert.deepEqual(written, ['kept']);
  });

  it('whenIdle and flush wait for pending writes', async () => {
    const writer = controlledWriter();
    const batcher = new KeyedWriteBatcher<string>(writer.write);
    void batcher.write('a', '1');
    let idle = false;
    const waiting = batcher.whenIdle('a').then(() => (idle = true));
    await tick();
    assert.equal(idle, false);
    writer.release();
    await waiting;
    await batcher.whenIdle('never-written');
    await batcher.flush();
    assert.equal(idle, true);
  });
});
