/**
 * Issue #18, item 2: transcript entries survive a transcript-store outage in a bounded on-disk spool and reach
 * the store, in order, when it returns. Azurite is stopped and restarted on the same port with its data.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { DurableTranscriptLogger } from '../../src/bot/transcripts/durableTranscriptLogger';
import { createLogger } from '../../src/core/logging/logger';
import { createStores } from '../../src/storage/createStores';
import { TranscriptSpool } from '../../src/storage/transcripts/transcriptSpool';
import { type Azurite, startAzurite } from '../support/azurite';
import { readTranscript, userIds, userMessage } from './transcriptReader';

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A message with a strictly later timestamp than the one before (as the turn recorder stamps them). */
function stamped(conversationId: string, index: number, start: number): Partial<Activity> {
  return { ...userMessage(conversationId, `m-${index}`, `message ${index}`), timestamp: new Date(start + index) };
}

describe('transcript spool (issue #18)', function () {
  this.timeout(90_000);
  const folders: string[] = [];
  const running: Azurite[] = [];
  after(async () => {
    await Promise.all(running.map((azurite) => azurite.stop()));
    folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true }));
  });

  it('keeps entries on disk while Azurite is stopped and writes them, in order, once it is back', async () => {
    const data = tempDir('cpk-azurite-');
    const spoolDir = tempDir('cpk-spool-');
    folders.push(data, spoolDir);
    const first = await startAzurite(0, data);
    running.push(first);
    const container = `spool-${randomUUID().slice(0, 8)}`;
    const stores = await createStores(loadConfig({ STORAGE_CONNECTION_STRING: first.connectionString, TRANSCRIPT_CONTAINER: container, TRANSCRIPT_TIMEOUT_MS: '1500' }));
    await stores.open();
    const logs: string[] = [];
    const spool = new TranscriptSpool(spoolDir, 1024 * 1024);
    const logger = new DurableTranscriptLogger(stores.transcriptStore!, spool, createLogger('debug', (line) => logs.push(line)), 60_000);
    const conversationId = `c-${randomUUID().slice(0, 8)}`;
    const start = Date.now();

    await logger.log([stamped(conversationId, 1, start)]);
    assert.ok(spool.isEmpty(), 'written straight to the store while it answers');

    await first.stop();
    for (let index = 2; index <= 6; index += 1) {
      await logger.log([stamped(conversationId, index, start)]);
    }
    assert.ok(!spool.isEmpty(), 'spooled while the store is down');
    assert.ok(fs.readdirSync(spoolDir).some((name) => name.endsWith('.jsonl')), 'the spool is on disk');
    assert.ok(logs.some((line) => line.includes('entries spooled')));
    await logger.flush();
    assert.ok(!spool.isEmpty(), 'a flush while the store is still down keeps the spool');

    const second = await startAzurite(first.port, data);
    running.push(second);
    await logger.log([stamped(conversationId, 7, start)]);
    await logger.flush();
    logger.close();
    assert.ok(spool.isEmpty(), 'the spool is empty once written');
    const ids = userIds(await readTranscript(second.connectionString, container, conversationId));
    assert.deepEqual(ids, ['m-1', 'm-2', 'm-3', 'm-4', 'm-5', 'm-6', 'm-7'], 'every entry, once, in order');
  });

  it('never holds more than its cap: entries beyond it are dropped and counted', () => {
    const folder = tempDir('cpk-spool-');
    folders.push(folder);
    const spool = new TranscriptSpool(folder, 2048);
    let dropped = 0;
    for (let index = 0; index < 100; index += 1) {
      dropped += spool.add([{ id: `entry-${index}`, text: 'x'.repeat(50 + ((index * 37) % 100)) }]);
    }
    const size = fs.readdirSync(folder).reduce((total, name) => total + fs.statSync(path.join(folder, name)).size, 0);
    assert.ok(size <= 2048, `on disk: ${size} bytes`);
    assert.ok(dropped > 0 && dropped === spool.dropped);
  });

  it('writes every entry exactly once, in order, whatever writes fail in between (random failures)', async () => {
    for (let round = 0; round < 20; round += 1) {
      const folder = tempDir('cpk-spool-');
      folders.push(folder);
      const spool = new TranscriptSpool(folder, 1024 * 1024);
      const written: number[] = [];
      let next = 0;
      for (let step = 0; step < 30; step += 1) {
        const count = Math.floor(Math.random() * 4);
        spool.add(Array.from({ length: count }, () => ({ n: next++ })));
        if (Math.random() < 0.4) {
          await spool
            .drain(async (entry) => {
              if (Math.random() < 0.3) {
                throw new Error('store down');
              }
              written.push((entry as { n: number }).n);
            })
            .catch(() => undefined);
        }
      }
      await spool.drain(async (entry) => {
        written.push((entry as { n: number }).n);
      });
      assert.deepEqual(written, Array.from({ length: next }, (_value, index) => index), `round ${round}`);
      assert.ok(spool.isEmpty());
    }
  });

  it('a new process claims the spool a crashed one left behind', async () => {
    const folder = tempDir('cpk-spool-');
    folders.push(folder);
    // A pid that is not running: the crashed process.
    const dead = new TranscriptSpool(folder, 1024 * 1024, 2 ** 22 + 12345);
    dead.add([{ n: 1 }, { n: 2 }]);
    const claimed = new TranscriptSpool(folder, 1024 * 1024);
    assert.ok(!claimed.isEmpty());
    const written: unknown[] = [];
    await claimed.drain(async (entry) => {
      written.push(entry);
    });
    assert.deepEqual(written, [{ n: 1 }, { n: 2 }]);
    assert.deepEqual(fs.readdirSync(folder), []);
  });
});
