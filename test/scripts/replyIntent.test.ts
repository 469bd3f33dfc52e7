import assert from 'node:assert/strict';
import { replyIntent, titleTopics } from '../../scripts/lib/replyIntent';
import { createTestConversation, realKnowledge } from '../support/testConversation';

/**
 * The scorers of two-turn lines (`scoreSealed`, `evalFollowUps`, the follow-up floor) read the bot's reply card as a
 * topic. A reply that answers right but under another card title (a version-table row, the hand-off question) must
 * not be scored as `none`, and a fallback must not be scored as a topic.
 */
describe('replyIntent: the topic a reply card stands for', function () {
  this.timeout(60000);
  const titles = titleTopics(realKnowledge());

  async function secondReplyTopic(first: string, second: string): Promise<string> {
    const conversation = createTestConversation();
    await conversation.say(first);
    const [reply] = await conversation.say(second);
    return replyIntent(reply, titles);
  }

  it('a request for a person after a CPK answer is the hand-off question: escalate', async () => {
    assert.equal(await secondReplyTopic('I lost my customer-provided key', 'can I talk to a real person about this'), 'escalate');
  });

  it('a language named after the versions answer gets its version-table row: sdk-versions', async () => {
    assert.equal(await secondReplyTopic('which sdk versions support customer provided keys', 'what about go'), 'sdk-versions');
  });

  it('another subject after a CPK answer is the out-of-scope card: none', async () => {
    assert.equal(await secondReplyTopic('I lost my customer-provided key', 'what is the weather in Paris'), 'none');
  });
});
