// @ts-nocheck
import assert from 'node:assert/strict';
import { cardOf, cardTitle, createTestConversation, realKnowledge, replyText } from '../../support/testConversation';

/** Keys that look real; none may appear anywhere in a reply (text, card, summary) or in a log line. */
const KEY_BASE64 = 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=';
const KEY_HEX = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const SAS_SIG = 'sig=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA%3D%3D';

describe('conversation: pasted key material is warned about and never echoed', () => {
  const cases: [string, string][] = [
    ['an AES key in base64 with a CPK error', `getting BlobCustomerSpecifiedEncryptionMismatch with key ${KEY_BASE64} and x-ms-version 2018-11-09`],
    ['a hex key in a question', `is ${KEY_HEX} a valid customer provided key?`],
    ['a SAS URL in an out-of-scope question', `my SAS https://acct1.blob.core.windows.net/c/b?sv=2022-11-02&${SAS_SIG} returns 403`],
  ];
  for (const [name, text] of cases) {
    it(`${name}: the card warns and no reply contains the secret`, async () => {
      const conversation = createTestConversation();
      const replies = await conversation.say(text);
      assert.equal(replies.length, 1);
      const everything = JSON.stringify(replies);
      for (const secret of [KEY_BASE64, KEY_HEX, SAS_SIG, SAS_SIG.slice(4)]) {
        assert.ok(!everything.includes(secret), 'the secret is not in any reply');
        assert.ok(!conversation.logs.some((line) => line.includes(secret)), 'the secret is not in any log line');
      }
      assert.match(JSON.stringify(cardOf(replies[0])), /Please do not share keys or secrets in chat/);
      assert.match(replyText(replies[0]), /Please do not share keys or secrets in chat/);
    });
  }

  it('shows the evidence it found and calls out an x-ms-version older than 2019-02-02', async () => {
    const conversation = createTestConversation();
    const [reply] = await conversation.say(
      'Status: 409 ErrorCode: BlobUsesCustomerSpecifiedEncryption RequestId:11111111-2222-3333-4444-555555555555 x-ms-version: 2018-03-28',
    );
    assert.equal(cardTitle(reply), realKnowledge().intents.get('error-key-missing')!.title);
    const text = replyText(reply);
    assert.match(text, /Error code: BlobUsesCustomerSpecifiedEncryption/);
    assert.match(text, /HTTP status: 409/);
    assert.match(text, /Request id: 11111111-2222-3333-4444-555555555555/);
    assert.match(text, /x-ms-version 2018-03-28 is older than 2019-02-02/);
    // Evidence is user-derived: it is rendered as TextRuns, never as a markdown TextBlock.
    const card = JSON.stringify(cardOf(reply));
    assert.match(card, /"type":"TextRun","text":"11111111-2222-3333-4444-555555555555"/);
  });

  it('a message without secrets gets no warning', async () => {
    const conversation = createTestConversation();
    const [reply] = await conversation.say('how do I rotate a customer-provided key');
    assert.doesNotMatch(replyText(reply), /do not share keys/);
  });
});
