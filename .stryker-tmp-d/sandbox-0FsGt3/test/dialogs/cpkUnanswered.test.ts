// @ts-nocheck
import assert from 'node:assert/strict';
import { readFeedbackRecords, JsonLinesFeedbackSink } from '../../src/storage/feedback/jsonLinesFeedbackSink';
import { cardTitle, createTestConversation } from '../support/testConversation';
import { makeTempDir, removeDir } from '../support/tempDir';

/** Issue #17, item 2, through the production wiring: the partial answer is sent and the question logged as unanswered. */
describe('a CPK question no topic answers', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('cpk-unanswered');
  });
  afterEach(() => removeDir(dir));

  it('gets the partial answer (not "Outside what I cover") and an unanswered record with its reason', async () => {
    const sink = new JsonLinesFeedbackSink(dir);
    const conversation = createTestConversation({}, { feedback: sink });
    const [reply] = await conversation.say('x-ms-encryption-key on a queue message?');
    assert.equal(cardTitle(reply), 'A CPK question I cannot fully answer');
    const [other] = await conversation.say('how do I generate a SAS token for a container');
    assert.equal(cardTitle(other), 'Outside what I cover');
    const { records } = await readFeedbackRecords(dir);
    const unanswered = records.filter((record) => record.kind === 'unanswered');
    assert.deepEqual(unanswered.map((record) => (record.kind === 'unanswered' ? record.reason : '')), ['cpk-unanswered', 'out-of-scope']);
    sink.close();
  });
});
