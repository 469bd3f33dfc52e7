/**
 * Scale-out (issue #7, item 2): two real bot processes share Azure Blob state and transcripts on Azurite; one
 * conversation alternates between them turn by turn, one process is killed mid-conversation and the other
 * continues. Continuity is visible in the replies: the fallback streak (the second unrecognised message in a
 * row offers "Talk to a human") only works if each process sees the state the other saved.
 *
 * The conversation is a table so multi-step dialogs (e.g. a key check asking for a fingerprint next turn) can
 * be added as more rows: `{ on, say, expect, why }`, plus `{ kill }` steps.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { BlobsTranscriptStore } from 'botbuilder-azure-blobs';
import { RedactingTranscriptStore } from '../../src/storage/transcripts/redactingTranscriptStore';
import { redactSecrets } from '../../src/core/redaction/redact';
import { type Azurite, startAzurite } from '../support/azurite';
import { fallsBackOnly, offersHuman, titleOf } from './botInstance';
import { replyText } from '../support/testConversation';
import { type BotProcess, startBotProcess } from './botProcess';

type Replies = Partial<Activity>[];
type Instance = 'a' | 'b';
type Step = { on: Instance; say: string; expect: (replies: Replies) => boolean; why: string } | { kill: Instance };

/** A guidance card answered the question (not a fallback, not an apology). */
const answers = (replies: Replies): boolean =>
  replies.some((reply) => typeof titleOf(reply) === 'string' && !['I did not catch that', 'Outside what I cover'].includes(titleOf(reply) ?? '') && !/^Sorry/.test(titleOf(reply) ?? ''));

const CONVERSATION: Step[] = [
  { on: 'a', say: 'zzzq wibble', expect: fallsBackOnly, why: 'first unrecognised message: streak 1, saved by a' },
  { on: 'b', say: 'flurb blorp', expect: offersHuman, why: 'b sees the streak a saved: the second in a row offers a human' },
  { on: 'a', say: 'How do I rotate a customer-provided key?', expect: answers, why: 'an answer resets the streak, saved by a' },
  { on: 'b', say: 'check my key', expect: (replies) => replies.some((reply) => titleOf(reply) === 'Check my key and hash'), why: 'b starts the key check, which waits for values' },
  {
    on: 'a',
    // The Azure SDKs' published test vector (public, not a secret).
    say: 'x-ms-encryption-key: MDEyMzQ1NjcwMTIzNDU2NzAxMjM0NTY3MDEyMzQ1Njc=\nx-ms-encryption-key-sha256: 3QFFFpRA5+XANHqwwbT4yXDmrT/2JaLt/FKHjzhOdoE=',
    expect: (replies) => replies.some((reply) => titleOf(reply) === 'Check my key and hash' && /Result: PASS/.test(replyText(reply))),
    why: 'a continues the check dialog b started in the middle of its steps',
  },
  { on: 'b', say: 'grunk plish', expect: fallsBackOnly, why: 'b sees the reset: streak 1, no offer' },
  { on: 'a', say: 'Which SDK versions support customer-provided keys?', expect: answers, why: 'a resets the streak again, then dies' },
  { kill: 'a' },
  { on: 'b', say: 'snorf', expect: fallsBackOnly, why: "the survivor continues from the dead process's last turn: streak 1" },
  { on: 'b', say: 'blimble', expect: offersHuman, why: 'and keeps counting: streak 2' },
];

describe('scale-out: two bot processes on shared Blob storage (Azurite)', function () {
  this.timeout(60000);
  let azurite: Azurite | undefined;
  const bots = new Map<Instance, BotProcess>();
  const suffix = randomUUID().slice(0, 8);
  const containers = { STATE_CONTAINER: `scale-state-${suffix}`, TRANSCRIPT_CONTAINER: `scale-transcripts-${suffix}` };
  const conversationId = `scale-out-${suffix}`;

  before(async () => {
    azurite = await startAzurite();
    const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, ...containers };
    const [a, b] = await Promise.all([startBotProcess(env), startBotProcess(env)]);
    bots.set('a', a).set('b', b);
  });
  after(async () => {
    await Promise.all([...bots.values()].map((bot) => bot.stop()));
    await azurite?.stop();
  });

  /** Reads the conversation transcript until it holds `texts` (bounded: transcripts are written after a turn). */
  async function transcriptWith(texts: string[]): Promise<Partial<Activity>[]> {
    const store = new RedactingTranscriptStore(new BlobsTranscriptStore(azurite!.connectionString, containers.TRANSCRIPT_CONTAINER));
    let activities: Partial<Activity>[] = [];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      activities = (await store.getTranscriptActivities('test', conversationId)).items;
      const seen = new Set(activities.filter((item) => item.from?.id === 'user-1').map((item) => item.text));
      if (texts.every((text) => seen.has(text))) {
        return activities;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return activities;
  }

  it('continues one conversation across both processes, survives one being killed, and keeps one transcript', async () => {
    const said: string[] = [];
    let turn = 0;
    for (const step of CONVERSATION) {
      if ('kill' in step) {
        // Crash it at once (SIGKILL, no graceful shutdown): since issue #18 an answered turn is in the transcript
        // before its HTTP response ends, so nothing needs to be waited for.
        await bots.get(step.kill)!.kill();
        continue;
      }
      turn += 1;
      const replies = await bots.get(step.on)!.send({
        type: 'message',
        id: `user-${turn}`,
        text: step.say,
        channelId: 'test',
        serviceUrl: 'http://127.0.0.1:9',
        from: { id: 'user-1', name: 'user' },
        recipient: { id: 'bot', name: 'bot' },
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      });
      // Transcripts are redacted: the pasted key appears there as its fingerprint marker.
      said.push(redactSecrets(step.say));
      assert.ok(step.expect(replies), `turn ${turn} on ${step.on} ("${step.say}"): ${step.why}\n${JSON.stringify(replies.map(titleOf))}`);
    }

    const transcript = await transcriptWith(said);
    const userTexts = transcript.filter((item) => item.from?.id === 'user-1').map((item) => item.text);
    assert.deepEqual([...userTexts].sort(), [...said].sort(), 'every user message, from both processes, is in the one transcript');
    const botReplies = transcript.filter((item) => item.from?.id !== 'user-1' && item.type === 'message');
    assert.ok(botReplies.length >= said.length, `bot replies logged: ${botReplies.length}`);

    const store = new RedactingTranscriptStore(new BlobsTranscriptStore(azurite!.connectionString, containers.TRANSCRIPT_CONTAINER));
    const listed = (await store.listTranscripts('test')).items.filter((item) => item.id === conversationId);
    assert.equal(listed.length, 1, 'listTranscripts names the conversation once');
  });
});
