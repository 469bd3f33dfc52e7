/**
 * Issue #18, item 4: the bridge delivers a user's message to the bot first and shows it only when the bot took
 * it; a refused WebSocket client gets a clear Direct Line error instead of a missing stream URL.
 */
// @ts-nocheck

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

  it('answers a WebSocket with a message that says to poll, then refuses posts and the reconnect of that conversation', async () => {
    const started = (await (await post('/v3/directline/conversations')).json()) as { conversationId: string; token: string; streamUrl: string };
    assert.match(started.streamUrl, /^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/.+\/stream$/);
    const received = await new Promise<Buffer>((resolve, reject) => {
      const request = http.request(started.streamUrl.replace(/^ws:/, 'http:'), {
        headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' },
        timeout: 5000,
      });
      request.on('upgrade', (response, socket, head: Buffer) => {
        assert.equal(response.headers['sec-websocket-accept'], 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=', 'the RFC 6455 sample handshake');
        // Bytes that came with the handshake arrive in `head`.
        const chunks: Buffer[] = [head];
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.on('end', () => resolve(Buffer.concat(chunks)));
        socket.on('error', reject);
      });
      request.on('response', (response) => reject(new Error(`no upgrade: HTTP ${response.statusCode ?? 0}`)));
      request.on('timeout', () => request.destroy(new Error('no answer to the upgrade')));
      request.on('error', reject);
      request.end();
    });
    // First frame: text (0x81), 16-bit length; its payload is a Direct Line activity set.
    assert.equal(received[0], 0x81);
    const length = received[1] === 126 ? received.readUInt16BE(2) : received[1];
    const offset = received[1] === 126 ? 4 : 2;
    const set = JSON.parse(received.subarray(offset, offset + length).toString('utf8')) as { activities: { type: string; text: string }[] };
    assert.deepEqual(set.activities.map((activity) => [activity.type, activity.text]), [['message', WEBSOCKETS_REFUSED]]);
    assert.equal(received[offset + length], 0x88, 'then a close frame');

    const sent = await post(`/v3/directline/conversations/${started.conversationId}/activities`, started.token, { type: 'message', text: 'hi' });
    assert.equal(sent.status, 400, 'a post from the refused client fails instead of waiting for replies it cannot get');
    assert.deepEqual(await sent.json(), { error: { code: 'BadArgument', message: WEBSOCKETS_REFUSED } });
    const reconnect = await fetch(`${url}/v3/directline/conversations/${started.conversationId}?watermark=`, { headers: { authorization: `Bearer ${started.token}` } });
    assert.equal(reconnect.status, 404, 'Direct Line clients end the conversation on 404');
  });

  it('refuses an upgrade for an unknown conversation with 400 and the Direct Line error', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${url}/v3/directline/conversations/unknown/stream`, {
        headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' },
        timeout: 5000,
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('upgrade', () => reject(new Error('accepted a WebSocket for an unknown conversation')));
      request.on('timeout', () => request.destroy(new Error('no answer')));
      request.on('error', reject);
      request.end();
    });
    assert.equal(status, 400);
  });
});
