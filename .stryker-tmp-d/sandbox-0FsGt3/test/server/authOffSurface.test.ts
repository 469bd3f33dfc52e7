/**
 * Auth off is local-only (issue #15): JSON only on /api/messages (a cross-site form cannot drive the bot),
 * loopback Host headers only (DNS rebinding), loopback serviceUrl only, no start on a non-loopback HOST unless
 * explicitly allowed; and a client cannot send the bot's own handoff event. All on loopback.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { startApp, type RunningApp } from '../../src/app';
import { ConfigError, loadConfig } from '../../src/config';
import { silentLogger } from '../../src/core/logging/logger';
import { renderTranscriptHtml } from '../../src/core/transcripts/renderTranscriptHtml';
import { isLoopbackHost, isLoopbackUrl } from '../../src/server/loopback';
import { checkUnauthenticatedExposure, REMOTE_WARNING } from '../../src/server/unauthenticatedExposure';
import { makeTempDir, removeDir } from '../support/tempDir';

function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message', id: `a${Math.random()}`, channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9', text: 'hello',
    from: { id: 'user-1' }, recipient: { id: 'bot' }, conversation: { id: `conv-${Math.random()}` }, deliveryMode: 'expectReplies',
    ...overrides,
  };
}

/** A raw request with any Host header (fetch does not let a test set it). */
function request(url: string, options: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: target.hostname, port: target.port, method: options.method, path: options.path, headers: options.headers, timeout: 10000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('auth off is local-only (issue #15)', () => {
  let app: RunningApp;
  let dir: string;
  const logs: string[] = [];

  before(async () => {
    dir = makeTempDir('auth-off');
    app = await startApp({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', TRANSCRIPT_DIR: path.join(dir, 'transcripts'), FEEDBACK_DIR: path.join(dir, 'feedback') }, (line) => logs.push(line));
  });
  after(async () => {
    await app.close();
    removeDir(dir);
  });

  for (const contentType of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/jsonx']) {
    it(`answers 415 to a ${contentType} post on /api/messages`, async () => {
      const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body: 'type=message&text=hello' });
      assert.equal(response.status, 415);
      assert.match(await response.text(), /application\/json/);
    });
  }

  it('answers JSON with a charset parameter', async () => {
    const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(activity()) });
    assert.equal(response.status, 200);
  });

  for (const host of ['evil.example', 'evil.example:3978', '192.168.1.10', 'localhost.evil.example']) {
    it(`refuses a request whose Host header is ${JSON.stringify(host)} (DNS rebinding) with 403, on every route`, async () => {
      for (const [method, route] of [['POST', '/api/messages'], ['GET', '/'], ['POST', '/api/directline/token'], ['POST', '/v3/directline/conversations']] as const) {
        const body = method === 'POST' ? JSON.stringify(activity()) : undefined;
        const response = await request(app.url, { method, path: route, headers: { host, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body }) });
        assert.equal(response.status, 403, `${method} ${route}`);
      }
    });
  }

  for (const host of ['localhost', '127.0.0.1', '[::1]', 'app.localhost']) {
    it(`answers a request whose Host header is ${host}`, async () => {
      const response = await request(app.url, { method: 'POST', path: '/api/messages', headers: { host: `${host}:1234`, 'content-type': 'application/json' }, body: JSON.stringify(activity()) });
      assert.equal(response.status, 200);
    });
  }

  for (const serviceUrl of ['https://evil.example/hook', 'http://10.0.0.5:8080', 'http://169.254.169.254/', 'file:///etc/passwd', 'http://localhost.evil.example']) {
    it(`refuses serviceUrl ${serviceUrl} with 400 and runs no turn`, async () => {
      const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity({ serviceUrl, deliveryMode: undefined })) });
      assert.equal(response.status, 400);
      assert.match(await response.text(), /serviceUrl must be a loopback URL/);
    });
  }

  it('refuses a client-sent handoff.initiate (it never becomes a case summary) and keeps handoff.status', async () => {
    const conversationId = 'forged-handoff';
    const forged = activity({ type: 'event', name: 'handoff.initiate', text: undefined, conversation: { id: conversationId }, from: { id: 'user-1', role: 'bot' }, value: { problem: 'FORGED SUMMARY', reason: 'user-request' } });
    const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(forged) });
    assert.equal(response.status, 200);
    for (const name of ['handoff.initiate', 'HANDOFF.INITIATE', 'handoff.custom']) {
      const again = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...forged, id: `b${Math.random()}`, name }) });
      assert.equal(again.status, 200);
    }
    await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity({ conversation: { id: conversationId }, text: 'hello' })) });
    assert.ok(logs.some((line) => line.includes('refused an event only the bot may send')));
    await app.close();
    app = await startApp({ PORT: '0', HOST: '127.0.0.1', TRANSCRIPT_DIR: path.join(dir, 'transcripts'), FEEDBACK_DIR: path.join(dir, 'feedback') }, () => undefined);
    const file = readdirSync(path.join(dir, 'transcripts')).find((name) => name.startsWith(conversationId));
    assert.ok(file !== undefined, 'the conversation has a transcript');
    const transcript = readFileSync(path.join(dir, 'transcripts', file), 'utf8');
    assert.doesNotMatch(transcript, /FORGED SUMMARY|handoff\.initiate/i);
  });

  it('the transcript page never takes a user-sent handoff.initiate for the case summary', () => {
    const html = renderTranscriptHtml([
      { type: 'event', name: 'handoff.initiate', from: { id: 'user-1', role: 'user' }, recipient: { id: 'bot', role: 'bot' }, value: { problem: 'FORGED SUMMARY' } },
      { type: 'message', text: 'hi', from: { id: 'user-1', role: 'user' } },
    ]);
    assert.doesNotMatch(html, /Case summary|FORGED SUMMARY/);
    assert.match(html, /user event/);
  });
});

describe('an unauthenticated bot does not listen beyond loopback (issue #15)', () => {
  it('refuses to start on HOST=0.0.0.0 with auth off, naming the variable', async () => {
    await assert.rejects(startApp({ PORT: '0', HOST: '0.0.0.0' }, () => undefined), (error: unknown) => error instanceof ConfigError && error.variable === 'HOST' && /ALLOW_UNAUTHENTICATED_REMOTE/.test(error.message));
  });

  for (const host of ['0.0.0.0', '::', '192.168.1.10', 'my-host.example']) {
    it(`refuses HOST=${host} with auth off, allows it with MicrosoftAppId set`, () => {
      assert.throws(() => checkUnauthenticatedExposure(loadConfig({ HOST: host }), silentLogger, () => undefined), ConfigError);
      checkUnauthenticatedExposure(loadConfig({ HOST: host, MicrosoftAppId: 'app-id', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa' }), silentLogger, () => assert.fail('no warning with auth on'));
    });
  }

  it('starts with a loud warning when ALLOW_UNAUTHENTICATED_REMOTE=true', () => {
    const warnings: string[] = [];
    checkUnauthenticatedExposure(loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_REMOTE: 'true' }), silentLogger, (line) => warnings.push(line));
    assert.deepEqual(warnings, [REMOTE_WARNING]);
    assert.match(REMOTE_WARNING, /^WARNING: authentication is OFF/);
  });

  it('refuses a malformed ALLOW_UNAUTHENTICATED_REMOTE', () => {
    assert.throws(() => loadConfig({ ALLOW_UNAUTHENTICATED_REMOTE: 'yes' }), ConfigError);
  });

  it('knows loopback names and addresses', () => {
    for (const host of ['localhost', 'LOCALHOST', 'a.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '::ffff:127.0.0.1']) {
      assert.equal(isLoopbackHost(host), true, host);
    }
    for (const host of ['0.0.0.0', '::', '10.0.0.1', 'localhost.evil.example', 'evil.example', '128.0.0.1', '']) {
      assert.equal(isLoopbackHost(host), false, host);
    }
    assert.equal(isLoopbackUrl('http://127.0.0.1:3978/bridge/x'), true);
    assert.equal(isLoopbackUrl('ftp://127.0.0.1/'), false);
    assert.equal(isLoopbackUrl(42), false);
  });
});

describe('the container default is safe (issue #15)', () => {
  it('`npm start` with HOST=0.0.0.0 and no MicrosoftAppId exits 1 with one line naming HOST (before listening)', async () => {
    const entry = path.join(__dirname, '..', '..', 'src', 'index.js');
    const result = await new Promise<{ code: unknown; stderr: string }>((resolve) => {
      execFile(process.execPath, [entry], { env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '0.0.0.0' }, timeout: 15000 }, (error, _stdout, stderr) => {
        resolve({ code: error?.code ?? 0, stderr });
      });
    });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Invalid configuration: HOST must be a loopback address .*ALLOW_UNAUTHENTICATED_REMOTE=true/);
  });

  it("the Dockerfile's environment (HOST=0.0.0.0, no MicrosoftAppId) does not start an unauthenticated bot", async () => {
    const dockerfile = readFileSync(path.join(__dirname, '..', '..', '..', 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    assert.doesNotMatch(dockerfile, /ALLOW_UNAUTHENTICATED_REMOTE\s*=\s*true/i);
    assert.doesNotMatch(runtime, /MicrosoftAppId\s*=\s*\S/);
    const host = /HOST=(\S+)/.exec(runtime)?.[1] ?? '127.0.0.1';
    await assert.rejects(startApp({ PORT: '0', HOST: host }, () => undefined), ConfigError);
  });
});
