/**
 * Issue #18, F1: storage that accepts connections and never answers (a partition), then refuses, then returns.
 * A real bot process talks to Azurite through a loopback fault proxy. Every turn must be answered within the
 * 10 s deadline (a functional bound, not a performance figure), with the clear outage answer while storage is
 * away; /readyz follows storage; normal answers resume when it returns; and the Blob transcript holds every turn
 * (entries spooled on disk during the outage are written once storage answers again).
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Azurite, azuriteConnectionString, DEV_ACCOUNT, startAzurite } from '../support/azurite';
import { type FaultProxy, startFaultProxy } from '../support/faultProxy';
import { storageUnreachable, titleOf } from '../storage/botInstance';
import { type BotProcess, startBotProcess } from '../storage/botProcess';
import { failures, transcriptUntil, userIds, userMessage } from './transcriptReader';
import type { Activity } from 'botbuilder';

const ANSWER_DEADLINE_MS = 10_000;

describe('storage partition: bounded answers, readiness and a complete transcript (issue #18)', function () {
  this.timeout(120_000);
  let azurite: Azurite | undefined;
  let proxy: FaultProxy | undefined;
  let bot: BotProcess | undefined;
  const spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpk-spool-'));
  const suffix = randomUUID().slice(0, 8);
  const containers = { STATE_CONTAINER: `part-state-${suffix}`, TRANSCRIPT_CONTAINER: `part-transcripts-${suffix}` };
  const conversationId = `partition-${suffix}`;

  before(async () => {
    azurite = await startAzurite();
    proxy = await startFaultProxy(azurite.port);
    bot = await startBotProcess({
      STORAGE_CONNECTION_STRING: azuriteConnectionString(`http://127.0.0.1:${proxy.port}/${DEV_ACCOUNT}`),
      TRANSCRIPT_SPOOL_DIR: spoolDir,
      ...containers,
    });
  });
  after(async () => {
    await bot?.stop();
    await proxy?.stop();
    await azurite?.stop();
    fs.rmSync(spoolDir, { recursive: true, force: true });
  });

  const readyz = async (): Promise<number> => (await fetch(`${bot!.url}/readyz`, { signal: AbortSignal.timeout(ANSWER_DEADLINE_MS) })).status;
  const isAnswer = (replies: Awaited<ReturnType<BotProcess['send']>>): boolean =>
    replies.some((reply) => titleOf(reply) !== undefined && !storageUnreachable([reply]) && !/^Sorry/.test(titleOf(reply) ?? ''));

  it('answers every turn within 10 s, says storage is unreachable, reports not ready, and recovers by itself', async () => {
    const sent: string[] = [];
    const say = async (text: string): Promise<Awaited<ReturnType<BotProcess['send']>>> => {
      const id = `m-${sent.length + 1}`;
      sent.push(id);
      // The request is aborted past the deadline: an answer arriving at all proves it came within 10 s.
      return bot!.send(userMessage(conversationId, id, text), ANSWER_DEADLINE_MS);
    };

    assert.ok(isAnswer(await say('How do I rotate a customer-provided key?')), 'a normal answer before the fault');
    assert.equal(await readyz(), 200);

    proxy!.setMode('silent');
    for (const text of ['I lost my cpk', 'Which SDK versions support customer-provided keys?', 'check my key']) {
      const replies = await say(text);
      assert.ok(storageUnreachable(replies), `partition: "${text}" -> ${JSON.stringify(replies.map(titleOf))}`);
    }
    assert.equal(await readyz(), 503, 'not ready while storage does not answer');

    proxy!.setMode('refuse');
    assert.ok(storageUnreachable(await say('I lost my cpk')), 'refused connections get the same answer');
    assert.equal(await readyz(), 503);

    proxy!.setMode('pass');
    assert.ok(isAnswer(await say('How do I rotate a customer-provided key?')), 'normal answers resume as soon as storage answers');
    assert.equal(await readyz(), 200);

    // Replies spooled during the outage are written when the store is back, a little after the user messages: wait
    // (bounded) for both before reading.
    const botReplies = (items: Partial<Activity>[]): Partial<Activity>[] => items.filter((item) => item.type === 'message' && item.from?.id !== 'user-1');
    const transcript = await transcriptUntil(
      azurite!.connectionString,
      containers.TRANSCRIPT_CONTAINER,
      conversationId,
      (items) => sent.every((id) => userIds(items).includes(id)) && botReplies(items).length >= sent.length,
    );
    assert.deepEqual(userIds(transcript), sent, 'every user message is in the Blob transcript, in order');
    const failed = failures(transcript);
    assert.deepEqual(failed.map((mark) => mark.replyToId), sent.slice(1, 5), 'the four turns during the outage are marked as failed');
    assert.ok(failed.every((mark) => mark.failure === 'outage'), JSON.stringify(failed));
    const replies = botReplies(transcript);
    assert.ok(replies.length >= sent.length, `every turn's reply is recorded too (${replies.length})`);
  });
});
