/**
 * Issue #18: the OpenID metadata fetch of inbound token validation has a client-side deadline. The metadata URL
 * points at a loopback server that accepts and never answers; a well-formed (forged) token makes the SDK fetch
 * it. The request must be refused within the deadline instead of hanging.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startApp, type RunningApp } from '../../src/app';
import { messageActivity } from '../support/activities';
import { type HangingServer, startHangingServer } from '../support/hangingServer';
import { botOutputDirs } from '../support/tempDir';

/** The bot's transcripts, feedback and spool go to a temporary folder, never into the project (issue #21). */
const outputs = botOutputDirs('openid');

const APP_ID = '00000000-0000-0000-0000-000000000002';

function forgedToken(): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const header = part({ alg: 'RS256', typ: 'JWT', kid: 'test-key' });
  const payload = part({ iss: 'https://api.botframework.com', aud: APP_ID, nbf: now - 60, exp: now + 3600, serviceurl: 'http://127.0.0.1:9' });
  return `${header}.${payload}.${Buffer.from('not-a-signature').toString('base64url')}`;
}

describe('hardening: the OpenID metadata fetch has a deadline (issue #18)', function () {
  after(() => outputs.remove());
  this.timeout(30_000);
  let app: RunningApp | undefined;
  let hanging: HangingServer | undefined;

  before(async () => {
    hanging = await startHangingServer();
    app = await startApp({ ...outputs.env, 
      PORT: '0',
      LOG_LEVEL: 'error',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used-in-this-test',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
      ToBotFromChannelOpenIdMetadataUrl: `${hanging.url}/openid`,
      // With one endpoint overridden, the SDK takes every other from configuration.
      ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
      ToBotFromEmulatorOpenIdMetadataUrl: `${hanging.url}/emulator-openid`,
      AUTH_TIMEOUT_MS: '1000',
    });
  });
  after(async () => {
    await app?.close();
    await hanging?.stop();
  });

  it('botframework-connector still has the method the deadline replaces', () => {
    const load = createRequire(require.resolve('botbuilder'));
    const { OpenIdMetadata } = load('botframework-connector/lib/auth/openIdMetadata') as { OpenIdMetadata: { prototype: Record<string, unknown> } };
    assert.equal(typeof OpenIdMetadata.prototype.refreshCache, 'function');
  });

  it('refuses a token whose keys cannot be fetched, within the deadline, instead of hanging', async () => {
    const response = await fetch(`${app!.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forgedToken()}` },
      body: JSON.stringify(messageActivity({ text: 'hello' })),
      // Far beyond the 1 s deadline: an answer at all shows the fetch was cut.
      signal: AbortSignal.timeout(8000),
    });
    assert.ok(response.status === 401 || response.status === 500, `status ${response.status}`);
    assert.ok(hanging!.received() >= 1, 'the SDK did ask the (hanging) metadata endpoint');
  });
});
