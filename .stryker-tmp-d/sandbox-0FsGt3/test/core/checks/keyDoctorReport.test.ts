/**
 * What the key/hash doctor's card says (issue #21: mutation testing showed the messages, evidence and next steps
 * could change without a failing test). Random keys (their base64 holds `+` and `/`); the seed is printed for
 * replay with PROPERTY_SEED.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { CheckResult } from '../../../src/core/checks/checkResult';
import { diagnoseKeyPair } from '../../../src/core/checks/key/diagnoseKeyPair';
import { randomKeyBytes } from '../../support/keyShapes';
import { propertySeed, seededRandom } from '../../support/seededRandom';

const sha = (data: Buffer | string): Buffer => createHash('sha256').update(data).digest();
const fingerprintOf = (bytes: Buffer): string => sha(bytes).toString('base64');

const KEY_EVIDENCE = 'Key';
const FINGERPRINT_EVIDENCE = 'Fingerprint of the key (SHA-256 of its raw bytes)';
const HASH_EVIDENCE = 'SHA-256 you gave';
const MATCH_EVIDENCE = 'Hash matches the key';
const ALL_THREE_HEADERS = 'Send all three headers on every request: the base64 key, base64(SHA-256 of the raw key bytes) and AES256.';
const USE_FINGERPRINT = 'Use this fingerprint with "Check a blob" or "List keys in a container" to see which blobs this key opens.';
const ASK_FOR_VALUES = 'Paste the SHA-256 fingerprint, or both values with their labels (x-ms-encryption-key-sha256: …).';

const evidenceOf = (result: CheckResult): Record<string, string> => Object.fromEntries(result.evidence.map((item) => [item.title, item.value]));

describe('key/hash doctor: what the card says', () => {
  const seed = propertySeed();

  it(`a key with its own SHA-256 passes, shows the key's fingerprint and never the key (seed ${seed})`, () => {
    const random = seededRandom(seed);
    for (let round = 0; round < 40; round += 1) {
      const bytes = randomKeyBytes(random, 32);
      const key = bytes.toString('base64');
      const fingerprint = fingerprintOf(bytes);
      const diagnosis = diagnoseKeyPair({ key, hash: fingerprint, algorithm: 'AES256' });
      assert.deepEqual(diagnosis.result, {
        check: 'key-check',
        status: 'pass',
        cause: 'The key is base64 of exactly 32 bytes and the SHA-256 belongs to it.',
        evidence: [
          { title: KEY_EVIDENCE, value: '32 bytes (not shown)' },
          { title: FINGERPRINT_EVIDENCE, value: fingerprint },
          { title: HASH_EVIDENCE, value: `${fingerprint.slice(0, 10)}…` },
          { title: MATCH_EVIDENCE, value: 'yes' },
          { title: 'Algorithm', value: 'AES256' },
        ],
        nextSteps: [USE_FINGERPRINT],
      }, `seed ${seed}`);
      assert.equal(diagnosis.keyFingerprint, fingerprint);
      assert.deepEqual(diagnosis.mistakes, []);
    }
  });

  it(`a key alone passes with its fingerprint; a SHA-256 alone passes and is compared with a listing (seed ${seed})`, () => {
    const random = seededRandom(seed + 1);
    for (let round = 0; round < 20; round += 1) {
      const bytes = randomKeyBytes(random, 32);
      const fingerprint = fingerprintOf(bytes);
      const keyOnly = diagnoseKeyPair({ key: bytes.toString('base64') });
      assert.deepEqual(keyOnly.result, {
        check: 'key-check',
        status: 'pass',
        cause: 'The key is base64 of exactly 32 bytes. Its fingerprint is shown below.',
        evidence: [
          { title: KEY_EVIDENCE, value: '32 bytes (not shown)' },
          { title: FINGERPRINT_EVIDENCE, value: fingerprint },
        ],
        nextSteps: [USE_FINGERPRINT],
      });
      const hashOnly = diagnoseKeyPair({ hash: fingerprint });
      assert.deepEqual(hashOnly.result, {
        check: 'key-check',
        status: 'pass',
        cause: 'The SHA-256 value is well-formed base64 of 32 bytes.',
        evidence: [{ title: HASH_EVIDENCE, value: `${fingerprint.slice(0, 10)}…` }],
        nextSteps: [
          'Compare this fingerprint with the blob\'s CustomerProvidedKeySha256 from a listing ("Check a blob" or "List keys in a container").',
        ],
      });
      assert.equal(hashOnly.keyFingerprint, undefined);
      assert.ok(!('keyFingerprint' in hashOnly), 'no fingerprint field without a key');
    }
  });

  it('the algorithm alone is checked, and the card does not claim a key or SHA-256 it was not given', () => {
    const diagnosis = diagnoseKeyPair({ algorithm: ' AES256 ' });
    assert.deepEqual(diagnosis.result, {
      check: 'key-check',
      status: 'pass',
      cause: 'The algorithm is AES256, the one CPK takes. I found no key or SHA-256 value to check.',
      evidence: [{ title: 'Algorithm', value: ' AES256 ' }],
      nextSteps: [ASK_FOR_VALUES],
    });
    const wrong = diagnoseKeyPair({ algorithm: 'AES-256-GCM' });
    assert.equal(wrong.result.status, 'fail');
    assert.equal(wrong.result.cause, 'The algorithm must be exactly AES256 (x-ms-encryption-algorithm: AES256).');
    assert.deepEqual(wrong.result.nextSteps, ['Send x-ms-encryption-algorithm: AES256 (the SDKs and AzCopy set it for you).', ALL_THREE_HEADERS]);
  });

  it('with nothing to check it answers "error" and asks for the values', () => {
    assert.deepEqual(diagnoseKeyPair({}).result, {
      check: 'key-check',
      status: 'error',
      cause: 'I found no key or SHA-256 value to check.',
      evidence: [],
      nextSteps: [ASK_FOR_VALUES],
    });
  });

  it('shows at most 40 characters of a pasted algorithm', () => {
    const pasted = `AES256${'x'.repeat(100)}`;
    const diagnosis = diagnoseKeyPair({ algorithm: pasted });
    assert.equal(evidenceOf(diagnosis.result).Algorithm, pasted.slice(0, 40));
    assert.deepEqual(diagnosis.mistakes.map((mistake) => mistake.code), ['algorithm']);
  });

  it(`every mistake is named in the cause, in order, and each has its own fix step before the three-headers rule (seed ${seed})`, () => {
    const random = seededRandom(seed + 2);
    for (let round = 0; round < 10; round += 1) {
      const short = randomKeyBytes(random, 16);
      const diagnosis = diagnoseKeyPair({ key: short.toString('base64'), hash: fingerprintOf(short), algorithm: 'AES-256' });
      assert.deepEqual(diagnosis.mistakes.map((mistake) => mistake.code), ['key-wrong-length', 'algorithm']);
      assert.equal(diagnosis.result.status, 'fail');
      assert.equal(diagnosis.result.check, 'key-check');
      assert.equal(diagnosis.result.cause, diagnosis.mistakes.map((mistake) => mistake.message).join(' '));
      assert.match(diagnosis.result.cause, /^The key decodes to 16 bytes; CPK needs exactly 32 raw bytes \(AES-256\)\. 16 bytes is an AES-128 key size/);
      assert.deepEqual(diagnosis.result.nextSteps, [
        'Generate a new 32-byte key (for example crypto.randomBytes(32) or openssl rand -base64 32) if this key was never used to write data.',
        'Send x-ms-encryption-algorithm: AES256 (the SDKs and AzCopy set it for you).',
        ALL_THREE_HEADERS,
      ]);
      // The hash belongs to the (short) key: the doctor says so rather than calling it a mismatch.
      assert.deepEqual(evidenceOf(diagnosis.result), {
        [KEY_EVIDENCE]: '16 bytes (not shown)',
        [FINGERPRINT_EVIDENCE]: fingerprintOf(short),
        [HASH_EVIDENCE]: `${fingerprintOf(short).slice(0, 10)}…`,
        [MATCH_EVIDENCE]: 'yes',
        Algorithm: 'AES-256',
      });
    }
  });

  it(`names the hash mistakes with their fix steps, and says the hash does not match (seed ${seed})`, () => {
    const random = seededRandom(seed + 3);
    for (let round = 0; round < 10; round += 1) {
      const bytes = randomKeyBytes(random, 32);
      const key = bytes.toString('base64');
      const other = randomKeyBytes(random, 32);
      const cases: [string, string, string, string][] = [
        ['hash of the base64 text', sha(key).toString('base64'), 'hash-of-base64-text', 'Recompute the SHA-256 over the decoded key bytes with one of the one-line commands on this card.'],
        ['hash of the text without its padding', sha(key.replace(/=+$/, '')).toString('base64'), 'hash-of-base64-text', 'Recompute the SHA-256 over the decoded key bytes with one of the one-line commands on this card.'],
        ['hash of another key', fingerprintOf(other), 'hash-mismatch', 'Recompute the SHA-256 from the key you use, with one of the one-line commands on this card.'],
      ];
      for (const [name, hash, code, step] of cases) {
        const diagnosis = diagnoseKeyPair({ key, hash });
        assert.deepEqual(diagnosis.mistakes.map((mistake) => mistake.code), [code], name);
        assert.deepEqual(diagnosis.result.nextSteps, [step, ALL_THREE_HEADERS], name);
        assert.equal(evidenceOf(diagnosis.result)[MATCH_EVIDENCE], 'no', name);
        assert.equal(diagnosis.keyFingerprint, fingerprintOf(bytes), name);
      }
      const swapped = diagnoseKeyPair({ key: fingerprintOf(bytes), hash: key });
      assert.deepEqual(swapped.mistakes.map((mistake) => mistake.code), ['swapped']);
      assert.equal(swapped.result.cause, 'The key and the SHA-256 are swapped: the value given as the hash is the key, and the other is its hash.');
      assert.deepEqual(swapped.result.nextSteps, [
        'Put the key in x-ms-encryption-key (CPK_ENCRYPTION_KEY) and its hash in x-ms-encryption-key-sha256 (CPK_ENCRYPTION_KEY_SHA256).',
        ALL_THREE_HEADERS,
      ]);
    }
  });

  it(`a hash over the base64 text of a 16-byte key without its two '=' is named (seed ${seed})`, () => {
    const random = seededRandom(seed + 4);
    for (let round = 0; round < 10; round += 1) {
      const key = randomKeyBytes(random, 16).toString('base64');
      assert.ok(key.endsWith('=='));
      const diagnosis = diagnoseKeyPair({ key, hash: sha(key.slice(0, -2)).toString('base64') });
      assert.deepEqual(diagnosis.mistakes.map((mistake) => mistake.code), ['key-wrong-length', 'hash-of-base64-text']);
    }
  });

  it('a value of the wrong size given as the hash is not called a swapped key, even when the key is its SHA-256', () => {
    const twentyBytes = Buffer.alloc(20, 0xab);
    const diagnosis = diagnoseKeyPair({ key: fingerprintOf(twentyBytes), hash: twentyBytes.toString('base64') });
    assert.deepEqual(diagnosis.mistakes.map((mistake) => mistake.code), ['hash-wrong-length', 'hash-mismatch']);
    assert.match(diagnosis.result.cause, /^The SHA-256 decodes to 20 bytes; a SHA-256 is always 32 bytes\. /);
  });

  it('formatting mistakes are named without a fix step of their own, and the bytes are still compared', () => {
    const bytes = Buffer.alloc(32, 0xfb);
    const hex = diagnoseKeyPair({ key: bytes.toString('hex'), hash: `${fingerprintOf(bytes)}\n` });
    assert.deepEqual(hex.mistakes.map((mistake) => mistake.code), ['key-hex', 'hash-whitespace']);
    assert.equal(
      hex.result.cause,
      "The key is written in hex; the header needs base64 of the raw bytes. The SHA-256 contains spaces or line breaks; send the value on one line with nothing around it.",
    );
    assert.deepEqual(hex.result.nextSteps, [ALL_THREE_HEADERS]);
    assert.equal(evidenceOf(hex.result)[MATCH_EVIDENCE], 'yes');
  });

  it('an undecodable key shows no key evidence and no fingerprint, and its hash is not compared', () => {
    const diagnosis = diagnoseKeyPair({ key: 'not*a*key', hash: fingerprintOf(Buffer.alloc(32, 1)) });
    assert.deepEqual(diagnosis.mistakes.map((mistake) => mistake.code), ['key-not-base64']);
    assert.deepEqual(Object.keys(evidenceOf(diagnosis.result)), [HASH_EVIDENCE]);
    assert.equal(diagnosis.keyFingerprint, undefined);
    assert.equal(diagnosis.result.cause, 'The key is not valid base64.');
  });
});
