/**
 * Paths made of words stay readable (issue #21): 32 characters of words, slashes and dashes spell 24 bytes to the
 * key check's decoder, so blob URLs (`containers/backupcontainer-production`), Node stack traces
 * (`azure/core-client/dist/commonjs/`) and storage keys (`conversations/bench-conversation`) were replaced by a key
 * marker, and support lost the blob name a customer asked about. Keys that hold a slash must still be found in
 * every shape, including the rare random key without a digit, `+` or `=`.
 */
import assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/redaction/redact';
import { redactKeyMaterial } from '../../../src/core/redaction/redactKeyMaterial';
import { keyMarker } from '../../../src/core/redaction/fingerprint';
import { propertySeed, seededRandom, type SeededRandom } from '../../support/seededRandom';

const READABLE = [
  'https://contoso.blob.core.windows.net/containers/backupcontainer-production/file.txt',
  'GET /containers/backupcontainer-production?restype=container failed with 409',
  'conversations/bench-conversation',
  'data/transcripts/conversations/bench-conversation.jsonl',
  '    at Object.<anonymous> (/app/node_modules/@azure/core-client/dist/commonjs/serviceClient.js:12:3)',
  'see Microsoft/Azure/Storage/Blobs/Models/Customer for the options',
  'https://contoso.blob.core.windows.net/invoices/archive_Quarterly-reports/summary.pdf',
  'copied https://contoso.blob.core.windows.net/projects/Alpha/teamsite/export to the new account',
];

describe('paths made of words stay readable', () => {
  for (const text of READABLE) {
    it(`keeps ${JSON.stringify(text)}`, () => {
      assert.equal(redactSecrets(text), text);
      assert.equal(redactKeyMaterial(text), text);
    });
  }
});

/** A random base64 key of `size` bytes with a slash and no digit, `+` or `=`: rare, so drawn until one comes. */
function slashedLettersKey(random: SeededRandom, size: number): { key: string; bytes: Buffer } {
  for (;;) {
    const bytes = random.bytes(size);
    const key = bytes.toString('base64').replace(/=+$/, '');
    if (key.includes('/') && !/[\d+]/.test(key)) {
      return { key, bytes };
    }
  }
}

describe('keys with a slash and no digit are still found', () => {
  const seed = propertySeed();
  const random = seededRandom(seed);

  it('a 32-byte key, alone or in a header, becomes its fingerprint marker; after a path, nothing of it is left', () => {
    for (let round = 0; round < 20; round += 1) {
      const { key, bytes } = slashedLettersKey(random, 32);
      assert.equal(redactSecrets(key), keyMarker(bytes), `seed ${seed}: ${key}`);
      assert.equal(redactSecrets(`x-ms-encryption-key: ${key}`), `x-ms-encryption-key: ${keyMarker(bytes)}`, `seed ${seed}: ${key}`);
      // `secrets/cpk/<key>/abc` can also be read as `secrets/<another 43 characters>/abc` (or `secrets</cpk/…>/abc`):
      // when the key ends in a slash and a word, either reading may win, and no run of the key is left either way.
      const inPath = redactSecrets(`secrets/cpk/${key}`);
      assert.match(inPath, /^secrets(?:\/|\/cpk\/)?\[key sha256=[A-Za-z0-9+/]{43}=\]/, `seed ${seed}: ${key}`);
      for (let at = 0; at + 12 <= key.length; at += 1) {
        assert.ok(!inPath.includes(key.slice(at, at + 12)), `seed ${seed}: ${key} -> ${inPath}`);
      }
    }
  });

  it('after a path, the key that ends the path wins over a window that takes the path in and leaves the key\'s end', () => {
    // Seed 20261206 drew this key: `/cpk/eGNk…TaltWfg` also decodes to 32 bytes, and left `/VQrE` behind.
    const key = 'eGNkSthLdoqqTDVvfXTtmeZHiTXXYa/TaltWfg/VQrE';
    const bytes = Buffer.from(key, 'base64');
    assert.equal(redactSecrets(`secrets/cpk/${key}`), `secrets/cpk/${keyMarker(bytes)}`);
    assert.equal(redactKeyMaterial(`see secrets/cpk/${key} now`), `see secrets/cpk/${keyMarker(bytes)} now`);
  });

  it('16- and 24-byte values with a slash are replaced by the plain marker', () => {
    for (let round = 0; round < 20; round += 1) {
      for (const size of [16, 24]) {
        const { key } = slashedLettersKey(random, size);
        assert.equal(redactKeyMaterial(`value ${key} end`), `value ${keyMarker(undefined)} end`, `seed ${seed}: ${key}`);
      }
    }
  });
});
