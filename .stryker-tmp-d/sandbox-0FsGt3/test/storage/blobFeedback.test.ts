/**
 * Feedback in Blob storage (issue #20, item 5) on Azurite: append blobs, one per instance and day, redacted, read
 * together by `npm run report`; a storage outage neither throws into a turn nor grows memory without bound.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import path from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import type { FeedbackRecord } from '../../src/core/feedback/feedbackRecord';
import { formatFeedbackReport, summariseFeedback } from '../../src/core/feedback/feedbackReport';
import { projectRoot } from '../../src/paths';
import { BlobFeedbackSink, feedbackBlobName } from '../../src/storage/feedback/blobFeedbackSink';
import { readBlobFeedback } from '../../src/storage/feedback/readBlobFeedback';
import { type Azurite, azuriteConnectionString, startAzurite } from '../support/azurite';
import { freePort } from '../support/childProcess';

const KINDS = ['conversation', 'feedback', 'unanswered', 'escalation', 'comment'] as const;

function randomRecord(conversationId: string, time: Date): FeedbackRecord {
  const at = { conversationId, time: time.toISOString(), channel: 'webchat' };
  const kind = KINDS[randomInt(KINDS.length)];
  switch (kind) {
    case 'conversation':
      return { kind, ...at };
    case 'feedback':
      return { kind, intent: `intent-${randomInt(4)}`, helpful: randomInt(2) === 1, ...at };
    case 'unanswered':
      return { kind, text: `question ${randomInt(5)}`, reason: 'below-threshold', ...at };
    case 'escalation':
      return { kind, reason: 'user-request', route: 'event', ...at };
    case 'comment':
      return { kind, intent: 'lost-key', comment: `nice ${randomInt(100)}`, ...at };
  }
}

/** Runs the compiled `npm run report` with only the given environment. */
async function runReport(env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist', 'scripts', 'cli', 'report.js')], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(killer);
  return { code, stdout };
}

describe('feedback in Blob storage (append blobs on Azurite)', function () {
  this.timeout(60_000);
  let azurite: Azurite;
  before(async () => {
    azurite = await startAzurite();
  });
  after(async () => {
    await azurite.stop();
  });

  it('two instances over two days write one append blob each per day; the records read back whole and redacted; npm run report reads them together', async () => {
    const containerName = `feedback-${randomBytes(4).toString('hex')}`;
    const container = new ContainerClient(azurite.connectionString, containerName);
    const days = [new Date('2026-12-01T10:00:00Z'), new Date('2026-12-02T10:00:00Z')];
    let clock = days[0];
    const errors: unknown[] = [];
    const sinks = ['instance-a', 'instance-b'].map((instanceId) => new BlobFeedbackSink(container, { instanceId, now: () => clock, flushIntervalMs: 5, onError: (error) => errors.push(error) }));
    const written: FeedbackRecord[] = [];
    // A pasted encryption key in a comment must reach storage only redacted.
    const pastedKey = randomBytes(32).toString('base64');
    for (const day of days) {
      clock = day;
      for (const sink of sinks) {
        const count = 1 + randomInt(30);
        for (let index = 0; index < count; index += 1) {
          const record = randomRecord(`c-${randomInt(10)}`, day);
          written.push(record);
          await sink.record(record);
        }
        await sink.flush();
      }
    }
    const secretRecord: FeedbackRecord = { kind: 'comment', intent: 'lost-key', comment: `my key is ${pastedKey}`, conversationId: 'c-secret', time: clock.toISOString(), channel: 'webchat' };
    await sinks[0].record(secretRecord);
    await Promise.all(sinks.map((sink) => sink.close()));
    assert.deepEqual(errors, []);

    const blobs: { name: string; type: string | undefined }[] = [];
    for await (const blob of container.listBlobsFlat()) {
      blobs.push({ name: blob.name, type: blob.properties.blobType });
    }
    const expectedNames = days.flatMap((day) => ['instance-a', 'instance-b'].map((instance) => feedbackBlobName(day, instance, 0))).sort();
    assert.deepEqual(blobs.map((blob) => blob.name).sort(), expectedNames);
    assert.ok(blobs.every((blob) => blob.type === 'AppendBlob'), JSON.stringify(blobs));

    const read = await readBlobFeedback(container);
    assert.equal(read.blobs, 4);
    assert.equal(read.badLines, 0);
    assert.equal(read.records.length, written.length + 1);
    // Field order is not compared: the sink writes each record bounded (issue #15), in its own field order.
    const key = (record: FeedbackRecord): string =>
      JSON.stringify(Object.entries({ ...record, comment: undefined }).filter(([, value]) => value !== undefined).sort(([a], [b]) => a.localeCompare(b)));
    assert.deepEqual(read.records.map(key).sort(), [...written, secretRecord].map(key).sort());
    const stored = read.records.find((record) => record.conversationId === 'c-secret');
    assert.ok(stored !== undefined && stored.kind === 'comment');
    assert.ok(!stored.comment.includes(pastedKey), 'the pasted key is redacted in storage');

    const report = await runReport({ STORAGE_CONNECTION_STRING: azurite.connectionString, FEEDBACK_CONTAINER: containerName });
    assert.equal(report.code, 0, report.stdout);
    assert.match(report.stdout, /^\(4 feedback blobs in container feedback-[0-9a-f]{8}\)$/m);
    assert.ok(report.stdout.includes(formatFeedbackReport(summariseFeedback(read.records))), report.stdout);
    assert.ok(!report.stdout.includes(pastedKey));
  });

  it('while storage is unreachable, records wait in a bounded queue and the error is reported, never thrown into the turn', async () => {
    const closed = await freePort();
    const container = new ContainerClient(azuriteConnectionString(`http://127.0.0.1:${closed}/devstoreaccount1`), 'feedback-down', { retryOptions: { maxTries: 1 } });
    const errors: unknown[] = [];
    const sink = new BlobFeedbackSink(container, { instanceId: 'down', flushIntervalMs: 60_000, maxQueuedLines: 3, requestTimeoutMs: 2_000, onError: (error) => errors.push(error) });
    const total = 4 + randomInt(5);
    for (let index = 0; index < total; index += 1) {
      await sink.record(randomRecord(`c-${index}`, new Date()));
    }
    assert.equal(errors.length, total - 3, 'one report per record dropped past the bound');
    await sink.close();
    assert.ok(errors.some((error) => /ECONNREFUSED|connect/i.test(String((error as Error).message ?? error)) || (error as { code?: string }).code === 'ECONNREFUSED'), String(errors.at(-1)));
  });
});
