// @ts-nocheck
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { transcriptFileName } from '../../src/storage/transcripts/transcriptFileName';
import { KeyedMutex } from '../../src/core/io/keyedMutex';
import { messageActivity, postActivity } from '../support/activities';
import { makeTempDir, removeDir } from '../support/tempDir';

describe('turns of one conversation run one at a time in a process', function () {
  this.timeout(60000);
  let app: RunningApp;
  let dir: string;
  const logs: string[] = [];

  before(async () => {
    dir = makeTempDir('turn-queue');
    app = await startApp(
      { PORT: '0', LOG_LEVEL: 'info', TRANSCRIPT_DIR: path.join(dir, 'transcripts'), FEEDBACK_DIR: path.join(dir, 'feedback') },
      (line) => logs.push(line),
    );
  });
  after(async () => {
    await app.close();
    removeDir(dir);
  });

  it('twelve messages sent at once to one conversation are all answered, none asked to retry, and the transcript keeps each turn together', async () => {
    // Unrecognised text: each turn awaits a feedback-file write, so without the queue the turns overlap and all but
    // one fail their state eTag check ("being handled at the same moment").
    const ids = { conversation: { id: 'burst' }, from: { id: 'burst-user' } };
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_unused, index) => postActivity(app, messageActivity({ ...ids, id: `m${index}`, text: `zzqx wibble ${index}` }))),
    );
    const bodies = await Promise.all(responses.map((response) => response.text()));
    assert.deepEqual(responses.map((response) => response.status), Array.from({ length: 12 }, () => 200));
    for (const body of bodies) {
      assert.ok(!body.includes('being handled at the same moment'), body.slice(0, 300));
    }
    assert.ok(!logs.some((line) => line.includes('"storage":"conflict"')), 'no state conflict was logged');
    await app.close();
    const transcript = JSON.parse(readFileSync(path.join(dir, 'transcripts', transcriptFileName('burst')), 'utf8')) as Array<{
      from?: { role?: string };
      text?: string;
    }>;
    // Each user message is followed by its own replies before the next user message.
    const userTurns = transcript.filter((activity) => activity.from?.role === 'user');
    assert.equal(userTurns.length, 12);
    transcript.forEach((activity, index) => {
      if (activity.from?.role === 'user' && index > 0) {
        assert.notEqual(transcript[index - 1]?.from?.role, 'user', 'a turn started before the previous one replied');
      }
    });
  });
});

describe('KeyedMutex', () => {
  it('runs work of one key in arrival order, one at a time, and other keys alongside', async () => {
    const mutex = new KeyedMutex();
    const events: string[] = [];
    const job = (key: string, name: string, steps: number) =>
      mutex.runExclusive(key, async () => {
        events.push(`${name} start`);
        for (let step = 0; step < steps; step += 1) {
          await new Promise((resolve) => setImmediate(resolve));
        }
        events.push(`${name} end`);
        return name;
      });
    const results = await Promise.all([job('a', 'a1', 3), job('a', 'a2', 1), job('b', 'b1', 1), job('a', 'a3', 1)]);
    assert.deepEqual(results, ['a1', 'a2', 'b1', 'a3']);
    const a = events.filter((event) => event.startsWith('a'));
    assert.deepEqual(a, ['a1 start', 'a1 end', 'a2 start', 'a2 end', 'a3 start', 'a3 end']);
    assert.ok(events.indexOf('b1 end') < events.indexOf('a1 end'), 'another key does not wait');
    assert.equal(mutex.busyKeys, 0);
  });

  it('runs the next work anyway when the previous one outlasts the longest wait', async () => {
    const mutex = new KeyedMutex(20);
    let releaseHung: () => void = () => undefined;
    const hung = mutex.runExclusive('k', () => new Promise<void>((resolve) => (releaseHung = resolve)));
    assert.equal(await mutex.runExclusive('k', () => Promise.resolve('ran')), 'ran', 'not blocked for good by a turn that hangs');
    releaseHung();
    await hung;
    assert.equal(mutex.busyKeys, 0);
  });

  it('releases the key when work fails', async () => {
    const mutex = new KeyedMutex();
    await assert.rejects(mutex.runExclusive('k', () => Promise.reject(new Error('boom'))), /boom/);
    assert.equal(await mutex.runExclusive('k', () => Promise.resolve('next')), 'next');
  });
});
