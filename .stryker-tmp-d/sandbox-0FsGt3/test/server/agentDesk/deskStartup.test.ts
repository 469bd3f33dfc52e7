/**
 * How the agent desk comes up (issue #19): with auth off and no key, `npm start`'s entry point prints the desk
 * URL with a generated key once on stdout, and that key (only) opens the API; with auth on, the desk is off
 * unless a key of at least 32 characters is configured. And a case nobody accepts is closed by the timeout
 * sweep, with a message to the user, without waiting for the user's next message.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startApp, type RunningApp } from '../../../src/app';
import { CASE_TEXT } from '../../../src/core/cases/caseViews';
import { type ConnectorCapture, startConnectorCapture } from '../../support/connectorCapture';
import { botOutputDirs } from '../../support/tempDir';
import { type BotProcess, startBotProcess } from '../../storage/botProcess';

async function get(url: string, authorization?: string): Promise<number> {
  const response = await fetch(url, { headers: authorization === undefined ? {} : { authorization }, signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  return response.status;
}

describe('agent desk start-up: a generated key printed once; auth on needs a configured key', function () {
  this.timeout(60_000);

  describe('auth off, no AGENT_DESK_KEY (the real entry point)', () => {
    let bot: BotProcess | undefined;
    before(async () => {
      bot = await startBotProcess({});
    });
    after(async () => {
      await bot?.stop();
    });

    it('prints the desk URL with a generated key once on stdout; that key opens the API and appears nowhere else', async () => {
      // The desk line follows the listening line the start-up helper waits for: wait for it too (bounded).
      for (let waited = 0; waited < 10_000 && !bot!.output().includes('Agent desk: '); waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const output = bot!.output();
      const lines = output.split('\n').filter((line) => line.startsWith('Agent desk: '));
      assert.equal(lines.length, 1, output);
      const match = /^Agent desk: (http:\/\/127\.0\.0\.1:\d+\/agent)#key=([A-Za-z0-9_-]{43})$/.exec(lines[0]);
      assert.ok(match, lines[0]);
      const [, deskUrl, key] = match;
      assert.equal(output.split(key).length - 1, 1, 'the key is printed once and never logged');
      assert.equal(await get(deskUrl), 200, 'the page itself needs no key (it asks for one)');
      assert.equal(await get(`${bot!.url}/api/agent/cases`), 401);
      assert.equal(await get(`${bot!.url}/api/agent/cases`, `Bearer ${key.slice(1)}`), 401);
      assert.equal(await get(`${bot!.url}/api/agent/cases`, `Bearer ${key}`), 200);
    });
  });

  describe('auth on', () => {
    const output = botOutputDirs('desk-auth-on');
    const authOn = { MicrosoftAppId: '00000000-0000-4000-8000-0000000000aa', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: '00000000-0000-4000-8000-0000000000bb', MicrosoftAppPassword: 'not-used-offline' };
    const apps: RunningApp[] = [];
    after(async () => {
      await Promise.all(apps.map((app) => app.close()));
      output.remove();
    });

    it('without a key, or with one under 32 characters, the desk is off and says how to turn it on', async () => {
      for (const key of ['', 'k'.repeat(31)]) {
        const app = await startApp({ PORT: '0', LOG_LEVEL: 'warn', ...authOn, AGENT_DESK_KEY: key, ...output.env }, () => undefined);
        apps.push(app);
        assert.equal(app.agentDesk, undefined);
        const response = await fetch(`${app.url}/api/agent/cases`, { headers: { authorization: `Bearer ${key}` } });
        assert.equal(response.status, 404);
        assert.match(((await response.json()) as { error: string }).error, /agent desk is off.*at least 32 characters/);
        assert.equal(await get(`${app.url}/agent`), 404);
      }
    });

    it('with a key of 32 characters or more, the desk is on behind it', async () => {
      const key = randomBytes(24).toString('base64url');
      const app = await startApp({ PORT: '0', LOG_LEVEL: 'warn', ...authOn, AGENT_DESK_KEY: key, ...output.env }, () => undefined);
      apps.push(app);
      assert.equal(app.agentDesk?.generated, false);
      assert.equal(await get(`${app.url}/api/agent/cases`), 401);
      assert.equal(await get(`${app.url}/api/agent/cases`, `Bearer ${key}`), 200);
    });
  });

  describe('queue timeout', () => {
    const output = botOutputDirs('desk-timeout');
    let app: RunningApp | undefined;
    let capture: ConnectorCapture;
    const key = randomBytes(24).toString('base64url');
    before(async () => {
      capture = await startConnectorCapture();
      app = await startApp({ PORT: '0', LOG_LEVEL: 'warn', HANDOFF_QUEUE_TIMEOUT_SECONDS: '1', AGENT_DESK_KEY: key, ...output.env }, () => undefined);
    });
    after(async () => {
      await app?.close();
      await capture.close();
      output.remove();
    });

    it('closes a case nobody accepted and tells the user the bot is back, before the user writes again', async () => {
      const conversationId = `timeout-${randomBytes(4).toString('hex')}`;
      const say = async (body: Record<string, unknown>): Promise<{ text?: string }[]> => {
        const response = await fetch(`${app!.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', channelId: 'directline', serviceUrl: capture.url, from: { id: 'u1', name: 'Dana' }, recipient: { id: 'bot' }, conversation: { id: conversationId }, deliveryMode: 'expectReplies', ...body }),
        });
        return ((await response.json()) as { activities: { text?: string }[] }).activities;
      };
      await say({ text: 'talk to a human' });
      await say({ value: { cpk: 'handoff' } });
      await say({ value: { cpk: 'answer', answer: 'skip' } });
      await capture.waitFor((item) => item.url.includes(conversationId) && item.body.text === CASE_TEXT.back.timeout(1), 15_000);
      const cases = await fetch(`${app!.url}/api/agent/cases`, { headers: { authorization: `Bearer ${key}` } });
      assert.deepEqual(((await cases.json()) as { cases: unknown[] }).cases, []);
      const next = await say({ text: 'Which SDK versions support customer-provided keys?' });
      assert.ok(next.length > 0 && !next.some((reply) => reply.text === CASE_TEXT.stillWaiting), 'the bot answers again');
    });
  });
});
