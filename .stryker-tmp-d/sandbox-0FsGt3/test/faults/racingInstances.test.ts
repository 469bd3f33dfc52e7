/**
 * Issue #18, F2: two bot processes race on one conversation (shared Blob state on Azurite). Every message gets
 * an answer within the 10 s deadline (the guidance card, or the conflict apology asking to send it again), and
 * the one Blob transcript holds every user message, the turns that lost the race marked `conflict`. Before
 * #18, 41 of 100 such turns were answered and missing from the transcript.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Azurite, startAzurite } from '../support/azurite';
import { asksToRetry, titleOf } from '../storage/botInstance';
import { type BotProcess, startBotProcess } from '../storage/botProcess';
import { failures, transcriptUntil, userIds, userMessage } from './transcriptReader';

const ANSWER_DEADLINE_MS = 10_000;
const ROUNDS = 15;

describe('two instances racing on one conversation (issue #18)', function () {
  this.timeout(180_000);
  let azurite: Azurite | undefined;
  const bots: BotProcess[] = [];
  const spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpk-spool-'));
  const suffix = randomUUID().slice(0, 8);
  const containers = { STATE_CONTAINER: `race-state-${suffix}`, TRANSCRIPT_CONTAINER: `race-transcripts-${suffix}` };
  const conversationId = `race-${suffix}`;

  before(async () => {
    azurite = await startAzurite();
    const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, TRANSCRIPT_SPOOL_DIR: spoolDir, ...containers };
    bots.push(...(await Promise.all([startBotProcess(env), startBotProcess(env)])));
  });
  after(async () => {
    await Promise.all(bots.map((bot) => bot.stop()));
    await azurite?.stop();
    fs.rmSync(spoolDir, { recursive: true, force: true });
  });

  it('answers every message within 10 s and records every turn, conflicts marked', async () => {
    const sent: string[] = [];
    const retried: string[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const ids = [`r${round}-a`, `r${round}-b`];
      sent.push(...ids);
      const answers = await Promise.all(
        bots.map((bot, index) => bot.send(userMessage(conversationId, ids[index], 'How do I rotate a customer-provided key?'), ANSWER_DEADLINE_MS)),
      );
      answers.forEach((replies, index) => {
        assert.ok(replies.some((reply) => titleOf(reply) !== undefined), `round ${round}: ${ids[index]} got an answer`);
        if (asksToRetry(replies)) {
          retried.push(ids[index]);
        }
      });
    }
    const transcript = await transcriptUntil(azurite!.connectionString, containers.TRANSCRIPT_CONTAINER, conversationId, (items) => sent.every((id) => userIds(items).includes(id)));
    assert.deepEqual([...userIds(transcript)].sort(), [...sent].sort(), 'every user message of both instances is in the transcript');
    for (const id of sent) {
      assert.ok(transcript.some((item) => item.type === 'message' && item.replyToId === id), `the answer to ${id} is recorded`);
    }
    const marked = failures(transcript);
    assert.deepEqual(marked.map((mark) => mark.replyToId).sort(), [...retried].sort(), 'exactly the turns answered with "please send it again" are marked');
    assert.ok(marked.every((mark) => mark.failure === 'conflict'), JSON.stringify(marked));
  });
});
