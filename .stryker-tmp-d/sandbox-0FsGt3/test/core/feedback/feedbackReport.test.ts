// @ts-nocheck
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FeedbackRecord } from '../../../src/core/feedback/feedbackRecord';
import { formatFeedbackReport, summariseFeedback } from '../../../src/core/feedback/feedbackReport';
import { FEEDBACK_FILE, JsonLinesFeedbackSink, readFeedbackRecords } from '../../../src/storage/feedback/jsonLinesFeedbackSink';
import { main as reportMain } from '../../../scripts/cli/report';
import { makeTempDir, removeDir } from '../../support/tempDir';

const at = { time: '2026-01-01T00:00:00Z', channel: 'webchat' };
const records: FeedbackRecord[] = [
  { kind: 'conversation', conversationId: 'c1', ...at },
  { kind: 'conversation', conversationId: 'c2', ...at },
  { kind: 'conversation', conversationId: 'c3', ...at },
  { kind: 'conversation', conversationId: 'c4', ...at },
  { kind: 'unanswered', text: 'Where is my key vault?', reason: 'below-threshold', conversationId: 'c1', ...at },
  { kind: 'unanswered', text: 'where is my key vault?', reason: 'below-threshold', conversationId: 'c2', ...at },
  { kind: 'unanswered', text: 'weather', reason: 'out-of-scope', conversationId: 'c2', ...at },
  { kind: 'feedback', intent: 'rotate-key', helpful: false, conversationId: 'c1', ...at },
  { kind: 'feedback', intent: 'rotate-key', helpful: false, conversationId: 'c2', ...at },
  { kind: 'feedback', intent: 'rotate-key', helpful: true, conversationId: 'c3', ...at },
  { kind: 'feedback', intent: 'lost-key', helpful: true, conversationId: 'c3', ...at },
  { kind: 'escalation', reason: 'user-request', route: 'event', conversationId: 'c1', ...at },
  { kind: 'escalation', reason: 'repeated-fallback', route: 'event', conversationId: 'c1', ...at },
  { kind: 'escalation', reason: 'user-request', route: 'teams', conversationId: 'c4', ...at },
];

describe('feedback report', () => {
  const report = summariseFeedback(records);

  it('counts the escalation rate per conversation', () => {
    assert.equal(report.conversations, 4);
    assert.equal(report.escalations, 3);
    assert.equal(report.escalationRate, 0.5);
    assert.deepEqual(report.escalationsByReason, { 'user-request': 2, 'repeated-fallback': 1 });
  });

  it('groups questions that fell back, most frequent first', () => {
    assert.deepEqual(report.unanswered[0], { text: 'where is my key vault?', count: 2 });
  });

  it('lists intents with low helpfulness', () => {
    assert.deepEqual(report.lowHelpfulness.map((entry) => entry.intent), ['rotate-key']);
    assert.match(formatFeedbackReport(report), /rotate-key: 1 yes \/ 2 no \(33%\)/);
    assert.match(formatFeedbackReport(report), /escalation rate 50%/);
  });

  it('reads the JSON-lines file back, skipping broken lines, and npm run report prints it', async () => {
    const dir = makeTempDir('report');
    const sink = new JsonLinesFeedbackSink(dir);
    for (const record of records) {
      await sink.record(record);
    }
    writeFileSync(path.join(dir, FEEDBACK_FILE), 'not json\n', { flag: 'a' });
    const read = await readFeedbackRecords(dir);
    assert.equal(read.records.length, records.length);
    assert.equal(read.badLines, 1);
    const written: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      written.push(chunk);
      return true;
    });
    try {
      assert.equal(await reportMain(['--dir', dir]), 0);
    } finally {
      process.stdout.write = original;
    }
    assert.match(written.join(''), /Questions that fell back \(2\)/);
    sink.close();
    removeDir(dir);
  });
});

describe('feedback sink', () => {
  it('a failed write is reported to onError and later records still get written', async () => {
    const dir = makeTempDir('sink');
    const errors: unknown[] = [];
    // A file where the folder should be makes the first write fail.
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, 'x');
    const failing = new JsonLinesFeedbackSink(blocked, (error) => errors.push(error));
    await failing.record({ kind: 'conversation', conversationId: 'c', ...at });
    assert.equal(errors.length, 1);
    const sink = new JsonLinesFeedbackSink(dir);
    await sink.record({ kind: 'conversation', conversationId: 'c', ...at });
    assert.equal((await readFeedbackRecords(dir)).records.length, 1);
    failing.close();
    sink.close();
    removeDir(dir);
  });
});
