// @ts-nocheck
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cardTitle, replyText } from '../support/testConversation';
import { type CheckConversation, createCheckConversation, messages } from '../support/checkConversation';
import { GATEWAY_SIG } from '../support/cpkGateway';
import { type LiveServices, seedBlobs, startLiveServices, testKey, type TestKey } from '../support/liveCheckServices';

const keys = [testKey(21), testKey(22), testKey(23)];

describe('conversation: network checks through the bot (CPK gateway configured as the emulator)', function () {
  this.timeout(120000);
  let services: LiveServices;
  let folder: string;
  let env: Record<string, string>;

  before(async () => {
    services = await startLiveServices();
    folder = await mkdtemp(path.join(os.tmpdir(), 'cpk-ca-'));
    const caFile = path.join(folder, 'gateway.pem');
    await writeFile(caFile, services.gateway.caPem);
    env = { CHECK_EMULATOR_ENDPOINT: services.gateway.origin, CHECK_EMULATOR_CA_FILE: caFile, CHECK_TIMEOUT_MS: '10000' };
    const probe = services.containerClient('chat');
    await probe.create();
    await seedBlobs(probe, [['report.csv', keys[0]]]);
    const inventory = services.containerClient('rotation');
    await inventory.create();
    const blobs: [string, TestKey][] = Array.from({ length: 1000 }, (_, index) => [`file-${index}.bin`, keys[index % 3]]);
    await seedBlobs(inventory, blobs, 24);
  });
  after(async () => {
    await services?.stop();
    if (folder !== undefined) {
      await rm(folder, { recursive: true, force: true });
    }
  });

  const assertNoSecretStored = (conversation: CheckConversation): void => {
    assert.ok(!conversation.storedState().includes(GATEWAY_SIG), 'the SAS signature never reaches conversation state');
    assert.ok(!conversation.logs.join('\n').includes(GATEWAY_SIG), 'the SAS signature never reaches a log');
  };

  it('blob check: go-ahead, fingerprint, URL, then a typing indicator and a "match" card', async () => {
    const conversation = createCheckConversation(env);
    const [consent] = messages(await conversation.say('check this blob'));
    assert.equal(cardTitle(consent), 'Check a blob');
    assert.match(replyText(consent), /Shall I go ahead/);
    const [question] = messages(await conversation.say('yes'));
    assert.match(replyText(question), /Which key do you expect/);
    const [retry] = messages(await conversation.say('not a fingerprint'));
    assert.match(replyText(retry), /That is not a fingerprint/);
    const [askUrl] = messages(await conversation.say(keys[0].encryptionKeySha256));
    assert.match(replyText(askUrl), /Paste the blob URL/);
    const replies = await conversation.say(services.url('chat', 'report.csv'));
    assert.equal(replies[0].type, 'typing', 'a typing indicator comes first');
    const [result] = messages(replies);
    assert.equal(cardTitle(result), 'Check a blob');
    assert.match(replyText(result), /Result: PASS/);
    assert.match(replyText(result), /Match: your key is the one that encrypts this blob/);
    assert.match(replyText(result), /sig=\*\*\*/);
    assert.ok(!JSON.stringify(replies).includes(GATEWAY_SIG), 'the SAS signature is never shown');
    assertNoSecretStored(conversation);
  });

  it('blob check with a wrong key fingerprint says "mismatch"', async () => {
    const conversation = createCheckConversation(env);
    await conversation.say({ type: 'message', value: { cpk: 'check', check: 'blob-check' } });
    await conversation.say('yes');
    await conversation.say(keys[1].encryptionKeySha256);
    const [result] = messages(await conversation.say(services.url('chat', 'report.csv')));
    assert.match(replyText(result), /Result: FAIL/);
    assert.match(replyText(result), /Mismatch/);
  });

  it('blob check: "no" connects to nothing', async () => {
    const conversation = createCheckConversation(env);
    await conversation.say('check this blob');
    const before = services.gateway.requests.length;
    const [reply] = messages(await conversation.say('no'));
    assert.match(replyText(reply), /did not connect/);
    assert.equal(services.gateway.requests.length, before);
  });

  it('blob check: a local endpoint is refused when the emulator is not configured', async () => {
    const conversation = createCheckConversation();
    await conversation.say('check this blob');
    await conversation.say('yes');
    await conversation.say('skip');
    const before = services.gateway.requests.length;
    const [result] = messages(await conversation.say(services.url('chat', 'report.csv')));
    assert.match(replyText(result), /Result: COULD NOT CHECK/);
    assert.match(replyText(result), /IP address/);
    assert.equal(services.gateway.requests.length, before);
  });

  it('key inventory: groups 1,000 blobs under 3 keys', async () => {
    const conversation = createCheckConversation(env);
    const [consent] = messages(await conversation.say('which blobs still use the old key'));
    assert.equal(cardTitle(consent), 'List keys in a container');
    await conversation.say('yes');
    await conversation.say('Current blobs only');
    const replies = await conversation.say(services.url('rotation'));
    assert.equal(replies[0].type, 'typing');
    const [result] = messages(replies);
    assert.match(replyText(result), /Result: PASS/);
    assert.match(replyText(result), /1000 blobs listed: 3 customer-provided keys in use, 0 without one/);
    for (const key of keys) {
      assert.ok((replyText(result)).includes(key.encryptionKeySha256));
    }
    assertNoSecretStored(conversation);
  });

  it('key inventory: progress messages on a long listing and a partial result at the limit', async () => {
    const conversation = createCheckConversation({ ...env, CHECK_INVENTORY_MAX_BLOBS: '600', CHECK_INVENTORY_PAGE_SIZE: '250' });
    await conversation.say({ type: 'message', value: { cpk: 'check', check: 'key-inventory' } });
    await conversation.say('yes');
    await conversation.say('Also snapshots');
    const replies = messages(await conversation.say(services.url('rotation')));
    assert.deepEqual(
      replies.slice(0, 2).map((reply) => reply.text),
      ['Still listing: 250 blobs so far…', 'Still listing: 500 blobs so far…'],
    );
    assert.equal(replies.length, 3);
    assert.match(replyText(replies[2]), /Result: WARNING/);
    assert.match(replyText(replies[2]), /Blobs listed: 600 \(stopped at the limit of 600 blobs/);
  });
});
