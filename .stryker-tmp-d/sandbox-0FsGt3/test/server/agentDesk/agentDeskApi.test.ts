/**
 * The agent desk's JSON API over loopback against the real app (issue #19, item 2): a web chat user's case is
 * listed with its summary, accepted, carried both ways with the bot quiet, and closed with the bot back; the
 * proactive side of the relay lands in a loopback connector capture. Bad input gets clear 4xx answers.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { startApp, type RunningApp } from '../../../src/app';
import { CASE_TEXT } from '../../../src/core/cases/caseViews';
import { type ConnectorCapture, startConnectorCapture } from '../../support/connectorCapture';
import { botOutputDirs, readAllFiles } from '../../support/tempDir';
import { replyText } from '../../support/testConversation';
import { type CaseUserReply, webChatUser } from '../../support/caseUser';

type Reply = CaseUserReply;

const KEY = `desk-${randomBytes(24).toString('hex')}`;
const CONVERSATION = `dl-desk-${randomBytes(4).toString('hex')}`;
/** A fresh CPK key the agent and the user paste (random: no fixed key can be special-cased). */
const CPK_KEY = randomBytes(32).toString('base64');

describe('agent desk JSON API over loopback: list, accept, relay both ways, close', function () {
  this.timeout(60_000);
  const output = botOutputDirs('agent-desk');
  let app: RunningApp | undefined;
  let capture: ConnectorCapture;
  let caseId = '';
  let initiated: unknown;

  before(async () => {
    capture = await startConnectorCapture();
    app = await startApp({ PORT: '0', LOG_LEVEL: 'warn', AGENT_DESK_KEY: KEY, ...output.env }, () => undefined);
  });
  after(async () => {
    await app?.close();
    await capture.close();
    output.remove();
  });

  const say = (body: Record<string, unknown>): Promise<Reply[]> => webChatUser(() => app!.url, capture.url, CONVERSATION)(body);

  async function desk(method: 'GET' | 'POST', path: string, body?: unknown, authorization = `Bearer ${KEY}`): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${app!.url}/api/agent/${path}`, {
      method,
      headers: { ...(authorization === '' ? {} : { authorization }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : { text } };
  }

  /** Activities the relay delivered to the user's conversation (proactively, through the connector). */
  const toUser = (): string[] => capture.posted.filter((item) => item.url.includes(CONVERSATION)).map((item) => item.body.text ?? '');

  it('refuses every call without the key, with a wrong key, a longer or shorter one, or another scheme (401)', async () => {
    const someId = '00000000-0000-4000-8000-000000000000';
    const calls: ['GET' | 'POST', string, unknown][] = [
      ['GET', 'cases', undefined],
      ['GET', `cases/${someId}/messages`, undefined],
      ['POST', `cases/${someId}/accept`, { agentName: 'Eve' }],
      ['POST', `cases/${someId}/messages`, { text: 'hi' }],
      ['POST', `cases/${someId}/close`, {}],
    ];
    const wrong = ['', `Bearer ${KEY.slice(0, -1)}`, `Bearer ${KEY}x`, `Bearer ${randomBytes(32).toString('hex')}`, `Basic ${Buffer.from(`agent:${KEY}`).toString('base64')}`, KEY];
    for (const [method, path, body] of calls) {
      for (const authorization of wrong) {
        const answer = await desk(method, path, body, authorization);
        assert.equal(answer.status, 401, `${method} ${path} with "${authorization.slice(0, 12)}…"`);
        assert.match(String(answer.json.error), /Bearer/);
      }
    }
  });

  it('lists the case of a web chat user who asked for a human, with the handoff.initiate value as its summary', async () => {
    await say({ text: 'Download fails with BlobCustomerSpecifiedEncryptionMismatch' });
    const confirm = await say({ text: 'talk to a human' });
    assert.ok(confirm.some((reply) => /An engineer will join this conversation/.test(replyText(reply))), 'the confirmation promises an engineer: the desk is on');
    await say({ value: { cpk: 'handoff' } });
    const handedOff = await say({ value: { cpk: 'answer', answer: 'skip' } });
    initiated = handedOff.find((reply) => reply.type === 'event' && reply.name === 'handoff.initiate')?.value;
    assert.ok(initiated !== undefined, 'the handoff.initiate event still goes out');
    const listed = await desk('GET', 'cases');
    assert.equal(listed.status, 200);
    const cases = listed.json.cases as Record<string, unknown>[];
    const mine = cases.filter((item) => item.conversationId === CONVERSATION);
    assert.equal(mine.length, 1);
    assert.deepEqual(Object.keys(mine[0]).sort(), ['channel', 'conversationId', 'createdAt', 'id', 'state', 'summary']);
    assert.equal(mine[0].channel, 'directline');
    assert.equal(mine[0].state, 'waiting');
    assert.deepEqual(mine[0].summary, initiated);
    caseId = String(mine[0].id);
  });

  it('while the case waits, each user message is acknowledged and added to the case', async () => {
    const replies = await say({ text: 'I also tried the old key' });
    assert.deepEqual(replies.map((reply) => reply.text), [CASE_TEXT.stillWaiting]);
    const messages = (await desk('GET', `cases/${caseId}/messages`)).json.messages as { from: string; text: string; timestamp: string }[];
    assert.deepEqual(messages.map((message) => [message.from, message.text]), [['user', 'I also tried the old key']]);
    assert.deepEqual(Object.keys(messages[0]).sort(), ['from', 'text', 'timestamp']);
  });

  it('refuses a reply before Accept (409), then Accept tells the user "<agentName> from support has joined"', async () => {
    const early = await desk('POST', `cases/${caseId}/messages`, { text: 'hello' });
    assert.equal(early.status, 409);
    assert.match(String(early.json.error), /Accept the case first/);
    const accepted = await desk('POST', `cases/${caseId}/accept`, { agentName: 'Alex Rivera' });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.json));
    assert.equal(accepted.json.state, 'active');
    await capture.waitFor((item) => item.url.includes(CONVERSATION) && /Alex Rivera from support has joined/.test(item.body.text ?? ''));
    const again = await desk('POST', `cases/${caseId}/accept`, { agentName: 'Someone Else' });
    assert.equal(again.status, 409, 'another engineer cannot take an accepted case');
  });

  it('relays both ways with the bot quiet: the agent\'s words reach the user, the user\'s reply reaches the case and nothing else', async () => {
    const sent = await desk('POST', `cases/${caseId}/messages`, { text: 'Please send the request id of the failing call.' });
    assert.equal(sent.status, 200, JSON.stringify(sent.json));
    await capture.waitFor((item) => item.body.text === 'Alex Rivera (support): Please send the request id of the failing call.');
    const quiet = await say({ text: 'Which SDK versions support customer-provided keys?' });
    assert.deepEqual(quiet, [], 'the bot answers nothing while an engineer has the case');
    const messages = (await desk('GET', `cases/${caseId}/messages`)).json.messages as { from: string; text: string }[];
    assert.deepEqual(messages.slice(-2).map((message) => [message.from, message.text]), [
      ['agent', 'Please send the request id of the failing call.'],
      ['user', 'Which SDK versions support customer-provided keys?'],
    ]);
  });

  it('redacts a CPK key or the desk key pasted by the agent or the user, in the case and in what the user receives', async () => {
    const cpkKey = CPK_KEY;
    const fingerprint = createHash('sha256').update(Buffer.from(cpkKey, 'base64')).digest('base64');
    assert.equal((await desk('POST', `cases/${caseId}/messages`, { text: `try x-ms-encryption-key: ${cpkKey} and desk ${KEY}` })).status, 200);
    await say({ text: `my key is ${cpkKey}` });
    await capture.waitFor((item) => (item.body.text ?? '').includes('try x-ms-encryption-key'));
    const messages = JSON.stringify((await desk('GET', `cases/${caseId}/messages`)).json.messages);
    for (const seen of [messages, JSON.stringify(capture.posted)]) {
      assert.ok(!seen.includes(cpkKey), 'no CPK key');
      assert.ok(!seen.includes(KEY), 'no desk key');
    }
    assert.ok(messages.includes(`[key sha256=${fingerprint}]`), 'the key is replaced by its fingerprint');
    assert.ok(messages.includes('[agent desk key]'), 'the desk key is replaced');
  });

  it('answers bad input with clear 4xx: a 32 KB message, an empty one, no agent name, a malformed body, an unknown or malformed case id', async () => {
    const big = await desk('POST', `cases/${caseId}/messages`, { text: 'x'.repeat(32 * 1024) });
    assert.equal(big.status, 413);
    assert.match(String(big.json.error), /32768 characters; a message to the user may have at most 4000/);
    assert.equal((await desk('POST', `cases/${caseId}/messages`, { text: '   ' })).status, 400);
    assert.equal((await desk('POST', `cases/${caseId}/messages`, { message: 'wrong field' })).status, 400);
    assert.equal((await desk('POST', `cases/${caseId}/accept`, {})).status, 400);
    const unknown = await desk('POST', 'cases/11111111-2222-4333-8444-555555555555/messages', { text: 'hi' });
    assert.equal(unknown.status, 404);
    assert.match(String(unknown.json.error), /No such case/);
    assert.equal((await desk('GET', 'cases/not-a-case-id/messages')).status, 404);
    assert.equal((await desk('GET', 'cases/..%2F..%2Findex/messages')).status, 404);
    const form = await fetch(`${app!.url}/api/agent/cases/${caseId}/close`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    assert.equal(form.status, 415);
    assert.ok(!toUser().some((text) => text.includes('x'.repeat(100))), 'nothing of the refused message reached the user');
  });

  it('Close brings the bot back and says so, asks to rate the human help, and the closed case refuses more (409)', async () => {
    const closed = await desk('POST', `cases/${caseId}/close`, {});
    assert.equal(closed.status, 200);
    assert.equal(closed.json.state, 'closed');
    await capture.waitFor((item) => item.body.text === CASE_TEXT.back.agent);
    const rating = await capture.waitFor((item) => JSON.stringify(item.body.attachments ?? []).includes('How was the help from support?'));
    assert.match(JSON.stringify(rating.body.attachments), /"cpk":"rateHuman"/);
    for (const [path, body] of [[`cases/${caseId}/messages`, { text: 'late' }], [`cases/${caseId}/accept`, { agentName: 'Alex Rivera' }], [`cases/${caseId}/close`, {}]] as const) {
      const refused = await desk('POST', path, body);
      assert.equal(refused.status, 409, path);
      assert.match(String(refused.json.error), /closed/);
    }
    const cases = (await desk('GET', 'cases')).json.cases as { id: string }[];
    assert.ok(!cases.some((item) => item.id === caseId), 'a closed case leaves the list');
    const back = await say({ text: 'Which SDK versions support customer-provided keys?' });
    assert.ok(back.some((reply) => /SDK and REST versions/.test(replyText(reply))), 'the bot answers again');
    const rated = await say({ value: { cpk: 'rateHuman', caseId, helpful: true } });
    assert.match(replyText(rated[0]), /engineer helped/);
  });

  it('the transcript holds the engineer\'s words with the engineer named, and no key', async () => {
    await app!.close();
    app = undefined;
    const transcripts = readAllFiles(output.dir).filter((file) => file.file.includes(CONVERSATION));
    assert.equal(transcripts.length, 1, readAllFiles(output.dir).map((file) => file.file).join(', '));
    const text = transcripts[0].text;
    assert.ok(text.includes('Alex Rivera (support): Please send the request id of the failing call.'));
    assert.ok(text.includes('Alex Rivera from support has joined'));
    assert.ok(!text.includes(KEY), 'no desk key');
    assert.ok(!text.includes(CPK_KEY), 'no CPK key, from the agent or the user');
    assert.match(text, /\[key sha256=/);
  });
});
