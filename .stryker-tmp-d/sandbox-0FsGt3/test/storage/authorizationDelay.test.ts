/**
 * The app tolerates a role assignment that has not reached the storage service yet (issue #20, item 5): storage
 * answers 403 AuthorizationPermissionMismatch, as Azure does in those minutes. The app must listen, keep /readyz
 * at 503, retry by itself, and turn ready and answer once storage lets it in; it must not exit (App Service would
 * restart it into the same refusal). A loopback gateway in front of Azurite plays the refusing service.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunningApp, startApp } from '../../src/app';
import { isAuthorizationPending } from '../../src/storage/openStoresPatiently';
import { StorageUnreachableError } from '../../src/storage/storageUnreachableError';
import { messageActivity, postActivity, repliesOf } from '../support/activities';
import { type Azurite, azuriteConnectionString, startAzurite } from '../support/azurite';
import { botOutputDirs } from '../support/tempDir';

/** The bot's transcripts, feedback and spool go to a temporary folder, never into the project (issue #21). */
const outputs = botOutputDirs('auth-delay');

/** Forwards to Azurite, or answers every request 403 AuthorizationPermissionMismatch while `deny` is true. */
async function startRefusingGateway(target: Azurite): Promise<{ url: string; deny: boolean; refused: number; close(): Promise<void> }> {
  const state = { deny: true, refused: 0 };
  const server = http.createServer((req, res) => {
    if (state.deny) {
      state.refused += 1;
      req.resume();
      res.writeHead(403, { 'x-ms-error-code': 'AuthorizationPermissionMismatch', 'content-type': 'application/xml' });
      res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthorizationPermissionMismatch</Code><Message>This request is not authorized to perform this operation using this permission.</Message></Error>');
      return;
    }
    const upstream = http.request({ host: '127.0.0.1', port: target.port, path: req.url, method: req.method, headers: req.headers, timeout: 10_000 }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/devstoreaccount1`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  });
}

describe('storage that refuses the identity at start-up (role assignment not applied yet)', function () {
  after(() => outputs.remove());
  this.timeout(90_000);
  let azurite: Azurite;
  let gateway: Awaited<ReturnType<typeof startRefusingGateway>>;
  let app: RunningApp | undefined;
  before(async () => {
    azurite = await startAzurite();
    gateway = await startRefusingGateway(azurite);
  });
  after(async () => {
    await app?.close();
    await gateway.close();
    await azurite.stop();
  });

  it('tells a refusal of authorization from a wrong address', () => {
    assert.equal(isAuthorizationPending(new StorageUnreachableError('c', 'a', Object.assign(new Error('x'), { statusCode: 403, details: { errorCode: 'AuthorizationPermissionMismatch' } }))), true);
    assert.equal(isAuthorizationPending(new StorageUnreachableError('c', 'a', Object.assign(new Error('x'), { name: 'CredentialUnavailableError' }))), true);
    assert.equal(isAuthorizationPending(new StorageUnreachableError('c', 'a', Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))), false);
    assert.equal(isAuthorizationPending(new StorageUnreachableError('c', 'a', Object.assign(new Error('x'), { statusCode: 404, details: { errorCode: 'ContainerNotFound' } }))), false);
  });

  it('listens with /readyz 503, retries by itself, and is ready and answering once storage lets it in', async () => {
    const logs: string[] = [];
    app = await startApp({ ...outputs.env, PORT: '0', HOST: '127.0.0.1', STORAGE_CONNECTION_STRING: azuriteConnectionString(gateway.url), STATE_CONTAINER: 'delayed-state', TRANSCRIPT_CONTAINER: 'delayed-transcripts' }, (line) => logs.push(line));
    assert.ok(logs.some((line) => line.includes('storage refused this identity') && line.includes('AuthorizationPermissionMismatch')), logs.join('\n'));
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200, 'alive');
    const notReady = await fetch(`${app.url}/readyz`);
    assert.equal(notReady.status, 503);
    assert.match(((await notReady.json()) as { reason: string }).reason, /AuthorizationPermissionMismatch/);

    // A message meanwhile is refused politely or answered, and the process stays up.
    const early = await postActivity(app, messageActivity({ text: 'hello' }));
    assert.ok(early.status < 600);
    await early.arrayBuffer();
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200, 'still alive after a turn storage refused');

    // A retry happens by itself (the gateway counts the refusals) before storage lets the identity in.
    const refusedAtStart = gateway.refused;
    const deadline = Date.now() + 20_000;
    while (gateway.refused === refusedAtStart && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(gateway.refused > refusedAtStart, 'the app retried on its own');
    gateway.deny = false;

    let ready = 503;
    const readyBy = Date.now() + 45_000;
    while (ready !== 200 && Date.now() < readyBy) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      ready = (await fetch(`${app.url}/readyz`)).status;
    }
    assert.equal(ready, 200, logs.slice(-5).join('\n'));
    const answer = await postActivity(app, messageActivity({ text: 'hello' }));
    assert.equal(answer.status, 200);
    assert.ok((await repliesOf(answer)).some((activity) => activity.type === 'message'));
  });
});
