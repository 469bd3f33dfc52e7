/**
 * The signing-key cache (issue #15) against OpenID documents served on loopback, with a fake clock: one fetch for
 * the first token, none for unknown keys within the refetch interval, a refetch for an unknown key once the keys
 * are over an hour old (key rotation), a failed fetch keeps the known keys.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenIdKeyCache } from '../../src/server/openIdKeyCache';

describe('OpenID signing-key cache', () => {
  let server: http.Server;
  let base = '';
  let kids = ['key-1'];
  let failing = false;
  const requests: string[] = [];

  before(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      if (failing) {
        res.writeHead(503);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url === '/openid' ? { jwks_uri: `${base}/keys` } : { keys: kids.map((kid) => ({ kid, kty: 'RSA' })) }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('fetches on the first token, then only on schedule or for a new key after an hour, at most once a minute', async () => {
    let now = 0;
    const errors: string[] = [];
    const cache = new OpenIdKeyCache({ metadataUrls: [`${base}/openid`], refreshMs: 12 * 3600_000, minRefetchMs: 60_000, timeoutMs: 5000, now: () => now, onError: (url) => errors.push(url) });
    try {
      assert.equal(await cache.knows('key-1'), true);
      assert.equal(cache.refreshes, 1);
      for (let index = 0; index < 50; index += 1) {
        assert.equal(await cache.knows(`forged-${index}`), false);
      }
      assert.equal(cache.refreshes, 1, 'unknown keys within the hour cause no fetch');
      kids = ['key-1', 'key-2'];
      now += 61 * 60_000;
      assert.equal(await cache.knows('key-2'), true, 'a rotated key is picked up after an hour');
      assert.equal(cache.refreshes, 2);
      now += 30_000;
      assert.equal(await cache.knows('forged-x'), false);
      assert.equal(cache.refreshes, 2, 'at most one refetch a minute');
      failing = true;
      now += 13 * 3600_000;
      assert.equal(await cache.knows('key-2'), true, 'a failed refresh keeps the keys already known');
      assert.equal(cache.refreshes, 3);
      assert.deepEqual(errors, [`${base}/openid`]);
    } finally {
      failing = false;
      cache.stop();
    }
    assert.ok(requests.every((url) => url === '/openid' || url === '/keys'));
  });
});
