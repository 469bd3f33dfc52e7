/**
 * Issue #16: each message is read once and routed once. The four defects users met before the Turn record and the
 * route table (each of these failed on the code before them), and a counting matcher that proves one match per
 * typed message, through the production wiring.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { createMatcher } from '../../src/createBot';
import type { CaseSummary } from '../../src/core/handoff/caseSummary';
import type { Matcher, MatchDecision } from '../../src/core/matching/decision';
import { readFeedbackRecords, JsonLinesFeedbackSink } from '../../src/storage/feedback/jsonLinesFeedbackSink';
import { makeTempDir, removeDir } from '../support/tempDir';
import { cardTitle, createTestConversation, realKnowledge, replyText, type TestConversation } from '../support/testConversation';

const PASTED_409 = [
  'Azure.RequestFailedException: The specified encryption key does not match the key used to encrypt the blob.',
  'RequestId:5b1d2c3e-901e-0042-7d3a-5f1c2a000000',
  'Time:2026-11-30T09:12:44.1234567Z',
  'Status: 409 (The specified encryption key does not match the key used to encrypt the blob.)',
  'ErrorCode: BlobCustomerSpecifiedEncryptionMismatch',
].join('\n');

function handoffSummary(replies: Partial<Activity>[]): CaseSummary {
  const event = replies.find((reply) => reply.type === 'event' && reply.name === 'handoff.initiate');
  assert.ok(event, 'a handoff.initiate event is sent');
  return event.value as CaseSummary;
}

/** "Talk to a human", yes, then the note (or Skip): the summary the agents receive. */
async function escalate(conversation: TestConversation, note?: string): Promise<CaseSummary> {
  const confirm = await conversation.say('talk to a human');
  assert.equal(cardTitle(confirm[0]), 'Talk to a support engineer?');
  await conversation.say({ type: 'message', value: { cpk: 'handoff' } });
  return handoffSummary(await conversation.say(note ?? { type: 'message', value: { cpk: 'answer', answer: 'skip' } }));
}

describe('one reading per turn: what users met before (issue #16)', () => {
  it('the case summary takes its topic from the pasted error the bot answered, not from the note', async () => {
    const conversation = createTestConversation();
    const [answer] = await conversation.say(PASTED_409);
    assert.equal(cardTitle(answer), realKnowledge().intents.get('error-key-mismatch')?.title);
    const summary = await escalate(conversation, 'we rotated our keys last week');
    assert.equal(summary.intent?.id, 'error-key-mismatch');
    assert.match(summary.intent?.basis ?? '', /BlobCustomerSpecifiedEncryptionMismatch/);
    assert.equal(summary.userNote, 'we rotated our keys last week');
    assert.ok(summary.entities.some((fact) => fact.kind === 'httpStatus' && fact.value === '409'));
  });

  it('a Teams @mention is removed before anything reads the message, the case log included', async () => {
    const conversation = createTestConversation();
    const bot = conversation.adapter.conversation.bot;
    const [reply] = await conversation.say({
      type: 'message',
      text: '<at>Lost Key Bot</at> help',
      entities: [{ type: 'mention', mentioned: { id: bot.id, name: 'Lost Key Bot' }, text: '<at>Lost Key Bot</at>' }],
    });
    assert.equal(cardTitle(reply), realKnowledge().intents.get('help')?.title);
    const summary = await escalate(conversation);
    assert.equal(summary.intent, undefined, 'no CPK topic was answered, so none is claimed');
    assert.ok(!JSON.stringify(summary).includes('Lost Key Bot'), 'the bot name is not read as the problem');
  });

  it('a question after "Was this helpful? No" is answered, not filed as a comment', async () => {
    const dir = makeTempDir('turn-once-feedback');
    const sink = new JsonLinesFeedbackSink(dir);
    try {
      const conversation = createTestConversation({}, { feedback: sink });
      await conversation.say('How do I rotate a customer-provided key?');
      await conversation.say({ type: 'message', value: { cpk: 'feedback', intent: 'rotate-key', helpful: false } });
      const [answer] = await conversation.say('What does BlobUsesCustomerSpecifiedEncryption mean?');
      assert.equal(cardTitle(answer), realKnowledge().intents.get('error-key-missing')?.title);
      assert.doesNotMatch(replyText(answer), /Thanks, noted/);
      const { records } = await readFeedbackRecords(dir);
      assert.equal(records.filter((record) => record.kind === 'comment').length, 0);
    } finally {
      sink.close();
      removeDir(dir);
    }
  });

  it('a follow-up question after the rating ("what about snapshots?") is read in context, not filed as a comment', async () => {
    const conversation = createTestConversation();
    await conversation.say('How do I rotate a customer-provided key?');
    await conversation.say({ type: 'message', value: { cpk: 'feedback', intent: 'rotate-key', helpful: false } });
    const [reply] = await conversation.say('what about snapshots?');
    assert.doesNotMatch(replyText(reply), /Thanks, noted/);
    assert.notEqual(cardTitle(reply), undefined, 'answered with a card');
  });

  it('"talk to a human" typed in the key check leaves the check and starts the handoff', async () => {
    const conversation = createTestConversation();
    const [ask] = await conversation.say('check my key');
    assert.match(replyText(ask), /key/i);
    const [reply] = await conversation.say('talk to a human');
    assert.equal(cardTitle(reply), 'Talk to a support engineer?');
    assert.doesNotMatch(JSON.stringify(reply), /COULD NOT CHECK/);
  });

  it('a CPK question typed at the handoff note is answered; a plain note is kept as the note', async () => {
    const conversation = createTestConversation();
    await conversation.say('talk to a human');
    await conversation.say({ type: 'message', value: { cpk: 'handoff' } });
    const [answer] = await conversation.say('how do I rotate a customer-provided key?');
    assert.equal(cardTitle(answer), realKnowledge().intents.get('rotate-key')?.title);
  });
});

/** The real matcher, counting its calls. */
function countingMatcher(): Matcher & { texts: string[] } {
  const inner = createMatcher(realKnowledge(), loadConfig({}));
  const texts: string[] = [];
  return {
    texts,
    match(text: string): MatchDecision {
      texts.push(text);
      return inner.match(text);
    },
  };
}

describe('one match per typed message, none for a button (counting matcher, issue #16)', () => {
  it('across answers, prompts, checks, feedback and the handoff', async () => {
    const matcher = countingMatcher();
    const conversation = createTestConversation({}, { matcher });
    const key = Buffer.alloc(32, 7).toString('base64');
    const typed = [
      'How do I rotate a customer-provided key?',
      PASTED_409,
      'check my key',
      `key: ${key}`,
      'which SDK versions support CPK',
      'zxqv plorb',
      'talk to a human',
      'yes',
      'it started after a deployment',
    ];
    const buttons: Partial<Activity>[] = [
      { type: 'message', value: { cpk: 'intent', intent: 'lost-key' } },
      { type: 'message', value: { cpk: 'feedback', intent: 'lost-key', helpful: true } },
      { type: 'message', value: { cpk: 'answer', answer: 'skip' } },
    ];
    for (const button of buttons) {
      await conversation.say(button);
    }
    assert.deepEqual(matcher.texts, [], 'buttons are never matched');
    for (const text of typed) {
      const matchedBefore: number = matcher.texts.length;
      await conversation.say(text);
      assert.equal(matcher.texts.length - matchedBefore, 1, `one match for "${text.slice(0, 40)}"`);
    }
  });

  it('commands are not matched at all', async () => {
    const matcher = countingMatcher();
    const conversation = createTestConversation({}, { matcher });
    await conversation.say('help');
    await conversation.say('start over');
    assert.deepEqual(matcher.texts, []);
  });
});
