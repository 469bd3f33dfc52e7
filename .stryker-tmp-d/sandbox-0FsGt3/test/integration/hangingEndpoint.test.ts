// @ts-nocheck
import assert from 'node:assert/strict';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { generate } from 'selfsigned';
import { runBlobProbe } from '../../src/core/checks/blob/runBlobProbe';
import { runKeyInventory } from '../../src/core/checks/blob/runKeyInventory';
import { DEFAULT_BLOB_HOST_SUFFIXES } from '../../src/core/checks/blob/endpointPolicy';
import type { NetworkCheckOptions } from '../../src/core/checks/blob/networkOptions';
import { realKnowledge } from '../support/testConversation';

describe('live checks against an endpoint that never answers (loopback)', function () {
  this.timeout(30000);
  let server: https.Server;
  let options: NetworkCheckOptions;
  const sockets = new Set<Socket>();
  let origin: string;

  before(async () => {
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [{ name: 'basicConstraints', cA: true }, { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    // Accepts requests and never answers them.
    server = https.createServer({ key: pems.private, cert: pems.cert }, () => undefined);
    server.on('secureConnection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    options = {
      policy: { hostSuffixes: DEFAULT_BLOB_HOST_SUFFIXES, emulatorOrigin: origin },
      timeoutMs: 1000,
      versions: realKnowledge().versions,
      transport: { trustedCaPem: pems.cert },
    };
  });
  after(async () => {
    for (const socket of sockets) {
      socket.destroy();
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('the blob probe ends with an "error" result naming the time limit', async () => {
    const result = await runBlobProbe({ url: `${origin}/devstoreaccount1/c/b.txt?sp=rl&sig=x` }, options);
    assert.equal(result.status, 'error');
    assert.match(result.cause, /did not answer within 1 s/);
  });

  it('the key inventory ends with an "error" result too', async () => {
    const inventory = await runKeyInventory({ url: `${origin}/devstoreaccount1/c?sp=l&sig=x` }, { ...options, maxBlobs: 10 });
    assert.equal(inventory.result.status, 'error');
    assert.match(inventory.result.cause, /did not answer/);
  });

  it('without the trusted certificate the TLS handshake fails: verification stays on', async () => {
    const untrusted: NetworkCheckOptions = { policy: options.policy, timeoutMs: options.timeoutMs, versions: options.versions };
    const result = await runBlobProbe({ url: `${origin}/devstoreaccount1/c/b.txt?sp=rl&sig=x` }, untrusted);
    assert.equal(result.status, 'error');
    assert.match(result.cause, /could not connect/);
  });
});
