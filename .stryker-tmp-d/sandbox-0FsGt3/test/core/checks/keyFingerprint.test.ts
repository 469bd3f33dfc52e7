/**
 * The key fingerprint CPK uses (cpk-facts.md §1) and its short display form (issue #21, found by mutation
 * testing: the key check's tests never pinned them). Random keys, compared with an independent computation.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { fingerprintOf, sha256, shortFingerprint } from '../../../src/core/checks/key/fingerprint';

describe('key fingerprint', () => {
  it('is base64 of the SHA-256 of the raw key bytes (44 characters for any 32-byte key)', () => {
    for (let round = 0; round < 20; round += 1) {
      const key = randomBytes(32);
      const expected = createHash('sha256').update(key).digest('base64');
      assert.equal(fingerprintOf(key), expected);
      assert.equal(fingerprintOf(key).length, 44);
      assert.deepEqual(sha256(key), createHash('sha256').update(key).digest());
    }
    assert.equal(sha256('abc').toString('hex'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('shortens a fingerprint to ten characters and an ellipsis, and keeps a short value whole', () => {
    assert.equal(shortFingerprint('0123456789abcdef'), '0123456789…');
    assert.equal(shortFingerprint('0123456789'), '0123456789');
    assert.equal(shortFingerprint('01234567890'), '0123456789…');
    assert.equal(shortFingerprint(''), '');
  });
});
