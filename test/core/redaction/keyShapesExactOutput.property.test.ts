/**
 * What the redactor writes for every key shape the key check reads, character for character (issue #21): the
 * shape property test checks that no 12-character run of a key is left, which a scan that replaced too much, wrote
 * the wrong marker or dropped the text around the key would pass. Here each key becomes exactly its marker (the
 * fingerprint for 32 bytes, the account-key marker for 64, the plain marker for 16 and 24), the text around it
 * stays, and a fingerprint beside it stays readable. Random keys; the seed is printed for replay with PROPERTY_SEED.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { redactSecrets } from '../../../src/core/redaction/redact';
import { everyShape, type PastedKey } from '../../support/keyShapes';
import { propertySeed, seededRandom } from '../../support/seededRandom';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('base64');

function markerOf(bytes: Buffer): string {
  if (bytes.length === 32) {
    return `[key sha256=${sha256(bytes)}]`;
  }
  return bytes.length === 64 ? '[account key redacted]' : '[key redacted]';
}

/** The value as it should read redacted: byte arrays go whole, concatenated pieces keep their outer quotes. */
function redactedValue(key: PastedKey): string {
  const marker = markerOf(key.bytes);
  if (/byte array|bytes list|escaped bytes/.test(key.shape)) {
    return marker;
  }
  if (/concatenation/.test(key.shape)) {
    return `${key.value.slice(0, 1)}${marker}${key.value.slice(-1)}`;
  }
  return key.value.replace(key.secret, marker);
}

describe('every key shape, redacted to exactly its marker (property test)', () => {
  const seed = propertySeed();

  it(`alone, in a sentence, and beside its fingerprint (seed ${seed})`, () => {
    const random = seededRandom(seed);
    for (let round = 0; round < 10; round += 1) {
      for (const key of everyShape(random)) {
        const expected = redactedValue(key);
        assert.equal(redactSecrets(key.value), expected, `seed ${seed}, ${key.shape}: ${key.value}`);
        assert.equal(redactSecrets(`see ${key.value} ok`), `see ${expected} ok`, `seed ${seed}, ${key.shape}`);
        const fingerprint = sha256(key.bytes);
        assert.equal(
          redactSecrets(`my key is ${key.value} and sha256 is ${fingerprint}`),
          `my key is ${expected} and sha256 is ${fingerprint}`,
          `seed ${seed}, ${key.shape}`,
        );
      }
    }
  });
});
