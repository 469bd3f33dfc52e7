// @ts-nocheck
import assert from 'node:assert/strict';
import { cardTitle, createTestConversation, replyText } from '../support/testConversation';

describe('conversation: bad input gets a clear reply and the conversation goes on', () => {
  const inputs: [string, string | Record<string, unknown>][] = [
    ['empty text', { type: 'message', text: '' }],
    ['whitespace only', { type: 'message', text: '   \n\t  ' }],
    ['100 KB of text', { type: 'message', text: 'rotate my key '.repeat(7500) }],
    ['emoji', { type: 'message', text: '🔑🔑🔑 ❓' }],
    ['right-to-left text', { type: 'message', text: 'كيف أقوم بتدوير المفتاح' }],
    ['control characters', { type: 'message', text: '\u0000\u0007\u001b[31m\u202ekey' }],
    ['a card submit with an unexpected value', { type: 'message', value: { cpk: 'launchMissiles' } }],
    ['a submit with __proto__', { type: 'message', value: JSON.parse('{"__proto__": {"cpk": "intent"}, "intent": "lost-key"}') as unknown }],
    ['a submit with an array value', { type: 'message', value: [1, 2, 3] }],
    ['a message without text or value', { type: 'message' }],
  ];
  for (const [name, activity] of inputs) {
    it(`${name}: one reply with a card, then a normal question still works`, async () => {
      const conversation = createTestConversation();
      const replies = await conversation.say(activity);
      assert.equal(replies.length, 1, 'exactly one reply');
      assert.ok(cardTitle(replies[0]), 'the reply is a card');
      assert.ok(!JSON.stringify(replies).includes('    at '), 'no stack trace reaches the user');
      const next = await conversation.say('Which SDK versions support customer-provided keys?');
      assert.equal(cardTitle(next[0]), 'SDK and REST versions that support CPK');
    });
  }

  it('an unknown activity type gets no error and the conversation goes on', async () => {
    const conversation = createTestConversation();
    const replies = await conversation.say({ type: 'somethingNew' });
    assert.equal(replies.length, 0);
    const next = await conversation.say('help');
    assert.equal(cardTitle(next[0]), 'What I can help with');
  });

  it('an error inside a turn apologises with a correlation id, logs it, and keeps state', async () => {
    const conversation = createTestConversation();
    await conversation.say('zxqv plorb');
    const faulty = { type: 'message', text: 'hello', entities: [{ type: 'mention', get mentioned(): never { throw new Error('boom: secret internals'); } }] };
    const replies = await conversation.say(faulty);
    assert.equal(replies.length, 1);
    assert.equal(cardTitle(replies[0]), 'Sorry, something went wrong');
    const text = JSON.stringify(replies);
    assert.ok(!text.includes('secret internals'), 'no internals in the reply');
    const id = /Reference: ([0-9a-f-]{36})/.exec(replyText(replies[0]))?.[1];
    assert.ok(id, 'a correlation id is shown');
    assert.ok(conversation.logs.some((line) => line.includes(id) && line.includes('boom')), 'the log has the same id');
    // The fallback streak from before the error survived: the next fallback is the second and offers a human.
    const after = await conversation.say('blarg fnord');
    assert.ok(JSON.stringify(after).includes('"cpk":"handoff"'));
  });
});

describe('conversation: a screenshot or file instead of text', () => {
  const screenshot = { contentType: 'image/png', contentUrl: 'https://example.invalid/error.png', name: 'error.png' };
  const UPLOADS_TITLE = 'I cannot open files or images';

  it('an image alone asks for the error as text, and does not count as a misunderstanding', async () => {
    // Found by hand: it got "I did not catch that… rephrase", and with "here is the error" "Outside what I cover"
    // plus an offer of a human, as if the user had asked about something else.
    const conversation = createTestConversation();
    assert.equal(cardTitle((await conversation.say({ type: 'message', attachments: [screenshot] }))[0]), UPLOADS_TITLE);
    const withText = await conversation.say({ type: 'message', text: 'here is the error', attachments: [screenshot] });
    assert.equal(withText.length, 1, 'no handoff offer after two uploads');
    assert.equal(cardTitle(withText[0]), UPLOADS_TITLE);
    assert.equal(cardTitle((await conversation.say('how do I rotate a customer-provided key?'))[0]), 'Rotate a customer-provided key');
  });

  it("a question with an image is answered; Teams' HTML copy of the text is not an upload", async () => {
    const conversation = createTestConversation();
    const answered = await conversation.say({ type: 'message', text: 'I lost my customer-provided key', attachments: [screenshot] });
    assert.equal(cardTitle(answered[0]), 'Lost customer-provided key');
    const teams = await conversation.say({ type: 'message', text: 'what is the weather tomorrow', attachments: [{ contentType: 'text/html', content: '<p>what is the weather tomorrow</p>' }] });
    assert.equal(cardTitle(teams[0]), 'Outside what I cover');
  });
});
