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
import { everyShape, type PastedKey, randomKeyBytes } from '../../support/keyShapes';
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
  it(`a value under a hash label stays, unless the text holds a key it is not the fingerprint of (seed ${seed})`, () => {
    const random = seededRandom(seed + 1);
    const labels = ['sha256: ', 'SHA-256=', 'sha256 is ', 'fingerprint: "', "hash='", 'md5 ', 'digest was: ', 'x-ms-encryption-key-sha256: ', '"encryptionKeySha256": "'];
    for (let round = 0; round < 20; round += 1) {
      const key = randomKeyBytes(random, 32);
      const other = randomKeyBytes(random, 32).toString('base64');
      for (const label of labels) {
        assert.equal(redactSecrets(`${label}${other}`), `${label}${other}`, `seed ${seed}: ${label}`);
        assert.equal(
          redactSecrets(`key ${key.toString('base64')} ${label}${sha256(key)}`),
          `key ${markerOf(key)} ${label}${sha256(key)}`,
          `seed ${seed}: ${label}, its own fingerprint`,
        );
        assert.equal(
          redactSecrets(`key ${key.toString('base64')} ${label}${other}`),
          `key ${markerOf(key)} ${label}${markerOf(Buffer.from(other, 'base64'))}`,
          `seed ${seed}: ${label}, a key under the label`,
        );
      }
    }
  });
});
