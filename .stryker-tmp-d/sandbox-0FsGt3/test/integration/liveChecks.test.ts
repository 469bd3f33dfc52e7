// @ts-nocheck
import assert from 'node:assert/strict';
import { runBlobProbe } from '../../src/core/checks/blob/runBlobProbe';
import { runKeyInventory } from '../../src/core/checks/blob/runKeyInventory';
import { seedBlobs, startLiveServices, testKey, type LiveServices, type TestKey } from '../support/liveCheckServices';

const keys = [testKey(11), testKey(12), testKey(13)];
const [keyA, keyB] = keys;

describe('live checks end to end (real @azure/storage-blob -> HTTPS CPK gateway -> Azurite)', function () {
  this.timeout(120000);
  let services: LiveServices;

  before(async () => {
    services = await startLiveServices();
    const probe = services.containerClient('probe');
    await probe.create();
    await seedBlobs(probe, [['cpk.txt', keyA], ['plain.txt', undefined]]);
    await probe.getBlockBlobClient('scoped.txt').upload('scoped', 6, { encryptionScope: 'myscope' });
    const inventory = services.containerClient('inventory');
    await inventory.create();
    const blobs: [string, TestKey][] = Array.from({ length: 1000 }, (_, index) => [`blob-${String(index).padStart(4, '0')}.txt`, keys[index % 3]]);
    await seedBlobs(inventory, blobs, 24);
  });
  after(async () => {
    await services?.stop();
  });

  describe('blob probe', () => {
    it('CPK blob with the right fingerprint: pass, "match"', async () => {
      const result = await runBlobProbe({ url: services.url('probe', 'cpk.txt'), fingerprint: keyA.encryptionKeySha256 }, services.options());
      assert.equal(result.status, 'pass', result.cause);
      assert.match(result.cause, /^Match/);
      assert.ok(result.evidence.some((item) => item.value === keyA.encryptionKeySha256));
    });

    it('CPK blob with a wrong fingerprint: fail, "mismatch", and shows the right fingerprint', async () => {
      const result = await runBlobProbe({ url: services.url('probe', 'cpk.txt'), fingerprint: keyB.encryptionKeySha256 }, services.options());
      assert.equal(result.status, 'fail');
      assert.match(result.cause, /^Mismatch/);
      assert.ok(result.evidence.some((item) => item.value === keyA.encryptionKeySha256));
    });

    it('a fingerprint written in hex is the same fingerprint', async () => {
      const hex = Buffer.from(keyA.encryptionKeySha256, 'base64').toString('hex');
      const result = await runBlobProbe({ url: services.url('probe', 'cpk.txt'), fingerprint: hex }, services.options());
      assert.equal(result.status, 'pass');
    });

    it('CPK blob without a fingerprint: pass, reports the blob uses CPK and its fingerprint', async () => {
      const result = await runBlobProbe({ url: services.url('probe', 'cpk.txt') }, services.options());
      assert.equal(result.status, 'pass');
      assert.ok(result.evidence.some((item) => item.value.includes('409 BlobUsesCustomerSpecifiedEncryption')));
    });

    it('non-CPK blob: says it does not use CPK; with a fingerprint it fails', async () => {
      const plain = await runBlobProbe({ url: services.url('probe', 'plain.txt') }, services.options());
      assert.equal(plain.status, 'pass');
      assert.match(plain.cause, /does not use a customer-provided key/);
      const withKey = await runBlobProbe({ url: services.url('probe', 'plain.txt'), fingerprint: keyA.encryptionKeySha256 }, services.options());
      assert.equal(withKey.status, 'fail');
      assert.ok(withKey.nextSteps.join(' ').includes('BlobDoesNotUseCustomerSpecifiedEncryption'));
    });

    it('a blob under an encryption scope: says a scope is used instead of CPK', async () => {
      const result = await runBlobProbe({ url: services.url('probe', 'scoped.txt') }, services.options());
      assert.equal(result.status, 'warn');
      assert.match(result.cause, /encryption scope/);
      assert.ok(result.evidence.some((item) => item.value === 'myscope'));
    });

    it('missing blob: fail, not found', async () => {
      const result = await runBlobProbe({ url: services.url('probe', 'missing.txt') }, services.options());
      assert.equal(result.status, 'fail');
      assert.match(result.cause, /does not exist/);
    });

    it('bad SAS: fail, SAS rejected, and the signature is never shown', async () => {
      const result = await runBlobProbe({ url: services.url('probe', 'cpk.txt', 'rl', 'forged-signature') }, services.options());
      assert.equal(result.status, 'fail');
      assert.match(result.cause, /SAS was rejected \(AuthenticationFailed\)/);
      assert.ok(!JSON.stringify(result).includes('forged-signature'));
      assert.ok(JSON.stringify(result).includes('sig=***'));
    });

    it('SAS without list permission: warns that the fingerprint could not be read', async () => {
      const result = await runBlobProbe({ url: services.url('probe', 'cpk.txt', 'r') }, services.options());
      assert.equal(result.status, 'warn');
      assert.match(result.cause, /uses a customer-provided key, but I could not read which key/);
    });

    it('SAS without read permission: fail naming the permission', async () => {
      const result = await runBlobProbe({ url: services.url('probe', 'cpk.txt', 'l') }, services.options());
      assert.equal(result.status, 'fail');
      assert.match(result.cause, /does not grant the permission this check needs: read/);
    });

    it('does not follow a redirect to another host', async () => {
      const result = await runBlobProbe({ url: services.url('redirect', 'x.txt') }, services.options());
      assert.equal(result.status, 'error');
      assert.match(result.cause, /redirect/);
    });

    it('the emulator is refused unless configured, before any connection', async () => {
      const before = services.gateway.requests.length;
      const options = { ...services.options(), policy: { hostSuffixes: services.options().policy.hostSuffixes } };
      const result = await runBlobProbe({ url: services.url('probe', 'cpk.txt') }, options);
      assert.equal(result.status, 'error');
      assert.equal(services.gateway.requests.length, before);
    });

    it('plain http is flagged as the mistake, before any connection', async () => {
      const result = await runBlobProbe({ url: services.url('probe', 'cpk.txt').replace('https:', 'http:') }, services.options());
      assert.equal(result.status, 'fail');
      assert.match(result.cause, /must use https/);
    });
  });

  describe('key inventory', () => {
    it('groups 1,000 blobs under 3 keys, with progress per page', async () => {
      const progress: number[] = [];
      const inventory = await runKeyInventory(
        { url: services.url('inventory'), fingerprint: keyB.encryptionKeySha256 },
        { ...services.options(), maxBlobs: 5000, pageSize: 250, onProgress: async (listed, more) => void progress.push(more ? listed : -listed) },
      );
      assert.equal(inventory.result.status, 'pass', inventory.result.cause);
      assert.equal(inventory.listed, 1000);
      assert.deepEqual(progress, [250, 500, 750, -1000]);
      assert.deepEqual(
        [...inventory.groups.entries()].map(([fingerprint, group]) => [fingerprint, group.count]).sort(),
        [[keys[0].encryptionKeySha256, 334], [keys[1].encryptionKeySha256, 333], [keys[2].encryptionKeySha256, 333]].sort(),
      );
      assert.match(inventory.result.cause, /1000 blobs listed: 3 customer-provided keys in use, 0 without one\. 333 use the key you named\./);
      assert.ok(inventory.result.evidence.some((item) => item.title.endsWith('(yours)')));
    });

    it('stops at the blob limit and says the result is partial', async () => {
      const inventory = await runKeyInventory({ url: services.url('inventory') }, { ...services.options(), maxBlobs: 400, pageSize: 200 });
      assert.equal(inventory.result.status, 'warn');
      assert.equal(inventory.listed, 400);
      assert.equal(inventory.complete, false);
    });

    it('counts blobs without CPK separately', async () => {
      const inventory = await runKeyInventory({ url: services.url('probe') }, { ...services.options(), maxBlobs: 100 });
      assert.equal(inventory.groups.get('')?.count, 2);
      assert.equal(inventory.groups.get(keyA.encryptionKeySha256)?.count, 1);
    });

    it('SAS without list permission: fail naming the permission', async () => {
      const inventory = await runKeyInventory({ url: services.url('inventory', undefined, 'r') }, { ...services.options(), maxBlobs: 100 });
      assert.equal(inventory.result.status, 'fail');
      assert.match(inventory.result.cause, /list/);
    });
  });
});
