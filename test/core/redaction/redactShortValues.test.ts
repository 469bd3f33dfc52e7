/**
 * Short strings skip the full scan when they cannot hold a secret (issue #16's fast path); these are the short
 * secrets that must not skip it (issue #21). A 16-byte value needs 22 base64 characters, and in URL-safe base64
 * some of them are `_` and `-`; a byte array of small numbers fits in 31 characters, most of them commas.
 */
import assert from 'node:assert/strict';
import { redactSecrets, redactSecretsFully } from '../../../src/core/redaction/redact';
import { keyMarker } from '../../../src/core/redaction/fingerprint';
import { propertySeed, seededRandom } from '../../support/seededRandom';

describe('short secrets do not take the fast path', () => {
  const seed = propertySeed();

  it(`a URL-safe 16-byte value with _ or - in it, alone or after a word (seed ${seed})`, () => {
    const random = seededRandom(seed);
    let tried = 0;
    while (tried < 40) {
      const value = random.bytes(16).toString('base64url');
      // Only values the scan counts (a digit in them) that hold `_` or `-`, the characters this test is about.
      if (!/[_-]/.test(value) || !/\d/.test(value)) {
        continue;
      }
      tried += 1;
      for (const text of [value, `id ${value}`, `(${value})`]) {
        assert.equal(redactSecrets(text), text.replace(value, keyMarker(undefined)), `seed ${seed}: ${text}`);
      }
    }
  });

  it('a byte array of 16 small numbers, as the full scan reads it', () => {
    for (const text of ['[1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7]', '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}', 'k [9,8,7,6,5,4,3,2,1,0,1,2,3,4,5,6]']) {
      assert.equal(redactSecrets(text), redactSecretsFully(text), text);
      assert.match(redactSecrets(text), /\[key redacted\]/, text);
    }
  });
});
