/**
 * Auth on (issue #15), offline: a local RSA signing key is published through an OpenID metadata document and a
 * key set served on loopback, and the bot is pointed at them (ToBotFromChannelOpenIdMetadataUrl). A token signed
 * with that key is answered; every bad token (malformed, forged, alg none, HS256, wrong audience, expired, wrong
 * issuer, unknown key) gets 401 with one generic sentence, and a stream of them fetches no metadata.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApp, type RunningApp } from '../../src/app';
import { botOutputDirs } from '../support/tempDir';

/** The bot's transcripts, feedback and spool go to a temporary folder, never into the project (issue #21). */
const outputs = botOutputDirs('auth-on');

const APP_ID = '11111111-2222-3333-4444-555555555555';
const ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'http://127.0.0.1:9/';

function base64url(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

function sign(header: Record<string, unknown>, payload: Record<string, unknown>, key: KeyObject): string {
  const body = `${base64url(header)}.${base64url(payload)}`;
  const signature = createSign('RSA-SHA256').update(body).sign(key).toString('base64url');
  return `${body}.${signature}`;
}

describe('auth on: bad tokens get 401 without internal text, metadata is cached (issue #15)', () => {
  after(() => outputs.remove());
  const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const metadataRequests: string[] = [];
  let metadata: http.Server;
  let app: RunningApp;

  const now = (): number => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    iss: ISSUER, aud: APP_ID, nbf: now() - 60, exp: now() + 600, serviceurl: SERVICE_URL, ...overrides,
  });
  const header = { alg: 'RS256', typ: 'JWT', kid: 'local-test-key' };

  async function post(authorization: string | undefined): Promise<{ status: number; body: string }> {
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
      body: JSON.stringify({
        type: 'message', id: `a${Math.random()}`, channelId: 'webchat', serviceUrl: SERVICE_URL, text: 'How do I rotate a customer-provided key?',
        from: { id: 'user-1' }, recipient: { id: APP_ID }, conversation: { id: `auth-${Math.random()}` }, deliveryMode: 'expectReplies',
      }),
    });
    return { status: response.status, body: await response.text() };
  }

  before(async () => {
    const jwk = signing.publicKey.export({ format: 'jwk' });
    metadata = http.createServer((req, res) => {
      metadataRequests.push(req.url ?? '');
      const base = `http://127.0.0.1:${(metadata.address() as AddressInfo).port}`;
      const body = req.url === '/openid' ? { issuer: ISSUER, jwks_uri: `${base}/keys` } : { keys: [{ kty: 'RSA', use: 'sig', kid: 'local-test-key', n: jwk.n, e: jwk.e, endorsements: ['webchat', 'msteams', 'emulator'] }] };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => metadata.listen(0, '127.0.0.1', resolve));
    const metadataUrl = `http://127.0.0.1:${(metadata.address() as AddressInfo).port}/openid`;
    // Setting one metadata URL makes botframework-connector take every endpoint from the configuration
    // (BotFrameworkAuthenticationFactory), so the public-cloud values are given alongside; none is contacted.
    app = await startApp(
      { ...outputs.env, 
        PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline',
        MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
        ToBotFromChannelOpenIdMetadataUrl: metadataUrl, ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl, ToBotFromChannelTokenIssuer: ISSUER,
        ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com', ToChannelFromBotOAuthScope: 'https://api.botframework.com',
        OAuthUrl: 'https://api.botframework.com', CallerId: 'urn:botframework:azure',
      },
      () => undefined,
    );
  });
  after(async () => {
    await app.close();
    await new Promise<void>((resolve) => metadata.close(() => resolve()));
  });

  it('answers a token signed with the published key', async () => {
    const answer = await post(`Bearer ${sign(header, claims(), signing.privateKey)}`);
    assert.equal(answer.status, 200, answer.body);
    assert.match(answer.body, /"activities"/);
  });

  const noneToken = `${base64url({ alg: 'none', kid: 'local-test-key' })}.${base64url(claims())}.`;
  const bad: [string, () => string | undefined][] = [
    ['no Authorization header', () => undefined],
    ['not a bearer token', () => 'Basic dXNlcjpwYXNz'],
    ['garbage', () => 'Bearer not.a.jwt!'],
    ['alg none (empty signature)', () => `Bearer ${noneToken}`],
    ['alg none (with a signature part)', () => `Bearer ${noneToken}c2ln`],
    ['HS256 signed with the public key text', () => `Bearer ${base64url({ alg: 'HS256', kid: 'local-test-key' })}.${base64url(claims())}.c2lnbmF0dXJl`],
    ['forged: right key id, signed by another key', () => `Bearer ${sign(header, claims(), attacker.privateKey)}`],
    ['unknown key id', () => `Bearer ${sign({ ...header, kid: 'unknown-key' }, claims(), attacker.privateKey)}`],
    ['wrong audience', () => `Bearer ${sign(header, claims({ aud: 'another-bot' }), signing.privateKey)}`],
    ['expired', () => `Bearer ${sign(header, claims({ nbf: now() - 7200, exp: now() - 3600 }), signing.privateKey)}`],
    ['wrong issuer', () => `Bearer ${sign(header, claims({ iss: 'https://evil.example' }), signing.privateKey)}`],
    ['tampered payload', () => {
      const [head, , signature] = sign(header, claims(), signing.privateKey).split('.');
      return `Bearer ${head ?? ''}.${base64url(claims({ aud: 'x' }))}.${signature ?? ''}`;
    }],
  ];
  for (const [name, token] of bad) {
    it(`answers 401 with no internal text: ${name}`, async () => {
      const answer = await post(token());
      assert.equal(answer.status, 401, answer.body);
      assert.equal(answer.body, '{"error":"Unauthorized."}');
    });
  }

  it('a stream of 60 bad tokens (unknown key ids included) fetches no more metadata', async () => {
    const before = metadataRequests.length;
    for (let index = 0; index < 60; index += 1) {
      const answer = await post(`Bearer ${sign({ ...header, kid: `unknown-${index}` }, claims(), attacker.privateKey)}`);
      assert.equal(answer.status, 401);
      if (index % 6 === 0) {
        assert.equal((await post(`Bearer ${sign(header, claims(), attacker.privateKey)}`)).status, 401);
      }
    }
    assert.equal(metadataRequests.length, before, metadataRequests.join(' '));
    assert.ok(before >= 2 && before <= 6, `metadata fetched ${before} times in all`);
  });
});
