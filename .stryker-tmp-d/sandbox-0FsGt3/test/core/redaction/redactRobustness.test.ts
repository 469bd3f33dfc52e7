// @ts-nocheck
import assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/redaction/redact';

describe('redaction never throws on hostile input', function () {
  // CPU-bound: the 240 KB input takes ~0.9 s alone, ~4.3 s under npm test's coverage (V8 block counters), and went
  // past 20 s once on a loaded 2-core machine. A backtracking or quadratic regression would still take minutes.
  this.timeout(60_000);
  const inputs: [string, string][] = [
    ['50,000 short base64 lines (split-key joining must not recurse per line)', 'AAAA\n'.repeat(50000)],
    ['a 250 KB run of base64 characters', 'A'.repeat(250000)],
    ['a 240 KB run of base64 characters and slashes', 'ab/'.repeat(80000)],
    ['5,000 split test-vector keys', 'MDEyMzQ1NjcwMTIzNDU2\nNzAxMjM0NTY3MDEyMzQ1Njc=\n'.repeat(5000)],
  ];
  for (const [name, input] of inputs) {
    it(name, () => {
      const output = redactSecrets(input);
      assert.equal(typeof output, 'string');
      assert.ok(!output.includes('MDEyMzQ1NjcwMTIzNDU2\nNzAxMjM0NTY3MDEyMzQ1Njc='), 'a split key is still found');
    });
  }
});

describe('redaction of values under a SHA-256 label', () => {
  const KEY = 'MDEyMzQ1NjcwMTIzNDU2NzAxMjM0NTY3MDEyMzQ1Njc=';
  const HASH = '3QFFFpRA5+XANHqwwbT4yXDmrT/2JaLt/FKHjzhOdoE=';
  const OTHER_KEY = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=';

  it('keeps the real fingerprint of the key beside it', () => {
    const out = redactSecrets(`x-ms-encryption-key: ${KEY}\nx-ms-encryption-key-sha256: ${HASH}`);
    assert.ok(!out.includes(KEY));
    assert.ok(out.includes(`x-ms-encryption-key-sha256: ${HASH}`));
  });

  it('keeps a lone fingerprint (nothing to compare it with)', () => {
    assert.equal(redactSecrets(`CustomerProvidedKeySha256: ${HASH}`), `CustomerProvidedKeySha256: ${HASH}`);
  });

  it('redacts a key pasted under the SHA-256 label next to another key (swapped or mixed-up values)', () => {
    for (const value of [OTHER_KEY, KEY.slice(0, 43)]) {
      const out = redactSecrets(`export CPK_ENCRYPTION_KEY=${KEY}\nexport CPK_ENCRYPTION_KEY_SHA256=${value}`);
      assert.ok(!out.includes(value.slice(0, 20)), out);
    }
  });
});

describe('redaction memory of clean strings', () => {
  it('gives the same answers the second time, for clean text and for text with a key', () => {
    const clean = 'Rotate: download with the old key, upload again with the new key.';
    const secret = 'x-ms-encryption-key: MDEyMzQ1NjcwMTIzNDU2NzAxMjM0NTY3MDEyMzQ1Njc=';
    for (let round = 0; round < 2; round += 1) {
      assert.equal(redactSecrets(clean), clean);
      assert.ok(!redactSecrets(secret).includes('MDEyMzQ1NjcwMTIzNDU2'), `round ${round}`);
    }
  });
});
