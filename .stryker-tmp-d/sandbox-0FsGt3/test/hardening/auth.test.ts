// @ts-nocheck
import assert from 'node:assert/strict';
import { startApp, type RunningApp } from '../../src/app';
import { messageActivity } from '../support/activities';
import { botOutputDirs } from '../support/tempDir';

describe('hardening: with MicrosoftAppId set, auth is on', () => {
  const output = botOutputDirs('auth');
  let app: RunningApp;

  before(async () => {
    app = await startApp({
      ...output.env,
      PORT: '0',
      LOG_LEVEL: 'error',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-used-in-this-test',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
    });
  });
  after(async () => {
    await app.close();
    output.remove();
  });

  const cases: [string, Record<string, string>][] = [
    ['an unsigned request', {}],
    // A well-formed but forged JWT is not sent: validating it makes the SDK fetch Microsoft's OpenID metadata,
    // and tests reach loopback only. A token that is not a JWT is refused before any key lookup.
    ['a request with a token that is not a valid JWT', { authorization: 'Bearer a.b.c' }],
    ['a request with a malformed Authorization header', { authorization: 'Basic dXNlcjpwYXNz' }],
  ];
  for (const [name, headers] of cases) {
    it(`answers 401 to ${name}`, async () => {
      const response = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(messageActivity({ text: 'hello' })),
      });
      assert.equal(response.status, 401);
      const body = await response.text();
      assert.doesNotMatch(body, /not-used-in-this-test/);
    });
  }
});
