/**
 * Issue #18, item 3: the HTTP side of a graceful stop on a real restify server. Once draining, new requests get
 * 503 with `Connection: close`, requests of turns in flight are still served, idle keep-alive sockets are closed,
 * and the drain ends when the requests in flight have ended, or at its deadline.
 */
// @ts-nocheck

// First, as in src/app.ts: restify's server would otherwise load spdy (and print its deprecation warning).
import '../../src/startup/deferUnusedModules';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { Server } from 'restify';
import { RequestDrain } from '../../src/server/requestDrain';
import { createRestifyServer } from '../../src/server/restifyKit';

interface Reply {
  status: number;
  connection: string | undefined;
}

function get(port: number, path: string, headers: Record<string, string> = {}, agent?: http.Agent): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, headers, agent, timeout: 5000 }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }));
    });
    request.on('timeout', () => request.destroy(new Error(`no answer to ${path}`)));
    request.on('error', reject);
  });
}

describe('graceful stop: RequestDrain on a restify server (issue #18)', () => {
  let server: Server;
  let port = 0;
  let drain: RequestDrain;
  let release: () => void = () => undefined;

  beforeEach(async () => {
    drain = new RequestDrain((req) => req.header('x-turn-in-flight', '') === 'yes');
    server = createRestifyServer('drain-test');
    drain.install(server);
    server.get('/slow', async (_req, res) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      res.send(200, { done: true });
    });
    server.get('/fast', async (_req, res) => {
      res.send(200, { ok: true });
    });
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', () => resolve());
    });
    port = server.address().port;
  });
  afterEach(async () => {
    release();
    server.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
    });
  });

  it('refuses new work, serves the work of turns in flight, closes idle sockets, and waits for the request in flight', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    assert.equal((await get(port, '/fast', {}, agent)).status, 200);
    const idle = Object.values(agent.freeSockets).flat()[0];
    assert.ok(idle !== undefined, 'a keep-alive socket is idle in the agent');
    const idleClosed = new Promise<void>((resolve) => idle.once('close', () => resolve()));

    const slow = get(port, '/slow');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const drained = drain.drain(server, 10_000);
    await idleClosed;

    const refused = await get(port, '/fast');
    assert.deepEqual(refused, { status: 503, connection: 'close' });
    const supporting = await get(port, '/fast', { 'x-turn-in-flight': 'yes' });
    assert.deepEqual(supporting, { status: 200, connection: 'close' });

    release();
    assert.equal((await slow).status, 200, 'the request in flight finished');
    assert.deepEqual(await drained, { unfinished: 0 });
    agent.destroy();
  });

  it('stops waiting at its deadline and reports what is still running', async () => {
    const slow = get(port, '/slow').catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(await drain.drain(server, 300), { unfinished: 1 });
    release();
    await slow;
  });
});
