// @ts-nocheck
import assert from 'node:assert/strict';
import { readFeedbackRecords, JsonLinesFeedbackSink } from '../../src/storage/feedback/jsonLinesFeedbackSink';
import { realKnowledge, cardOf, cardTitle, createTestConversation, submitData, replyText } from '../support/testConversation';
import { makeTempDir, removeDir } from '../support/tempDir';

describe('feedback: "Was this helpful?" on every guidance card, recorded redacted', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('feedback');
  });
  afterEach(() => removeDir(dir));

  it('every guidance intent card carries yes/no buttons naming its intent; small talk does not', async () => {
    for (const entry of realKnowledge().intents.values()) {
      const conversation = createTestConversation();
      const [reply] = await conversation.say({ type: 'message', value: { cpk: 'intent', intent: entry.id } });
      const feedback = submitData(cardOf(reply)).filter((data) => (data as { cpk?: string }).cpk === 'feedback');
      if (entry.kind === 'guidance') {
        assert.deepEqual(feedback, [
          { cpk: 'feedback', intent: entry.id, helpful: true },
          { cpk: 'feedback', intent: entry.id, helpful: false },
        ], entry.id);
      } else {
        assert.deepEqual(feedback, [], entry.id);
      }
    }
  });

  it('records the rating, then an optional comment (redacted), and the conversation goes on', async () => {
    const sink = new JsonLinesFeedbackSink(dir);
    const conversation = createTestConversation({}, { feedback: sink });
    await conversation.say('How do I rotate a customer-provided key?');
    const thanks = await conversation.say({ type: 'message', value: { cpk: 'feedback', intent: 'rotate-key', helpful: false } });
    assert.equal(cardTitle(thanks[0]), 'Thank you for the feedback');
    const key = Buffer.alloc(32, 1).toString('base64');
    const noted = await conversation.say(`the steps missed the SDK part, my key is ${key}`);
    assert.match(replyText(noted[0]), /Thanks, noted/);
    const next = await conversation.say('Which SDK versions support customer-provided keys?');
    assert.equal(cardTitle(next[0]), 'SDK and REST versions that support CPK');
    const { records } = await readFeedbackRecords(dir);
    assert.ok(records.some((record) => record.kind === 'feedback' && record.intent === 'rotate-key' && !record.helpful));
    const comment = records.find((record) => record.kind === 'comment');
    assert.ok(comment !== undefined && comment.kind === 'comment' && comment.comment.includes('[key sha256='));
    assert.ok(!JSON.stringify(records).includes(key));
    sink.close();
  });

  it('Skip records no comment; another button after the rating is answered, not swallowed', async () => {
    const sink = new JsonLinesFeedbackSink(dir);
    const conversation = createTestConversation({}, { feedback: sink });
    await conversation.say({ type: 'message', value: { cpk: 'feedback', intent: 'lost-key', helpful: true } });
    const reply = await conversation.say({ type: 'message', value: { cpk: 'intent', intent: 'sdk-versions' } });
    assert.equal(cardTitle(reply[0]), 'SDK and REST versions that support CPK');
    await conversation.say({ type: 'message', value: { cpk: 'feedback', intent: 'lost-key', helpful: true } });
    const skipped = await conversation.say({ type: 'message', value: { cpk: 'answer', answer: 'skip' } });
    assert.equal(skipped.length, 1);
    const { records } = await readFeedbackRecords(dir);
    assert.equal(records.filter((record) => record.kind === 'comment').length, 0);
    assert.equal(records.filter((record) => record.kind === 'feedback').length, 2);
    sink.close();
  });

  it('unanswered questions are recorded with their fallback reason, redacted', async () => {
    const sink = new JsonLinesFeedbackSink(dir);
    const conversation = createTestConversation({}, { feedback: sink });
    await conversation.say('zxqv plorb sig=abcdefghijklmnop');
    const { records } = await readFeedbackRecords(dir);
    const unanswered = records.find((record) => record.kind === 'unanswered');
    assert.ok(unanswered !== undefined && unanswered.kind === 'unanswered');
    assert.ok(!unanswered.text.includes('abcdefghijklmnop'));
    assert.equal(typeof unanswered.reason, 'string');
    sink.close();
  });
});
