/**
 * Issue #18, F3: the end of a process. Real bot processes are killed (SIGKILL) right after answering and while
 * storage is away, and stopped (SIGTERM) in the middle of a turn whose Bot Connector endpoint hangs and right
 * after answering. Each answered turn must be in the transcript; SIGTERM must end the process with exit code 0
 * within its deadline (a functional bound) after the turn in flight finished; a second signal ends it at once.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { transcriptFileName } from '../../src/storage/transcripts/transcriptFileName';
import { type Azurite, azuriteConnectionString, DEV_ACCOUNT, startAzurite } from '../support/azurite';
import { type FaultProxy, startFaultProxy } from '../support/faultProxy';
import { type HangingServer, startHangingServer } from '../support/hangingServer';
import { storageUnreachable, titleOf } from '../storage/botInstance';
import { type BotProcess, startBotProcess } from '../storage/botProcess';
import { failures, readTranscript, transcriptUntil, userIds, userMessage } from './transcriptReader';

const ANSWER_DEADLINE_MS = 10_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;

describe('process faults: kill -9 and SIGTERM (issue #18)', function () {
  this.timeout(180_000);
  const processes: BotProcess[] = [];
  const folders: string[] = [];
  let azurite: Azurite | undefined;
  let proxy: FaultProxy | undefined;
  let hanging: HangingServer | undefined;
  const suffix = randomUUID().slice(0, 8);
  const containers = { STATE_CONTAINER: `proc-state-${suffix}`, TRANSCRIPT_CONTAINER: `proc-transcripts-${suffix}` };

  const folder = (prefix: string): string => {
    const created = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    folders.push(created);
    return created;
  };
  const start = async (env: Record<string, string>): Promise<BotProcess> => {
    const bot = await startBotProcess(env);
    processes.push(bot);
    return bot;
  };

  before(async () => {
    azurite = await startAzurite();
    proxy = await startFaultProxy(azurite.port);
    hanging = await startHangingServer();
  });
  after(async () => {
    await Promise.all(processes.map((bot) => bot.kill()));
    await hanging?.stop();
    await proxy?.stop();
    await azurite?.stop();
    folders.forEach((created) => fs.rmSync(created, { recursive: true, force: true }));
  });

  it('kill -9 right after an answer loses nothing: the answered turn is in the Blob transcript already (3 tries)', async () => {
    const env = { STORAGE_CONNECTION_STRING: azurite!.connectionString, TRANSCRIPT_SPOOL_DIR: folder('cpk-spool-'), ...containers };
    const conversationId = `kill-${suffix}`;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const bot = await start(env);
      const id = `kill-${attempt}`;
      const replies = await bot.send(userMessage(conversationId, id, 'How do I rotate a customer-provided key?'), ANSWER_DEADLINE_MS);
      assert.ok(replies.some((reply) => titleOf(reply) !== undefined), 'answered');
      await bot.kill();
      // Read once, no waiting: durable before the HTTP response ended means there before the kill.
      const transcript = await readTranscript(azurite!.connectionString, containers.TRANSCRIPT_CONTAINER, conversationId);
      assert.ok(userIds(transcript).includes(id), `try ${attempt}: the user's message is in the transcript`);
      assert.ok(transcript.some((item) => item.replyToId === id && item.type === 'message'), `try ${attempt}: the reply is in the transcript`);
    }
  });

  it('kill -9 while storage is partitioned: the spooled turns reach the transcript after the next start', async () => {
    const spoolDir = folder('cpk-spool-');
    const env = {
      STORAGE_CONNECTION_STRING: azuriteConnectionString(`http://127.0.0.1:${proxy!.port}/${DEV_ACCOUNT}`),
      TRANSCRIPT_SPOOL_DIR: spoolDir,
      ...containers,
    };
    const conversationId = `kill-spool-${suffix}`;
    const bot = await start(env);
    proxy!.setMode('silent');
    const sent = ['spool-1', 'spool-2'];
    for (const id of sent) {
      assert.ok(storageUnreachable(await bot.send(userMessage(conversationId, id, 'I lost my cpk'), ANSWER_DEADLINE_MS)));
    }
    await bot.kill();
    assert.ok(fs.readdirSync(spoolDir).length > 0, 'the turns wait in the spool on disk');
    proxy!.setMode('pass');
    await start(env);
    const transcript = await transcriptUntil(azurite!.connectionString, containers.TRANSCRIPT_CONTAINER, conversationId, (items) => sent.every((id) => userIds(items).includes(id)));
    assert.deepEqual(userIds(transcript), sent);
    assert.deepEqual(failures(transcript).map((mark) => mark.failure), ['outage', 'outage']);
  });

  it('kill -9 mid-turn loses at most that turn: earlier answers and its user message are in the transcript file', async () => {
    const transcriptDir = folder('cpk-transcripts-');
    const bot = await start({ TRANSCRIPT_DIR: transcriptDir, FEEDBACK_DIR: folder('cpk-feedback-'), CONNECTOR_TIMEOUT_MS: '60000' });
    const conversationId = `kill-mid-${suffix}`;
    assert.ok((await bot.send(userMessage(conversationId, 'mid-1', 'I lost my cpk'), ANSWER_DEADLINE_MS)).length > 0, 'the first turn is answered');
    const before = hanging!.received();
    const turn = fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...userMessage(conversationId, 'mid-2', 'How do I rotate a customer-provided key?'), serviceUrl: hanging!.url }),
      signal: AbortSignal.timeout(20_000),
    }).catch(() => undefined);
    await hanging!.waitForRequests(before + 1, 10_000);
    await bot.kill();
    await turn;
    // The file stays a valid JSON array (each append rewrites only its tail).
    const transcript = JSON.parse(fs.readFileSync(path.join(transcriptDir, transcriptFileName(conversationId)), 'utf8')) as Partial<Activity>[];
    assert.deepEqual(userIds(transcript), ['mid-1', 'mid-2'], "the answered turn and the killed turn's user message");
    assert.ok(transcript.some((item) => item.type === 'message' && item.replyToId === 'mid-1'), 'the answer of the first turn');
  });

  it('SIGTERM mid-turn (connector endpoint hangs): the turn finishes within its deadline, is recorded, exit 0', async () => {
    const transcriptDir = folder('cpk-transcripts-');
    const bot = await start({ TRANSCRIPT_DIR: transcriptDir, FEEDBACK_DIR: folder('cpk-feedback-'), CONNECTOR_TIMEOUT_MS: '2000', SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS) });
    const conversationId = `sigterm-${suffix}`;
    const before = hanging!.received();
    // Normal delivery: the reply goes to the (hanging) connector endpoint, so the turn is in flight.
    const turn = fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...userMessage(conversationId, 'term-1', 'How do I rotate a customer-provided key?'), serviceUrl: hanging!.url }),
      signal: AbortSignal.timeout(SHUTDOWN_TIMEOUT_MS + 5000),
    });
    await hanging!.waitForRequests(before + 1, 10_000);
    bot.signal('SIGTERM');
    // The signal arrives asynchronously: poll (bounded) until new requests are refused.
    let refused = 200;
    for (let attempt = 0; attempt < 40 && refused === 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      refused = await fetch(`${bot.url}/healthz`, { signal: AbortSignal.timeout(5000) }).then(
        (response) => response.status,
        () => 0,
      );
    }
    assert.ok(refused === 503 || refused === 0, `a new request while stopping is refused (${refused})`);
    const response = await turn;
    assert.ok(response.status < 500, `the turn in flight got its response (${response.status})`);
    const exit = await bot.exited(SHUTDOWN_TIMEOUT_MS + 5000);
    assert.deepEqual(exit, { code: 0, signal: null }, bot.output().slice(-2000));
    const transcript = JSON.parse(fs.readFileSync(path.join(transcriptDir, transcriptFileName(conversationId)), 'utf8')) as Partial<Activity>[];
    assert.ok(userIds(transcript).includes('term-1'), "the user's message is recorded");
    assert.ok(transcript.some((item) => item.type === 'message' && item.replyToId === 'term-1'), 'the reply it tried to send is recorded');
    assert.deepEqual(failures(transcript), [{ replyToId: 'term-1', failure: 'timeout' }], `marked as a connector timeout: ${bot.output().slice(-2000)}`);
  });

  it('a hanging connector endpoint: every turn ends within its deadline and leaves no socket open', async () => {
    const bot = await start({ TRANSCRIPT_DIR: folder('cpk-transcripts-'), FEEDBACK_DIR: folder('cpk-feedback-'), CONNECTOR_TIMEOUT_MS: '1500' });
    const turns = Array.from({ length: 8 }, (_value, index) =>
      fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...userMessage(`hang-${index}-${suffix}`, `hang-${index}`, 'I lost my cpk'), serviceUrl: hanging!.url }),
        // Reply (1.5 s) and apology (1.5 s) each hit the deadline: far below this bound.
        signal: AbortSignal.timeout(ANSWER_DEADLINE_MS),
      }),
    );
    const statuses = (await Promise.all(turns)).map((response) => response.status);
    assert.ok(statuses.every((status) => status < 500), statuses.join(','));
    let open = hanging!.openSockets();
    // Requests still in flight when the turns ended (typing) are cut at their own deadline: bounded wait.
    for (let attempt = 0; attempt < 100 && open > 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      open = hanging!.openSockets();
    }
    assert.equal(open, 0, 'the bot closed every connection it gave up on');
    await bot.stop();
  });

  it('SIGTERM right after an answer: exit 0 and the turn is in the transcript', async () => {
    const transcriptDir = folder('cpk-transcripts-');
    const bot = await start({ TRANSCRIPT_DIR: transcriptDir, FEEDBACK_DIR: folder('cpk-feedback-') });
    const conversationId = `sigterm-after-${suffix}`;
    assert.ok((await bot.send(userMessage(conversationId, 'after-1', 'I lost my cpk'), ANSWER_DEADLINE_MS)).length > 0);
    bot.signal('SIGTERM');
    assert.deepEqual(await bot.exited(SHUTDOWN_TIMEOUT_MS + 5000), { code: 0, signal: null });
    const transcript = JSON.parse(fs.readFileSync(path.join(transcriptDir, transcriptFileName(conversationId)), 'utf8')) as Partial<Activity>[];
    assert.deepEqual(userIds(transcript), ['after-1']);
    assert.ok(transcript.some((item) => item.replyToId === 'after-1'));
  });

  it('a second signal ends the process at once, even with a turn still hanging', async () => {
    const bot = await start({ TRANSCRIPT_DIR: folder('cpk-transcripts-'), FEEDBACK_DIR: folder('cpk-feedback-'), CONNECTOR_TIMEOUT_MS: '60000', SHUTDOWN_TIMEOUT_MS: '60000' });
    const before = hanging!.received();
    const turn = fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...userMessage(`twice-${suffix}`, 'twice-1', 'I lost my cpk'), serviceUrl: hanging!.url }),
      signal: AbortSignal.timeout(20_000),
    }).catch(() => undefined);
    await hanging!.waitForRequests(before + 1, 10_000);
    bot.signal('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    bot.signal('SIGTERM');
    const exit = await bot.exited(5000);
    assert.equal(exit.code, 1, 'ended by the second signal, not by the 60 s deadline');
    await turn;
  });
});
