/**
 * Routing decisions as a user meets them through the whole bot (issue #21): the matcher's "Did you mean" must
 * reach the user as a choice card, and a button naming an intent the knowledge base no longer has (an old card)
 * must get the fallback card, not an error. Unit tests of the matcher alone missed both when they were broken.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { cardOf, cardTitle, createTestConversation, submitData } from '../support/testConversation';

describe('routing through the bot', () => {
  it('a close call reaches the user as a "Did you mean" card with the candidates and "None of these"', async () => {
    // A margin of 1 makes every answer a close call, so the test does not depend on which intents score closest.
    const chat = createTestConversation({ MATCH_THRESHOLD: '0.05', MATCH_AMBIGUITY_MARGIN: '1' });
    const replies = await chat.say('the key for my blob does not work');
    assert.equal(replies.length, 1, JSON.stringify(replies));
    assert.equal(cardTitle(replies[0]), 'Did you mean…');
    const choices = submitData(cardOf(replies[0]));
    const intents = choices.filter((data): data is { cpk: 'intent'; intent: string } => (data as { cpk?: string }).cpk === 'intent');
    assert.ok(intents.length >= 2 && intents.length <= 3, JSON.stringify(choices));
    assert.ok(choices.some((data) => (data as { cpk?: string }).cpk === 'noneOfThese'), 'offers "None of these"');
    assert.ok(chat.logs.some((line) => line.includes('"message":"didYouMean"')), 'logged as a did-you-mean');
    assert.ok(!chat.logs.some((line) => line.includes('"message":"fallback"')), 'not logged as a fallback');
    // Picking a candidate answers with that intent.
    const picked = await chat.say({ type: 'message', value: intents[0] });
    assert.notEqual(cardTitle(picked[0]), 'Did you mean…');
    assert.notEqual(cardTitle(picked[0]), 'I did not catch that');
  });

  it('a button naming an intent the knowledge base does not have gets the fallback card, and the bot goes on', async () => {
    const chat = createTestConversation();
    const replies = await chat.say({ type: 'message', value: { cpk: 'intent', intent: 'retired-intent' } });
    assert.equal(cardTitle(replies[0]), 'I did not catch that', JSON.stringify(replies));
    assert.ok(!chat.logs.some((line) => line.includes('"level":"error"')), chat.logs.join('\n'));
    assert.ok(chat.logs.some((line) => line.includes('"reason":"unknown-intent"')));
    const next = await chat.say('help');
    assert.ok(next.length > 0, 'the conversation still works');
    assert.ok(!next.some((reply) => /went wrong|error/i.test(reply.text ?? '')), JSON.stringify(next));
  });
});
