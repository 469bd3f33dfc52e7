/**
 * One case served by two bot processes on shared Blob storage (Azurite) (issue #19, item 1): the user talks to
 * instance A, the engineer works the desk on instance B; both see one case. Two engineers accepting at the same
 * moment on different instances: the case store's eTags let exactly one win.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { CASE_TEXT } from '../../src/core/cases/caseViews';
import { type Azurite, startAzurite } from '../support/azurite';
import { type ConnectorCapture, startConnectorCapture } from '../support/connectorCapture';
import { type BotProcess, startBotProcess } from './botProcess';
import { escalateToCase, webChatUserActivity } from '../support/caseUser';

const KEY = `two-instances-${randomBytes(24).toString('hex')}`;

describe('a case served by two bot processes on shared Blob storage (Azurite)', function () {
  this.timeout(90_000);
  let azurite: Azurite | undefined;
  let capture: ConnectorCapture;
  let a: BotProcess | undefined;
  let b: BotProcess | undefined;
  const suffix = randomUUID().slice(0, 8);

  before(async () => {
    azurite = await startAzurite();
    capture = await startConnectorCapture();
    const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_CONTAINER: `case-state-${suffix}`, TRANSCRIPT_CONTAINER: `case-transcripts-${suffix}`, AGENT_DESK_KEY: KEY };
    [a, b] = await Promise.all([startBotProcess(env), startBotProcess(env)]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await capture.close();
    await azurite?.stop();
  });

  function userOn(bot: BotProcess, conversationId: string): (body: Partial<Activity>) => Promise<Partial<Activity>[]> {
    return (body) => bot.send(webChatUserActivity(capture.url, conversationId, body));
  }

  async function desk(bot: BotProcess, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${bot.url}/api/agent/${path}`, {
      method,
      headers: { authorization: `Bearer ${KEY}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(20_000),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  async function escalate(say: (body: Partial<Activity>) => Promise<Partial<Activity>[]>): Promise<void> {
    await escalateToCase(say);
  }

  async function caseOf(bot: BotProcess, conversationId: string): Promise<string> {
    const cases = (await desk(bot, 'GET', 'cases')).json.cases as { id: string; conversationId: string }[];
    const found = cases.find((item) => item.conversationId === conversationId);
    assert.ok(found, `instance lists the case of ${conversationId}: ${JSON.stringify(cases)}`);
    return found.id;
  }

  it('the user on A, the engineer on B: listed, accepted, relayed both ways and closed across instances', async () => {
    const conversationId = `two-${suffix}`;
    const say = userOn(a!, conversationId);
    await escalate(say);
    const caseId = await caseOf(b!, conversationId);
    assert.equal((await desk(b!, 'POST', `cases/${caseId}/accept`, { agentName: 'Alex Rivera' })).status, 200);
    await capture.waitFor((item) => item.url.includes(conversationId) && item.body.text === CASE_TEXT.joined('Alex Rivera'));
    assert.deepEqual(await say({ text: 'here is the request id 1b2c3d4e-0000-1111-2222-333344445555' }), [], 'A stays quiet: B\'s engineer has the case');
    const messages = (await desk(b!, 'GET', `cases/${caseId}/messages`)).json.messages as { from: string; text: string }[];
    assert.ok(messages.some((message) => message.from === 'user' && message.text.includes('1b2c3d4e')), 'B reads what A added');
    assert.equal((await desk(a!, 'POST', `cases/${caseId}/messages`, { text: 'Thanks, looking at it.' })).status, 200, 'A may deliver for the same engineer');
    await capture.waitFor((item) => item.url.includes(conversationId) && item.body.text === 'Alex Rivera (support): Thanks, looking at it.');
    assert.equal((await desk(b!, 'POST', `cases/${caseId}/close`, {})).status, 200);
    await capture.waitFor((item) => item.url.includes(conversationId) && item.body.text === CASE_TEXT.back.agent);
    const back = await say({ text: 'Which SDK versions support customer-provided keys?' });
    assert.ok(back.length > 0 && !back.some((reply) => reply.text === CASE_TEXT.stillWaiting), 'A is back for the user');
    assert.equal((await desk(a!, 'POST', `cases/${caseId}/close`, {})).status, 409, 'A sees the close B made');
  });

  it('two engineers accepting one case at once on two instances: exactly one wins, the other gets 409', async () => {
    const conversationId = `race-${suffix}`;
    await escalate(userOn(b!, conversationId));
    const caseId = await caseOf(a!, conversationId);
    const [first, second] = await Promise.all([
      desk(a!, 'POST', `cases/${caseId}/accept`, { agentName: 'Alex Rivera' }),
      desk(b!, 'POST', `cases/${caseId}/accept`, { agentName: 'Sam Lee' }),
    ]);
    assert.deepEqual([first.status, second.status].sort(), [200, 409], JSON.stringify([first.json, second.json]));
    const joined = capture.posted.filter((item) => item.url.includes(conversationId) && /from support has joined/.test(item.body.text ?? ''));
    assert.equal(joined.length, 1, 'the user hears of one engineer only');
  });
});
