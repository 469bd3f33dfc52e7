// @ts-nocheck
import assert from 'node:assert/strict';
import { checkEndpoint, DEFAULT_BLOB_HOST_SUFFIXES, type EndpointPolicy, type EndpointRefusal } from '../../../src/core/checks/blob/endpointPolicy';

const policy: EndpointPolicy = { hostSuffixes: [...DEFAULT_BLOB_HOST_SUFFIXES, '.blob.core.sovcloud-api.fr'] };
const withEmulator: EndpointPolicy = { ...policy, emulatorOrigin: 'https://127.0.0.1:10443' };

describe('endpoint policy: hostile URLs are refused before any connection', () => {
  const hostile: [string, EndpointRefusal, EndpointPolicy?][] = [
    ['http://acct.blob.core.windows.net/c/b', 'not-https'],
    ['ftp://acct.blob.core.windows.net/c/b', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['data:text/plain,hello', 'not-https'],
    ['file:///etc/passwd', 'not-https'],
    ['acct.blob.core.windows.net/c/b', 'not-a-url'],
    ['https://acct.blob.core.windows.net@evil.example/c/b', 'userinfo'],
    ['https://user:pass@acct.blob.core.windows.net/c/b', 'userinfo'],
    ['https://acct.blob.core.windows.net:x@evil.example/c', 'userinfo'],
    ['https://evil.example/acct.blob.core.windows.net/c', 'host-not-allowed'],
    ['https://acct.blob.core.windows.net.evil.example/c', 'host-not-allowed'],
    ['https://acct.blob.core.windows.net./c', 'host-not-allowed'],
    ['https://evilblob.core.windows.net/c', 'host-not-allowed'],
    ['https://blob.core.windows.net/c', 'host-not-allowed'],
    ['https://a.acct.blob.core.windows.net/c', 'host-not-allowed'],
    ['https://ab.blob.core.windows.net/c', 'host-not-allowed'],
    ['https://acct_1.blob.core.windows.net/c', 'host-not-allowed'],
    ['https://acct.dfs.core.windows.net/c', 'host-not-allowed'],
    ['https://acct.file.core.windows.net/c', 'host-not-allowed'],
    ['https://acct.blob.core.usgovcloudapi.net.evil.example/c', 'host-not-allowed'],
    ['https://acct.blob.core.windows.net%2eevil.example/c', 'host-not-allowed'],
    ['https://\u0430cct.blob.core.windows.net/c', 'host-not-allowed'],
    ['https://127.0.0.1/c/b', 'ip-literal'],
    ['https://2130706433/c/b', 'ip-literal'],
    ['https://0x7f.0.0.1/c/b', 'ip-literal'],
    ['https://0177.0.0.1/c/b', 'ip-literal'],
    ['https://127.1/c/b', 'ip-literal'],
    ['https://[::1]/c/b', 'ip-literal'],
    ['https://[::ffff:127.0.0.1]/c/b', 'ip-literal'],
    ['https://169.254.169.254/metadata/instance', 'ip-literal'],
    ['https://10.0.0.5/c', 'ip-literal'],
    ['https://localhost/c/b', 'localhost'],
    ['https://blob.localhost/c/b', 'localhost'],
    ['https://acct.blob.core.windows.net:8443/c/b', 'port'],
    ['https://acct.blob.core.windows.net:80/c/b', 'port'],
    ['https://acct.blob.core.windows.net\\@evil.example/c', 'bad-characters'],
    ['https://acct.blob.core.windows.net/c/b\r\nHost: evil.example', 'bad-characters'],
    ['https://acct.blob.core.windows.net/c/b\u0000', 'bad-characters'],
    [`https://acct.blob.core.windows.net/c/${'x'.repeat(5000)}`, 'too-long'],
    ['https://acct.blob.core.windows.net/', 'no-container'],
    ['https://acct.blob.core.windows.net', 'no-container'],
    ['https://127.0.0.1:10000/devstoreaccount1/c/b', 'ip-literal'],
    ['https://127.0.0.1:10444/devstoreaccount1/c/b', 'ip-literal', withEmulator],
    ['http://127.0.0.1:10443/devstoreaccount1/c/b', 'not-https', withEmulator],
    ['https://localhost:10443/devstoreaccount1/c/b', 'localhost', withEmulator],
    ['https://acct.blob.core.cloudapi.de/c', 'host-not-allowed', { hostSuffixes: DEFAULT_BLOB_HOST_SUFFIXES }],
    ['https://acct.blob.core.sovcloud-api.fr/c', 'host-not-allowed', { hostSuffixes: DEFAULT_BLOB_HOST_SUFFIXES }],
    ['https://acct.z1.blob.storage.azure.net/c', 'host-not-allowed', undefined],
    ['https://z12.blob.storage.azure.net/c', 'host-not-allowed', undefined],
  ];
  it('has at least 30 hostile cases', () => assert.ok(hostile.length >= 30));
  for (const [url, reason, usedPolicy] of hostile) {
    it(`refuses ${JSON.stringify(url.slice(0, 80))} (${reason})`, () => {
      const decision = checkEndpoint(url, usedPolicy ?? policy);
      assert.equal(decision.ok, false);
      assert.equal(decision.ok ? undefined : decision.reason, reason);
    });
  }
});

describe('endpoint policy: blob endpoints of configured clouds pass', () => {
  const allowed: [string, string, string, string | undefined, EndpointPolicy?][] = [
    ['https://acct.blob.core.windows.net/c/b.txt?sv=2021&sig=abc', 'acct', 'c', 'b.txt'],
    ['https://ACCT.BLOB.CORE.WINDOWS.NET/c/dir/b%20x.txt', 'acct', 'c', 'dir/b x.txt'],
    ['https://acct.blob.core.windows.net:443/c', 'acct', 'c', undefined],
    ['https://acct1.blob.core.chinacloudapi.cn/c/b', 'acct1', 'c', 'b'],
    ['https://acct2.blob.core.usgovcloudapi.net/c/b', 'acct2', 'c', 'b'],
    ['https://acct3.blob.core.sovcloud-api.fr/c/b', 'acct3', 'c', 'b'],
    ['https://acct4.z07.blob.storage.azure.net/c/b', 'acct4', 'c', 'b'],
    ['https://acct5.blob.core.eaglex.ic.gov/c', 'acct5', 'c', undefined],
    ['https://acct6.blob.core.microsoft.scloud/c/b', 'acct6', 'c', 'b'],
    ['https://127.0.0.1:10443/devstoreaccount1/c/b', 'devstoreaccount1', 'c', 'b', withEmulator],
  ];
  for (const [url, account, container, blobName, usedPolicy] of allowed) {
    it(`allows ${url}`, () => {
      const decision = checkEndpoint(url, usedPolicy ?? policy);
      assert.ok(decision.ok, decision.ok ? '' : decision.reason);
      assert.equal(decision.target.account, account);
      assert.equal(decision.target.container, container);
      assert.equal(decision.target.blobName, blobName);
    });
  }

  it('never shows the SAS signature', () => {
    const decision = checkEndpoint('https://acct.blob.core.windows.net/c/b?sv=2021-08-06&sp=r&sig=SECRETsig%3D', policy);
    assert.ok(decision.ok);
    assert.ok(decision.target.displayUrl.includes('sig=***'));
    assert.ok(!decision.target.displayUrl.includes('SECRET'));
  });
});
