// @ts-nocheck
import assert from 'node:assert/strict';
import { cardOf, cardTitle, createTestConversation, realKnowledge, replyText, submitData } from '../support/testConversation';

const titleOf = (id: string): string => realKnowledge().intents.get(id)!.title;

describe('conversation: seed questions in everyday words get the right card', () => {
  const table: [string, string][] = [
    ['I lost my customer-provided key, can Azure get it back?', 'lost-key'],
    ['how can I rotate the customer provided key on my blobs', 'rotate-key'],
    ['Which SDK versions support customer-provided keys?', 'sdk-versions'],
    ['Download fails with BlobCustomerSpecifiedEncryptionMismatch', 'error-key-mismatch'],
    ['getProperties returns 409 BlobUsesCustomerSpecifiedEncryption', 'error-key-missing'],
    ['I get InvalidHeaderValue when I upload with an encryption key', 'error-invalid-header'],
  ];
  for (const [userSays, intent] of table) {
    it(`"${userSays}" -> ${intent}`, async () => {
      const conversation = createTestConversation();
      const replies = await conversation.say(userSays);
      assert.equal(replies.length, 1);
      assert.equal(cardTitle(replies[0]), titleOf(intent));
      assert.equal(replies[0].text, undefined, 'a card channel gets the card alone, no text copy beside it');
      assert.ok((replies[0].summary ?? '').length > 20 && (replies[0].summary ?? '').length <= 160, 'a one-line summary for notifications');
    });
  }
});

describe('conversation: card buttons, help and start over', () => {
  it('a follow-up button names its intent and answers without re-classifying the label', async () => {
    const conversation = createTestConversation();
    const [first] = await conversation.say('how can I rotate the customer provided key on my blobs');
    const followUp = submitData(cardOf(first)).find(
      (data) => (data as { cpk?: string; intent?: string }).intent === 'lost-key',
    );
    assert.deepEqual(followUp, { cpk: 'intent', intent: 'lost-key' });
    const replies = await conversation.say({ type: 'message', value: followUp });
    assert.equal(cardTitle(replies[0]), titleOf('lost-key'));
  });

  it('every guidance card offers "Talk to a human"', async () => {
    const conversation = createTestConversation();
    const [reply] = await conversation.say('InvalidHeaderValue');
    assert.ok(submitData(cardOf(reply)).some((data) => (data as { cpk?: string }).cpk === 'handoff'));
  });

  const steps: [string, string][] = [
    ['help', 'What I can help with'],
    ['start over', 'CPK troubleshooting assistant'],
    ['hello', titleOf('greeting')],
    ['thanks a lot', titleOf('thanks')],
    ['bye', titleOf('goodbye')],
  ];
  for (const [userSays, title] of steps) {
    it(`"${userSays}" -> "${title}"`, async () => {
      const conversation = createTestConversation();
      const replies = await conversation.say(userSays);
      assert.equal(cardTitle(replies[0]), title);
    });
  }

  it('welcomes a user who joins, with example questions as buttons', async () => {
    const conversation = createTestConversation();
    const replies = await conversation.say({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user1', name: 'User' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    assert.equal(cardTitle(replies[0]), 'CPK troubleshooting assistant');
    const intents = submitData(cardOf(replies[0])).flatMap((data) => {
      const intent = (data as { intent?: string }).intent;
      return intent === undefined ? [] : [intent];
    });
    assert.ok(intents.length >= 3 && intents.length <= 4, `3-4 example questions, got ${intents.length}`);
  });

  it('welcomes once when the bot itself is added and the user joins after (Teams, Direct Line)', async () => {
    const conversation = createTestConversation();
    const botAdded = await conversation.say({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bot', name: 'Bot' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    assert.equal(cardTitle(botAdded[0]), 'CPK troubleshooting assistant');
    const userJoined = await conversation.say({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'User' }], recipient: { id: 'bot', name: 'Bot' } });
    assert.equal(userJoined.length, 0, 'no second welcome in the same conversation');
  });

  it('welcomes on a Teams installationUpdate, once', async () => {
    const conversation = createTestConversation();
    const installed = await conversation.say({ type: 'installationUpdate', action: 'add', channelId: 'msteams', recipient: { id: 'bot', name: 'Bot' } });
    assert.equal(cardTitle(installed[0]), 'CPK troubleshooting assistant');
    assert.equal(installed[0].text, undefined, 'Teams gets the card alone');
    const botAdded = await conversation.say({ type: 'conversationUpdate', channelId: 'msteams', membersAdded: [{ id: 'bot', name: 'Bot' }], recipient: { id: 'bot', name: 'Bot' } });
    assert.equal(botAdded.length, 0);
  });
});

describe('conversation: one row of the version table (issue #14, item 3)', () => {
  it('a versions question naming one SDK gets that row alone', async () => {
    const conversation = createTestConversation();
    const [reply] = await conversation.say('which version of the Python SDK supports customer-provided keys?');
    assert.equal(cardTitle(reply), 'Python azure-storage-blob (v12)');
    assert.match(replyText(reply), /12\.0\.0b3/);
    assert.doesNotMatch(replyText(reply), /AzCopy/);
  });

  it('a versions question naming no SDK gets the table, with the "Which SDK are you on?" choice', async () => {
    const conversation = createTestConversation();
    const [reply] = await conversation.say('Which SDK versions support customer-provided keys?');
    assert.equal(cardTitle(reply), 'SDK and REST versions that support CPK');
    assert.match(JSON.stringify(cardOf(reply)), /"type":"Input.ChoiceSet","id":"row"/);
  });

  it('the choice submits the row id and gets that row; an unknown row gets the whole table', async () => {
    const conversation = createTestConversation();
    const [azcopy] = await conversation.say({ type: 'message', value: { cpk: 'versionRow', row: 'azcopy' } });
    assert.equal(cardTitle(azcopy), 'AzCopy');
    assert.match(replyText(azcopy), /10\.10\.0/);
    const [unknown] = await conversation.say({ type: 'message', value: { cpk: 'versionRow', row: 'no-such-row' } });
    assert.equal(cardTitle(unknown), 'SDK and REST versions that support CPK');
  });
});

describe('conversation: values pasted on their own get their check (issue #17, item 5)', () => {
  // The Azure SDKs' published test vector (public, not a secret).
  const KEY = 'MDEyMzQ1NjcwMTIzNDU2NzAxMjM0NTY3MDEyMzQ1Njc=';
  const SHA = '3QFFFpRA5+XANHqwwbT4yXDmrT/2JaLt/FKHjzhOdoE=';
  for (const pasted of [`key=${KEY} sha256=${SHA}`, `my key is ${KEY} and the sha is ${SHA}`]) {
    it(`a labelled pair runs the key check: ${pasted.slice(0, 20)}…`, async () => {
      const conversation = createTestConversation();
      const replies = await conversation.say(pasted);
      assert.ok(replies.some((reply) => /Result: PASS/.test(replyText(reply))), replies.map(replyText).join('\n---\n'));
      assert.ok(replies.every((reply) => !JSON.stringify(reply).includes(KEY)), 'the key is never echoed');
    });
  }

  const versions: [string, RegExp][] = [
    ["I'm on Azure.Storage.Blobs 12.2.0, is that ok?", /Result: PASS[\s\S]*12\.2\.0/],
    ["we're pinned to 12.0.0-preview.2 of Azure.Storage.Blobs", /Result: FAIL[\s\S]*Upgrade to 12\.0\.0-preview\.3/],
    ['we still use WindowsAzure.Storage 9.3.3', /Result: FAIL[\s\S]*WindowsAzure\.Storage has no customer-provided key support/],
  ];
  for (const [text, verdict] of versions) {
    it(`a package and version get the verdict: ${text}`, async () => {
      const conversation = createTestConversation();
      const replies = await conversation.say(text);
      assert.match(replies.map(replyText).join('\n'), verdict);
    });
  }

  it('an error question naming a version gets the error card, then the verdict with the fix version', async () => {
    const conversation = createTestConversation();
    const replies = await conversation.say('ExistsAsync() throws 409 BlobUsesCustomerSpecifiedEncryption on Azure.Storage.Blobs 12.6.0');
    assert.equal(cardTitle(replies[0]), 'This blob needs its key (409)');
    assert.match(replies.map(replyText).join('\n'), /Before 12\.9\.0, Exists\(\) on a CPK blob from a client without the key fails/);
  });
});

describe('conversation: follow-ups in context (issue #17, item 3)', () => {
  it('"and in Java?" and "same for python?" after the versions answer get those rows; "why?" gets the reasons', async () => {
    const conversation = createTestConversation();
    await conversation.say('Which SDK versions support customer-provided keys?');
    assert.equal(cardTitle((await conversation.say('and in Java?'))[0]), 'Java com.azure:azure-storage-blob');
    assert.equal(cardTitle((await conversation.say('same for python?'))[0]), 'Python azure-storage-blob (v12)');
    assert.equal(cardTitle((await conversation.say('why?'))[0]), 'Why: SDK and REST versions that support CPK');
    assert.ok(conversation.logs.some((line) => /"message":"follow-up","reading":"topic","reason":"follow-up of sdk-versions: names Java"/.test(line)), 'the reading is logged with its reason');
  });

  it('after generate-key, "and in Go?" gives the key card with the Go code first, not the versions card', async () => {
    const conversation = createTestConversation();
    await conversation.say('How do I generate a customer-provided key and its SHA-256?');
    const [reply] = await conversation.say('and in Go?');
    assert.equal(cardTitle(reply), 'Generate a customer-provided key and its SHA-256');
    const body = cardOf(reply)?.body as { text?: string }[];
    assert.equal(body[1]?.text, 'Go (azblob)', 'the Go snippet comes right under the title');
    assert.ok(conversation.logs.some((line) => line.includes('"reason":"follow-up of generate-key: names Go"')));
  });

  const examples: [string, string, string, string][] = [
    ['after data-protection "what about snapshots?" stays there', 'Is soft delete supported for blobs encrypted with a customer-provided key?', 'what about snapshots?', 'Snapshots, versions, soft delete and replication with CPK'],
    ['after a rotation "what about snapshots?" goes to data protection', 'How do I rotate a customer-provided key?', 'what about snapshots', 'Snapshots, versions, soft delete and replication with CPK'],
    ['after a 409 mismatch "why?" gives the reasons', 'I get 409 BlobCustomerSpecifiedEncryptionMismatch when downloading', 'why?', 'Why: Wrong key for this blob (409)'],
    ['after lost-key "does that work on Azure Files?" goes to service support', 'We lost our customer-provided key, can Microsoft recover the data?', 'does that work on Azure Files?', 'CPK across Azure services and clouds'],
    ['after a rotation "same for python?" stays with the rotation', 'How do I rotate a customer-provided key?', 'same for pyhton', 'Rotate a customer-provided key'],
    ['after a rotation "ok and for the CLI" goes to the tools', 'How do I rotate a customer-provided key?', 'ok and for the CLI', 'Portal, Storage Explorer, AzCopy, CLI, PowerShell and SAS with CPK'],
    ['after the key-missing error "what about exists()?" stays there', 'getProperties fails with 409 BlobUsesCustomerSpecifiedEncryption', 'what about exists()?', 'This blob needs its key (409)'],
    ['after CMK vs CPK "how?" gives that card', 'What is the difference between customer-managed keys and customer-provided keys?', 'how?', 'CPK vs customer-managed keys vs encryption scopes'],
  ];
  for (const [name, first, followUp, title] of examples) {
    it(name, async () => {
      const conversation = createTestConversation();
      await conversation.say(first);
      assert.equal(cardTitle((await conversation.say(followUp))[0]), title);
    });
  }

  it('another subject after a CPK answer is still out of scope, and a new question gets its own answer', async () => {
    const conversation = createTestConversation();
    await conversation.say('How do I generate a customer-provided key and its SHA-256?');
    assert.equal(cardTitle((await conversation.say('and what about the weather tomorrow?'))[0]), 'Outside what I cover');
    assert.ok(conversation.logs.some((line) => line.includes('"reading":"standalone","reason":"follow-up of generate-key: about another subject"')));
    assert.equal(cardTitle((await conversation.say('thanks!'))[0]), "You're welcome");
  });

  it('a message with two questions gets the main answer and a button for the second, read as its follow-up', async () => {
    const conversation = createTestConversation();
    const [reply] = await conversation.say('How do I rotate a customer-provided key? And does it work with snapshots?');
    assert.equal(cardTitle(reply), 'Rotate a customer-provided key');
    const body = JSON.stringify(cardOf(reply));
    assert.match(body, /You also asked/);
    assert.ok(submitData(cardOf(reply)).some((data) => JSON.stringify(data) === JSON.stringify({ cpk: 'intent', intent: 'data-protection' })));
    const [same] = await createTestConversation().say('How do I rotate a customer-provided key? And in Java?');
    assert.doesNotMatch(JSON.stringify(cardOf(same)), /You also asked/, 'a language keeps the same topic: no second button');
  });

  it('without a previous topic, "and in Java?" is not read as a versions question', async () => {
    const conversation = createTestConversation();
    const [reply] = await conversation.say('and in Java?');
    assert.notEqual(cardTitle(reply), 'Java com.azure:azure-storage-blob');
  });

  it('the context expires: a follow-up four turns later stands alone', async () => {
    const conversation = createTestConversation();
    await conversation.say('Which SDK versions support customer-provided keys?');
    for (const text of ['hello', 'thanks', 'hi again']) {
      await conversation.say(text);
    }
    const [reply] = await conversation.say('and in Java?');
    assert.notEqual(cardTitle(reply), 'Java com.azure:azure-storage-blob');
  });
});

describe('conversation: out of scope and fallbacks', () => {
  it('answers an out-of-scope question honestly, never with a CPK answer', async () => {
    const conversation = createTestConversation();
    const [reply] = await conversation.say('what is the weather in Paris tomorrow');
    assert.notEqual(cardTitle(reply), undefined);
    const guidanceTitles = [...realKnowledge().intents.values()].filter((e) => e.kind === 'guidance').map((e) => e.title);
    assert.ok(!guidanceTitles.includes(cardTitle(reply)!), `got ${cardTitle(reply)}`);
    assert.ok(conversation.logs.some((line) => line.includes('"fallback"') && line.includes('"reason"')), 'the fallback reason is logged');
  });

  it('logs which scope rule turned an other-topic question away', async () => {
    const conversation = createTestConversation();
    await conversation.say('how do I generate a SAS token for my container');
    const line = conversation.logs.find((entry) => entry.includes('"message":"fallback"'));
    assert.ok(line?.includes('"reason":"out-of-scope"') && line.includes('"rule":"other-topic"'), line);
  });

  it('routing log lines name the conversation and channel, and not what the user typed', async () => {
    const conversation = createTestConversation();
    await conversation.say('How do I rotate a customer-provided key?');
    await conversation.say('zxqv plorb');
    const id = conversation.adapter.conversation.conversation.id;
    for (const message of ['"answer"', '"fallback"']) {
      const line = conversation.logs.find((entry) => entry.includes(`"message":${message}`)) ?? '';
      const parsed = JSON.parse(line) as { conversationId?: string; channel?: string };
      assert.equal(parsed.conversationId, id, line);
      assert.equal(parsed.channel, conversation.adapter.conversation.channelId);
      assert.ok(!line.includes('How do I') && !line.includes('plorb'), line);
    }
  });

  it('offers a human on the second fallback in a row, not the first', async () => {
    const conversation = createTestConversation();
    const first = await conversation.say('zxqv plorb');
    const second = await conversation.say('blarg fnord');
    const offersHuman = (reply: unknown): boolean =>
      submitData(cardOf(reply as never)).some((data) => (data as { cpk?: string }).cpk === 'handoff');
    assert.equal(first.some(offersHuman), false);
    // Issue #6: the second fallback now asks straight away whether to hand off (a confirmation card).
    assert.equal(second.some(offersHuman), true);
  });
});
