/**
 * The network checks refuse a URL their endpoint policy does not allow before any connection (issue #21): a
 * loopback TCP listener stands where the URL points and must see no connection at all. Counting connections
 * (not HTTP requests) means a TLS failure cannot hide a request that should never have been made.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DEFAULT_BLOB_HOST_SUFFIXES } from '../../../src/core/checks/blob/endpointPolicy';
import type { NetworkCheckOptions } from '../../../src/core/checks/blob/networkOptions';
import { runBlobProbe } from '../../../src/core/checks/blob/runBlobProbe';
import { runKeyInventory } from '../../../src/core/checks/blob/runKeyInventory';

describe('network checks: a refused URL gets no connection', function () {
  this.timeout(20000);
  let listener: Server;
  let port: number;
  const sockets: Socket[] = [];
  let connections = 0;

  before(async () => {
    listener = createServer((socket) => {
      connections += 1;
      sockets.push(socket);
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    port = (listener.address() as AddressInfo).port;
  });
  after(async () => {
    sockets.forEach((socket) => socket.destroy());
    await new Promise<void>((resolve) => listener.close(() => resolve()));
  });
  beforeEach(() => {
    connections = 0;
  });

  const options = (): NetworkCheckOptions => ({ policy: { hostSuffixes: [...DEFAULT_BLOB_HOST_SUFFIXES] }, timeoutMs: 3000, versions: [] });
  const refusedUrls = (): string[] => [
    `https://127.0.0.1:${port}/devstoreaccount1/container/blob.txt`,
    `https://localhost:${port}/devstoreaccount1/container/blob.txt`,
    `http://127.0.0.1:${port}/devstoreaccount1/container/blob.txt`,
  ];

  it('key inventory: refused with "no connection made", and the listener saw 0 connections', async () => {
    for (const url of refusedUrls()) {
      const inventory = await runKeyInventory({ url }, { ...options(), maxBlobs: 10 });
      assert.notEqual(inventory.result.status, 'pass', url);
      assert.ok(inventory.result.evidence.some((item) => item.value === 'none (refused before connecting)'), `${url}: ${inventory.result.cause}`);
      assert.equal(inventory.listed, 0);
    }
    assert.equal(connections, 0, 'the refused endpoint was contacted');
  });

  it('blob probe: refused with "no connection made", and the listener saw 0 connections', async () => {
    for (const url of refusedUrls()) {
      const result = await runBlobProbe({ url }, options());
      assert.notEqual(result.status, 'pass', url);
      assert.ok(result.evidence.some((item) => item.value === 'none (refused before connecting)'), `${url}: ${result.cause}`);
    }
    assert.equal(connections, 0, 'the refused endpoint was contacted');
  });

  it('the listener does count a connection when the same origin is the configured emulator (the test can fail)', async () => {
    const url = `https://127.0.0.1:${port}/devstoreaccount1/container`;
    const inventory = await runKeyInventory({ url }, { ...options(), policy: { hostSuffixes: [...DEFAULT_BLOB_HOST_SUFFIXES], emulatorOrigin: `https://127.0.0.1:${port}` }, maxBlobs: 10, timeoutMs: 2000 });
    assert.notEqual(inventory.result.status, 'pass');
    assert.ok(connections >= 1, `connections: ${connections}`);
  });
});
