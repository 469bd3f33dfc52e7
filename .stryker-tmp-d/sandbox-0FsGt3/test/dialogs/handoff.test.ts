// @ts-nocheck
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Activity } from 'botbuilder';
import { CASE_TEXT } from '../../src/core/cases/caseViews';
import { EmulatorFileTranscriptStore } from '../../src/storage/transcripts/emulatorFileTranscriptStore';
import { silentLogger } from '../../src/core/logging/logger';
import { CASE_SUMMARY_TITLE } from '../../src/core/handoff/caseSummaryView';
import type { CaseSummary } from '../../src/core/handoff/caseSummary';
import { cardOf, cardTitle, createTestConversation, submitData, type TestConversation, replyText } from '../support/testConversation';
import { makeTempDir, removeDir } from '../support/tempDir';

const CONFIRM_TITLE = 'Talk to a support engineer?';
const NOTE_TITLE = 'Anything the engineer should know?';

function handoffEvent(replies: Partial<Activity>[]): Partial<Activity> | undefined {
  return replies.find((reply) => reply.type === 'event' && reply.name === 'handoff.initiate');
}

function transcriptOf(event: Partial<Activity> | undefined): Activity[] {
  const attachment = event?.attachments?.[0];
  assert.equal(attachment?.contentType, 'application/json');
  assert.equal(attachment?.name, 'Transcript');
  return (attachment?.content as { activities: Activity[] }).activities;
}

/** Goes from the confirmation card to the handoff: yes, then the note (or skip). */
async function confirmAndSend(conversation: TestConversation, note?: string): Promise<Partial<Activity>[]> {
  const noteCard = await conversation.say({ type: 'message', value: { cpk: 'handoff' } });
  assert.equal(cardTitle(noteCard[0]), NOTE_TITLE);
  return conversation.say(note === undefined ? { type: 'message', value: { cpk: 'answer', answer: 'skip' } } : note);
}

describe('handoff: every trigger asks first, then hands off with a summary and a redacted transcript', () => {
  let dir: string;
  let store: EmulatorFileTranscriptStore;
  beforeEach(() => {
    dir = makeTempDir('handoff');
    store = new EmulatorFileTranscriptStore(dir, silentLogger);
  });
  afterEach(async () => {
    await store.close();
    removeDir(dir);
  });

  it('the escalate intent asks for confirmation, then the note, then sends handoff.initiate with the summary', async () => {
    const conversation = createTestConversation({}, { transcriptStore: store });
    await conversation.say('Download fails with BlobCustomerSpecifiedEncryptionMismatch');
    const confirm = await conversation.say('I want to talk to a human');
    assert.equal(cardTitle(confirm[0]), CONFIRM_TITLE);
    const replies = await confirmAndSend(conversation, 'request id 1b2c3d4e-0000-1111-2222-333344445555, x-ms-version 2021-08-06');
    assert.equal(cardTitle(replies[0]), CASE_SUMMARY_TITLE);
    const event = handoffEvent(replies);
    assert.ok(event, 'a handoff.initiate event is sent');
    const summary = event.value as CaseSummary;
    assert.equal(summary.reason, 'user-request');
    assert.equal(summary.intent?.id, 'error-key-mismatch');
    assert.ok(summary.intent !== undefined && summary.intent.confidence > 0);
    assert.match(summary.problem, /BlobCustomerSpecifiedEncryptionMismatch/);
    assert.deepEqual(summary.support?.supportTopicIds.length !== undefined && summary.support.supportTopicIds.length > 0, true);
    assert.equal(summary.channel, 'test');
    assert.ok(summary.entities.some((entity) => entity.kind === 'errorCode' && entity.value === 'BlobCustomerSpecifiedEncryptionMismatch'));
    assert.ok(summary.entities.some((entity) => entity.kind === 'requestId'));
    assert.ok(summary.entities.some((entity) => entity.kind === 'xMsVersion' && entity.value === '2021-08-06'));
    assert.deepEqual(summary.cardsShown, ['Wrong key for this blob (409)'], 'the answers shown are listed');
    assert.match(summary.userNote ?? '', /request id/);
    const texts = transcriptOf(event).map((activity) => replyText(activity));
    assert.ok(texts.includes('Download fails with BlobCustomerSpecifiedEncryptionMismatch'), 'earlier turns are in the transcript');
    assert.ok(texts.some((text) => text.startsWith('request id 1b2c3d4e')), 'the current turn is in the transcript');
    assert.ok(transcriptOf(event).some((activity) => activity.attachments?.some((a) => (a.content as { body?: { text?: string }[] }).body?.[0]?.text === CASE_SUMMARY_TITLE)));
  });

  it('"Talk to a human" on a guidance card starts the confirmation', async () => {
    const conversation = createTestConversation({}, { transcriptStore: store });
    const [card] = await conversation.say('InvalidHeaderValue');
    const handoff = submitData(cardOf(card)).find((data) => (data as { cpk?: string }).cpk === 'handoff');
    const confirm = await conversation.say({ type: 'message', value: handoff });
    assert.equal(cardTitle(confirm[0]), CONFIRM_TITLE);
    const replies = await confirmAndSend(conversation);
    assert.equal(summaryOf(replies).reason, 'user-request');
    assert.equal(summaryOf(replies).userNote, undefined, 'Skip leaves no note');
  });

  it('the "Contact Azure support" follow-up on the lost-key card starts the confirmation', async () => {
    const conversation = createTestConversation();
    const [card] = await conversation.say({ type: 'message', value: { cpk: 'intent', intent: 'lost-key' } });
    const followUp = submitData(cardOf(card)).find((data) => (data as { intent?: string }).intent === 'escalate');
    assert.ok(followUp, 'the lost-key card offers the escalate follow-up');
    const confirm = await conversation.say({ type: 'message', value: followUp });
    assert.equal(cardTitle(confirm[0]), CONFIRM_TITLE);
  });

  it('the second fallback in a row asks to hand off; yes hands off with reason repeated-fallback', async () => {
    const conversation = createTestConversation({}, { transcriptStore: store });
    await conversation.say('zxqv plorb');
    const second = await conversation.say('blarg fnord');
    assert.equal(cardTitle(second[second.length - 1]), CONFIRM_TITLE);
    const replies = await confirmAndSend(conversation);
    assert.equal(summaryOf(replies).reason, 'repeated-fallback');
  });

  it('saying no keeps chatting and sends no event', async () => {
    const conversation = createTestConversation();
    await conversation.say('talk to support');
    const replies = await conversation.say({ type: 'message', value: { cpk: 'answer', answer: 'no' } });
    assert.equal(handoffEvent(replies), undefined);
    const next = await conversation.say('Which SDK versions support customer-provided keys?');
    assert.equal(cardTitle(next[0]), 'SDK and REST versions that support CPK');
  });

  it('a new question instead of yes/no is answered, not lost', async () => {
    const conversation = createTestConversation();
    await conversation.say('talk to support');
    const replies = await conversation.say('Which SDK versions support customer-provided keys?');
    assert.equal(cardTitle(replies[0]), 'SDK and REST versions that support CPK');
    assert.equal(handoffEvent(replies), undefined);
  });

  it('short messages are kept for the summary: an error code pasted alone is the problem and an entity', async () => {
    // Found by hand: every message of one or two words was taken for pasted key values and left out of the case log.
    const conversation = createTestConversation();
    await conversation.say('BlobCustomerSpecifiedEncryptionMismatch');
    await conversation.say('need help with rotation');
    await conversation.say('talk to a human');
    const summary = summaryOf(await confirmAndSend(conversation));
    assert.equal(summary.problem, 'BlobCustomerSpecifiedEncryptionMismatch');
    assert.ok(summary.entities.some((entity) => entity.kind === 'errorCode' && entity.value === 'BlobCustomerSpecifiedEncryptionMismatch'));
  });

  it('keys pasted before the handoff reach neither the summary nor the transcript', async () => {
    const key = randomBytes(32).toString('base64');
    const conversation = createTestConversation({}, { transcriptStore: store });
    await conversation.say(`my x-ms-encryption-key: ${key} gives BlobCustomerSpecifiedEncryptionMismatch`);
    await conversation.say('talk to a human');
    const replies = await confirmAndSend(conversation, `the key was ${key}`);
    assert.ok(!JSON.stringify(replies).includes(key));
    const fingerprint = createHash('sha256').update(Buffer.from(key, 'base64')).digest('base64');
    assert.ok(
      summaryOf(replies).entities.some((entity) => entity.kind === 'keyFingerprint' && entity.value === `sha256=${fingerprint}`),
      'the fingerprint of the pasted key is kept',
    );
    assert.ok(!summaryOf(replies).cardsShown.includes(CONFIRM_TITLE), 'the handoff questions are not listed as answers');
    await store.flush();
    assert.ok(!readFileSync(store.fileFor(conversation.adapter.conversation.conversation.id), 'utf8').includes(key));
  });
});

function summaryOf(replies: Partial<Activity>[]): CaseSummary {
  const event = handoffEvent(replies);
  assert.ok(event, 'a handoff.initiate event is sent');
  return event.value as CaseSummary;
}

describe('handoff: while the case waits each message is acknowledged, until the agent hub hands back, the user cancels, or the queue times out', () => {
  async function handedOff(clock: { now: Date }): Promise<TestConversation> {
    const conversation = createTestConversation({ HANDOFF_QUEUE_TIMEOUT_SECONDS: '600' }, { now: () => clock.now });
    await conversation.say('talk to a human');
    const replies = await confirmAndSend(conversation);
    assert.ok(handoffEvent(replies));
    assert.ok(replies.some((reply) => /An engineer will join this conversation/.test(replyText(reply))), 'an engineer is promised: the desk is on');
    return conversation;
  }

  it('acknowledges each message while waiting, and is back after handoff.status completed', async () => {
    const clock = { now: new Date('2026-01-01T10:00:00Z') };
    const conversation = await handedOff(clock);
    assert.deepEqual((await conversation.say('hello? anyone there?')).map((reply) => replyText(reply)), [CASE_TEXT.stillWaiting]);
    assert.deepEqual((await conversation.say({ type: 'message', value: { cpk: 'intent', intent: 'lost-key' } })).map((reply) => replyText(reply)), [CASE_TEXT.stillWaiting]);
    const back = await conversation.say({ type: 'event', name: 'handoff.status', value: { state: 'completed' } });
    assert.equal(replyText(back[0]), CASE_TEXT.back['hub-completed']);
    const next = await conversation.say('hello');
    assert.equal(next.length, 1);
    assert.notEqual(cardTitle(next[0]), undefined);
  });

  it('comes back with a message after handoff.status failed', async () => {
    const conversation = await handedOff({ now: new Date('2026-01-01T10:00:00Z') });
    const back = await conversation.say({ type: 'event', name: 'handoff.status', value: { state: 'failed' } });
    assert.equal(replyText(back[0]), CASE_TEXT.back['hub-failed']);
  });

  it('a handoff.status that is neither completed nor failed changes nothing: no reply, and the case still waits', async () => {
    const conversation = await handedOff({ now: new Date('2026-01-01T10:00:00Z') });
    assert.deepEqual(await conversation.say({ type: 'event', name: 'handoff.status', value: { state: 'accepted' } }), []);
    assert.deepEqual((await conversation.say('still there?')).map((reply) => replyText(reply)), [CASE_TEXT.stillWaiting]);
  });

  it('the user can cancel', async () => {
    const conversation = await handedOff({ now: new Date('2026-01-01T10:00:00Z') });
    const back = await conversation.say('cancel');
    assert.equal(replyText(back[0]), CASE_TEXT.back.user);
    const next = await conversation.say('Which SDK versions support customer-provided keys?');
    assert.equal(cardTitle(next[0]), 'SDK and REST versions that support CPK');
  });

  it('after the queue timeout the next message brings the bot back with a message and an answer', async () => {
    const clock = { now: new Date('2026-01-01T10:00:00Z') };
    const conversation = await handedOff(clock);
    clock.now = new Date('2026-01-01T10:09:59Z');
    assert.deepEqual((await conversation.say('hello?')).map((reply) => replyText(reply)), [CASE_TEXT.stillWaiting]);
    clock.now = new Date('2026-01-01T10:10:00Z');
    const back = await conversation.say('Which SDK versions support customer-provided keys?');
    assert.match(replyText(back[0]), /No support engineer accepted the case within 10 minutes/);
    assert.equal(cardTitle(back[1]), 'SDK and REST versions that support CPK');
  });
});

