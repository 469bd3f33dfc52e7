/**
 * The endpoint policy's details that the table tests did not pin (issue #21, found by mutation testing): each
 * refusal's own message, the exact SAS masking, the URL length limit, trimming, userinfo, an empty emulator
 * setting, empty containers and accounts, fragments, and the target's container URL.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { checkEndpoint, DEFAULT_BLOB_HOST_SUFFIXES, type EndpointPolicy, type EndpointRefusal, MAX_URL_CHARS, redactSas } from '../../../src/core/checks/blob/endpointPolicy';

const policy: EndpointPolicy = { hostSuffixes: DEFAULT_BLOB_HOST_SUFFIXES };
const withEmulator: EndpointPolicy = { ...policy, emulatorOrigin: 'https://127.0.0.1:10443' };

function refusal(url: string, used: EndpointPolicy = policy): { reason: EndpointRefusal; message: string } {
  const decision = checkEndpoint(url, used);
  assert.ok(!decision.ok, `${url} was allowed`);
  return { reason: decision.reason, message: decision.message };
}

describe('endpoint policy details', () => {
  it('each refusal says what is wrong in its own words', () => {
    const cases: [string, EndpointRefusal, RegExp][] = [
      ['acct.blob.core.windows.net/c', 'not-a-url', /not a full URL/],
      [`https://acct.blob.core.windows.net/c/${'x'.repeat(MAX_URL_CHARS)}`, 'too-long', /too long/],
      ['https://acct.blob.core.windows.net/c/a b', 'bad-characters', /spaces, backslashes or control characters/],
      ['http://acct.blob.core.windows.net/c', 'not-https', /must use https/],
      ['https://user@acct.blob.core.windows.net/c', 'userinfo', /user name or password/],
      ['https://10.0.0.5/c', 'ip-literal', /IP address/],
      ['https://localhost/c', 'localhost', /localhost/],
      ['https://acct.blob.core.windows.net:8443/c', 'port', /port/],
      ['https://evil.example/c', 'host-not-allowed', /not a blob endpoint/],
      ['https://acct.blob.core.windows.net/', 'no-container', /no container/],
    ];
    for (const [url, reason, message] of cases) {
      const found = refusal(url);
      assert.equal(found.reason, reason, url);
      assert.match(found.message, message, url);
    }
  });

  it('masks the whole SAS signature and nothing else', () => {
    assert.equal(redactSas('https://a.blob.core.windows.net/c/b?sv=1&sig=abcDEF%2B123&sp=r#x'), 'https://a.blob.core.windows.net/c/b?sv=1&sig=***&sp=r#x');
    assert.equal(redactSas('x;SIG=abc def'), 'x;SIG=*** def');
  });

  it('takes a URL of exactly the limit and refuses one character more', () => {
    const base = 'https://acct.blob.core.windows.net/c/';
    assert.ok(checkEndpoint(base + 'x'.repeat(MAX_URL_CHARS - base.length), policy).ok);
    assert.equal(refusal(base + 'x'.repeat(MAX_URL_CHARS - base.length + 1)).reason, 'too-long');
  });

  it('ignores spaces around a pasted URL', () => {
    const decision = checkEndpoint('  https://acct.blob.core.windows.net/c/b  ', policy);
    assert.ok(decision.ok);
    assert.equal(decision.target.blobName, 'b');
  });

  it('refuses a user name or password before an allowed host', () => {
    assert.equal(refusal('https://user:pass@acct.blob.core.windows.net/c/b').reason, 'userinfo');
    assert.equal(refusal('https://user@acct.blob.core.windows.net/c/b').reason, 'userinfo');
    assert.equal(refusal('https://:pass@acct.blob.core.windows.net/c/b').reason, 'userinfo');
  });

  it('an empty emulator setting allows no emulator', () => {
    assert.equal(refusal('https://127.0.0.1:10443/devstoreaccount1/c/b', { ...policy, emulatorOrigin: '' }).reason, 'ip-literal');
  });

  it('a host that starts with an address is no IP literal but not allowed either', () => {
    assert.equal(refusal('https://1.2.3.4.blob.core.windows.net/c').reason, 'host-not-allowed');
  });

  it('refuses an empty container, and an emulator URL without account or container', () => {
    assert.equal(refusal('https://acct.blob.core.windows.net//b').reason, 'no-container');
    assert.equal(refusal('https://127.0.0.1:10443/', withEmulator).reason, 'no-container');
    assert.equal(refusal('https://127.0.0.1:10443/devstoreaccount1', withEmulator).reason, 'no-container');
    assert.equal(refusal('https://127.0.0.1:10443//c/b', withEmulator).reason, 'no-container');
    assert.equal(refusal('https://acct.blob.core.windows.net/c/%E0%A4%A').reason, 'not-a-url');
  });

  it('drops a fragment, keeps the SAS on the container URL, and has no blob name for a container', () => {
    const blob = checkEndpoint('https://acct.blob.core.windows.net/my%20c/dir/b.txt?sv=1&sig=s#frag', policy);
    assert.ok(blob.ok);
    assert.equal(blob.target.url.hash, '');
    assert.ok(!blob.target.displayUrl.includes('#'));
    assert.equal(blob.target.containerUrl, 'https://acct.blob.core.windows.net/my%20c?sv=1&sig=s');
    const container = checkEndpoint('https://acct.blob.core.windows.net/c?sp=l', policy);
    assert.ok(container.ok);
    assert.ok(!('blobName' in container.target));
    const emulator = checkEndpoint('https://127.0.0.1:10443/devstoreaccount1/c/b', withEmulator);
    assert.ok(emulator.ok);
    assert.equal(emulator.target.containerUrl, 'https://127.0.0.1:10443/devstoreaccount1/c');
  });
});
