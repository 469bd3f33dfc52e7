/**
 * The fourth handoff trigger, end to end (issue #21): a live check whose storage endpoint fails with a 5xx shows
 * the result and then offers a support engineer, and the handoff carries the check result. A loopback HTTPS
 * stand-in for Blob storage (trusted only as the configured emulator) answers 500 to everything.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';
import { createCheckConversation, messages } from '../support/checkConversation';
import { makeTempDir, removeDir } from '../support/tempDir';
import { cardTitle, replyText } from '../support/testConversation';

describe('handoff from a live check: the storage service fails (5xx)', function () {
  this.timeout(60000);
  let server: https.Server;
  let origin: string;
  let dir: string;
  let env: Record<string, string>;
  let status = 500;

  before(async () => {
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [{ name: 'basicConstraints', cA: true }, { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    server = https.createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
      request.resume();
      const code = status === 500 ? 'InternalError' : 'ServerBusy';
      response.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
      response.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>stand-in failure</Message></Error>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = makeTempDir('service-failure');
    writeFileSync(path.join(dir, 'ca.pem'), pems.cert);
    env = { CHECK_EMULATOR_ENDPOINT: origin, CHECK_EMULATOR_CA_FILE: path.join(dir, 'ca.pem'), CHECK_TIMEOUT_MS: '5000' };
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    removeDir(dir);
  });

  it('blob check: the result card, then "Talk to a support engineer?"; yes, skip: the handoff event carries the check result', async () => {
    status = 500;
    const conversation = createCheckConversation(env);
    await conversation.say('check this blob');
    await conversation.say('yes');
    await conversation.say('skip');
    const replies = messages(await conversation.say(`${origin}/devstoreaccount1/c/b.txt?sp=r&sig=stand-in`));
    assert.match(replyText(replies[0]), /The storage service failed \(500 InternalError\)/);
    const offer = replies.find((reply) => cardTitle(reply) === 'Talk to a support engineer?');
    assert.ok(offer !== undefined, replies.map((reply) => cardTitle(reply) ?? reply.text).join(' | '));
    assert.match(replyText(offer), /The check found something that Azure support has to look at/);
    await conversation.say('yes');
    const handedOff = await conversation.say({ type: 'message', value: { cpk: 'answer', answer: 'skip' } });
    const event = handedOff.find((reply) => reply.type === 'event' && reply.name === 'handoff.initiate');
    assert.ok(event !== undefined, JSON.stringify(handedOff).slice(0, 300));
    const summary = JSON.stringify(event.value);
    assert.match(summary, /check-needs-support/);
    assert.match(summary, /The storage service failed \(500 InternalError\)/);
  });

  it('key inventory: a 503 offers a support engineer too', async () => {
    status = 503;
    const conversation = createCheckConversation(env);
    await conversation.say({ type: 'message', value: { cpk: 'check', check: 'key-inventory' } });
    await conversation.say('yes');
    await conversation.say('Current blobs only');
    const replies = messages(await conversation.say(`${origin}/devstoreaccount1/c?sp=l&sig=stand-in`));
    assert.ok(replies.some((reply) => /The storage service failed \(503 ServerBusy\)/.test(replyText(reply))), replies.map((reply) => replyText(reply)).join('\n'));
    assert.ok(replies.some((reply) => cardTitle(reply) === 'Talk to a support engineer?'));
  });

  it('a failure the user can fix (403) ends the check without offering a handoff', async () => {
    status = 403;
    const conversation = createCheckConversation(env);
    await conversation.say('check this blob');
    await conversation.say('yes');
    await conversation.say('skip');
    const replies = messages(await conversation.say(`${origin}/devstoreaccount1/c/b.txt?sp=r&sig=stand-in`));
    assert.ok(replies.length >= 1);
    assert.ok(!replies.some((reply) => cardTitle(reply) === 'Talk to a support engineer?'), replies.map((reply) => cardTitle(reply)).join(' | '));
  });
});
