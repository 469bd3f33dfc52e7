/**
 * Issue #18, item 4: the bridge delivers a user's message to the bot first and shows it only when the bot took
 * it; a refused WebSocket client gets a clear Direct Line error instead of a missing stream URL.
 */
// First, as in src/app.ts: restify's server would otherwise load spdy (and print its deprecation warning).
import '../../src/startup/deferUnusedModules';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { Server } from 'restify';
import { createLogger } from '../../src/core/logging/logger';
import { ConversationStore } from '../../src/directline/conversationStore';
import { registerDirectLineBridge } from '../../src/directline/registerDirectLineBridge';
import { WEBSOCKETS_REFUSED } from '../../src/directline/refuseWebSockets';
import { bodyParser, createRestifyServer } from '../../src/server/restifyKit';
import { freePort } from '../support/childProcess';

describe('local Direct Line bridge: deliver first, refuse WebSockets (issue #18)', () => {
  let server: Server;
  let url = '';

  before(async () => {
    // The bot's address is a port nobody listens on: every delivery fails.
    const deadBot = `http://127.0.0.1:${await freePort()}`;
    server = createRestifyServer('bridge-test');
    server.use(bodyParser({ mapParams: false }));
    registerDirectLineBridge(server, { store: new ConversationStore(), logger: createLogger('error', () => undefined), botUrl: () => deadBot });
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', () => resolve());
    });
    url = `http://127.0.0.1:${server.address().port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
    });
  });

  const post = (path: string, token?: string, body?: unknown): Promise<Response> =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('a message the bot did not take gets 502 and is not shown as sent', async () => {
    const started = (await (await post('/v3/directline/conversations')).json()) as { conversationId: string; token: string };
    const sent = await post(`/v3/directline/conversations/${started.conversationId}/activities`, started.token, { type: 'message', text: 'hello?' });
    assert.equal(sent.status, 502);
    const list = (await (
      await fetch(`${url}/v3/directline/conversations/${started.conversationId}/activities`, { headers: { authorization: `Bearer ${started.token}` } })
    ).json()) as { activities: { text?: string }[] };
    assert.deepEqual(
      list.activities.filter((activity) => activity.text === 'hello?'),
      [],
      'the undelivered message is not in the conversation',
    );
  });

  it('gives WebSocket clients a stream URL whose upgrade and reconnect are refused with a Direct Line error', async () => {
    const started = (await (await post('/v3/directline/conversations')).json()) as { conversationId: string; token: string; streamUrl: string };
    assert.match(started.streamUrl, /^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/.+\/stream$/);
    const upgrade = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(started.streamUrl.replace(/^ws:/, 'http:'), {
        headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' },
        timeout: 5000,
      });
      request.on('response', (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('upgrade', () => reject(new Error('the bridge accepted a WebSocket')));
      request.on('timeout', () => request.destroy(new Error('no answer to the upgrade')));
      request.on('error', reject);
      request.end();
    });
    assert.equal(upgrade.status, 400, 'the upgrade is refused');
    assert.match(upgrade.body, /does not support WebSockets/);
    const reconnect = await fetch(`${url}/v3/directline/conversations/${started.conversationId}?watermark=`, { headers: { authorization: `Bearer ${started.token}` } });
    assert.equal(reconnect.status, 404, 'Direct Line clients end the conversation on 404');
    assert.deepEqual(await reconnect.json(), { error: { code: 'BadArgument', message: WEBSOCKETS_REFUSED } });
  });
});
