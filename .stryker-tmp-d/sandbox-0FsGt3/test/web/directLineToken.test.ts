// @ts-nocheck
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApp, type RunningApp } from '../../src/app';
import { ConfigError, loadConfig } from '../../src/config';
import { botOutputDirs } from '../support/tempDir';

/** The bot's transcripts, feedback and spool go to a temporary folder, never into the project (issue #21). */
const outputs = botOutputDirs('dl-token');

const SECRET = 'stand-in-direct-line-secret-Zq7xY2';

interface Recorded {
  path: string;
  authorization: string | undefined;
  body: { user?: { id?: string }; trustedOrigins?: string[] };
}

/** A loopback stand-in for `directline.botframework.com` token generation. */
class TokenService {
  readonly requests: Recorded[] = [];
  status = 200;
  private server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
    });
    req.on('end', () => {
      this.requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body: JSON.parse(raw || '{}') as Recorded['body'] });
      res.writeHead(this.status, { 'content-type': 'application/json' });
      res.end(this.status === 200 ? JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 }) : JSON.stringify({ error: { code: 'BadArgument', message: `bad secret ${SECRET}` } }));
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

async function askToken(app: RunningApp, origin?: string): Promise<Response> {
  return fetch(`${app.url}/api/directline/token`, { method: 'POST', headers: origin === undefined ? {} : { origin } });
}

describe('production Direct Line: POST /api/directline/token against a stand-in token service', () => {
  after(() => outputs.remove());
  const service = new TokenService();
  const logs: string[] = [];
  let endpoint: string;
  let app: RunningApp;

  before(async () => {
    endpoint = await service.start();
    app = await startApp(
      { ...outputs.env, 
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'debug',
        DIRECT_LINE_SECRET: SECRET,
        DIRECT_LINE_ENDPOINT: endpoint,
        DIRECT_LINE_TRUSTED_ORIGINS: 'https://support.contoso.com',
      },
      (line) => logs.push(line),
    );
  });
  after(async () => {
    await app.close();
    await service.stop();
  });
  beforeEach(() => {
    service.status = 200;
  });

  it('exchanges the secret for a token with a generated dl_ user id and the trusted origins', async () => {
    const response = await askToken(app, 'https://support.contoso.com');
    assert.equal(response.status, 200);
    const text = await response.text();
    assert.ok(!text.includes(SECRET), 'the secret never reaches the browser');
    const body = JSON.parse(text) as Record<string, unknown>;
    assert.equal(body.token, 'azure-token-1');
    assert.equal(body.conversationId, 'azure-conv-1');
    assert.equal(body.domain, `${endpoint}/v3/directline`);
    assert.equal(body.webSocket, true);
    const request = service.requests.at(-1)!;
    assert.equal(request.path, '/v3/directline/tokens/generate');
    assert.equal(request.authorization, `Bearer ${SECRET}`);
    assert.match(request.body.user?.id ?? '', /^dl_[A-Za-z0-9_-]{10,}$/);
    assert.equal(body.userId, request.body.user?.id);
    assert.deepEqual(request.body.trustedOrigins, ['https://support.contoso.com']);
  });

  it('generates a different user id for every token', async () => {
    await askToken(app);
    await askToken(app);
    const [a, b] = service.requests.slice(-2).map((request) => request.body.user?.id);
    assert.notEqual(a, b);
  });

  it('refuses an origin that is not trusted, without calling the service', async () => {
    const before = service.requests.length;
    assert.equal((await askToken(app, 'https://evil.example')).status, 403);
    assert.equal(service.requests.length, before);
  });

  it('answers 502 with a plain message when the service fails, and neither answer nor log holds the secret', async () => {
    service.status = 403;
    const response = await askToken(app);
    assert.equal(response.status, 502);
    assert.ok(!(await response.text()).includes(SECRET));
    assert.ok(logs.some((line) => line.includes('token exchange failed') && line.includes('403')));
    assert.ok(!logs.some((line) => line.includes(SECRET)));
  });

  it('does not mount the local bridge when Azure Direct Line is configured', async () => {
    assert.equal((await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST' })).status, 404);
  });

  it('the page allows connections to the configured Direct Line endpoint only', async () => {
    const csp = (await fetch(app.url)).headers.get('content-security-policy') ?? '';
    assert.match(csp, new RegExp(`connect-src 'self' ${endpoint.replace(/[.]/g, '\\.')} ws://127\\.0\\.0\\.1:\\d+`));
    assert.match(csp, /script-src 'self'(;|$)/);
  });
});

describe('local Direct Line is never on in a production configuration', () => {
  after(() => outputs.remove());
  const appId = '11111111-2222-3333-4444-555555555555';
  /** Auth on: an app id with the identity kind and tenant the configuration requires with it (issue #20). */
  const authOn = { MicrosoftAppId: appId, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa' };

  it('is off by default when MicrosoftAppId is set', () => {
    assert.equal(loadConfig(authOn).localDirectLine, false);
    assert.equal(loadConfig({}).localDirectLine, true);
    assert.equal(loadConfig({ LOCAL_DIRECT_LINE: 'false' }).localDirectLine, false);
  });

  it('refuses LOCAL_DIRECT_LINE=true together with MicrosoftAppId', () => {
    assert.throws(() => loadConfig({ ...authOn, LOCAL_DIRECT_LINE: 'true' }), (error: unknown) => error instanceof ConfigError && error.variable === 'LOCAL_DIRECT_LINE');
  });

  it('refuses a Direct Line endpoint that is not https (http only on loopback), and a bad origin list', () => {
    assert.throws(() => loadConfig({ DIRECT_LINE_ENDPOINT: 'ftp://x' }), /DIRECT_LINE_ENDPOINT/);
    assert.throws(() => loadConfig({ DIRECT_LINE_ENDPOINT: 'http://directline.example.com' }), /https URL/, 'the secret never goes over plain http');
    assert.equal(loadConfig({ DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/' }).directLineEndpoint, 'https://europe.directline.botframework.com');
    assert.throws(() => loadConfig({ DIRECT_LINE_TRUSTED_ORIGINS: 'https://a.example/path' }), /DIRECT_LINE_TRUSTED_ORIGINS/);
  });

  it('with auth on, the bridge routes do not exist and the page cannot get a token', async () => {
    const app = await startApp({ ...outputs.env, PORT: '0', HOST: '127.0.0.1', ...authOn, MicrosoftAppPassword: 'x', LOG_LEVEL: 'error' }, () => undefined);
    try {
      assert.equal((await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST' })).status, 404);
      assert.equal((await fetch(`${app.url}/v3/conversations/c/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' })).status, 404);
      assert.equal((await fetch(`${app.url}/api/directline/token`, { method: 'POST' })).status, 503);
      assert.equal((await fetch(app.url)).status, 200, 'the page itself is still served');
    } finally {
      await app.close();
    }
  });
});
