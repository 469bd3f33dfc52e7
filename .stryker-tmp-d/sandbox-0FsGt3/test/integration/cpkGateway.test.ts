// @ts-nocheck
import assert from 'node:assert/strict';
import https from 'node:https';
import { seedBlobs, startLiveServices, testKey, type LiveServices } from '../support/liveCheckServices';

const keyA = testKey(1);
const keyB = testKey(2);

/** Status, error-code header and body of one raw request to the gateway. */
async function raw(services: LiveServices, method: string, url: string, headers: Record<string, string> = {}): Promise<{ status: number; code?: string; body: string; sha?: string }> {
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method, headers, ca: services.gateway.caPem, timeout: 5000 }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          code: response.headers['x-ms-error-code'] as string | undefined,
          body,
          sha: response.headers['x-ms-encryption-key-sha256'] as string | undefined,
        }),
      );
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end();
  });
}

const cpkHeaders = (key: { encryptionKey: string; encryptionKeySha256: string }): Record<string, string> => ({
  'x-ms-encryption-key': key.encryptionKey,
  'x-ms-encryption-key-sha256': key.encryptionKeySha256,
  'x-ms-encryption-algorithm': 'AES256',
});

describe('test gateway: enforces the documented CPK rules in front of Azurite', function () {
  this.timeout(60000);
  let services: LiveServices;

  before(async () => {
    services = await startLiveServices();
    const container = services.containerClient('rules');
    await container.create();
    await seedBlobs(container, [['cpk.txt', keyA], ['plain.txt', undefined]]);
  });
  after(async () => {
    await services?.stop();
  });

  it('a read without a key: 409 BlobUsesCustomerSpecifiedEncryption with the XML body', async () => {
    const reply = await raw(services, 'GET', services.url('rules', 'cpk.txt', 'r'));
    assert.equal(reply.status, 409);
    assert.equal(reply.code, 'BlobUsesCustomerSpecifiedEncryption');
    assert.match(reply.body, /<Code>BlobUsesCustomerSpecifiedEncryption<\/Code><Message>The blob is encrypted with customer specified encryption, but it was not provided in the request\./);
  });

  it('the right key reads the content and echoes its SHA-256', async () => {
    const reply = await raw(services, 'GET', services.url('rules', 'cpk.txt', 'r'), cpkHeaders(keyA));
    assert.equal(reply.status, 200);
    assert.equal(reply.body, 'content of cpk.txt');
    assert.equal(reply.sha, keyA.encryptionKeySha256);
  });

  it('a different well-formed key: 409 BlobCustomerSpecifiedEncryptionMismatch (real SDK)', async () => {
    const blob = services.containerClient('rules').getBlobClient('cpk.txt');
    await assert.rejects(blob.download(0, undefined, { customerProvidedKey: keyB }), (error: { statusCode?: number; details?: { errorCode?: string } }) => {
      assert.equal(error.statusCode, 409);
      assert.equal(error.details?.errorCode, 'BlobCustomerSpecifiedEncryptionMismatch');
      return true;
    });
  });

  it('a hash that does not match the key: 400 InvalidHeaderValue', async () => {
    const reply = await raw(services, 'GET', services.url('rules', 'cpk.txt', 'r'), { ...cpkHeaders(keyA), 'x-ms-encryption-key-sha256': keyB.encryptionKeySha256 });
    assert.equal(reply.status, 400);
    assert.equal(reply.code, 'InvalidHeaderValue');
  });

  it('a key sent for a plain blob: 409 BlobDoesNotUseCustomerSpecifiedEncryption', async () => {
    const reply = await raw(services, 'GET', services.url('rules', 'plain.txt', 'r'), cpkHeaders(keyA));
    assert.equal(reply.status, 409);
    assert.equal(reply.code, 'BlobDoesNotUseCustomerSpecifiedEncryption');
  });

  it('HEAD errors carry the code in x-ms-error-code only', async () => {
    const reply = await raw(services, 'HEAD', services.url('rules', 'cpk.txt', 'r'));
    assert.equal(reply.status, 409);
    assert.equal(reply.code, 'BlobUsesCustomerSpecifiedEncryption');
    assert.equal(reply.body, '');
  });

  it('listings carry CustomerProvidedKeySha256 for CPK blobs only', async () => {
    const items = [];
    for await (const item of services.containerClient('rules').listBlobsFlat()) {
      items.push([item.name, item.properties.customerProvidedKeySha256]);
    }
    assert.deepEqual(items, [['cpk.txt', keyA.encryptionKeySha256], ['plain.txt', undefined]]);
  });

  it('a bad signature: 403 AuthenticationFailed', async () => {
    const reply = await raw(services, 'GET', services.url('rules', 'plain.txt', 'r', 'forged'));
    assert.equal(reply.status, 403);
    assert.equal(reply.code, 'AuthenticationFailed');
  });
});
