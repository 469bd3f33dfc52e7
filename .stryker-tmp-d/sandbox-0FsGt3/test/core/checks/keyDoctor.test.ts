// @ts-nocheck
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { diagnoseKeyPair } from '../../../src/core/checks/key/diagnoseKeyPair';
import { carriesKeyValues, extractKeyInputs } from '../../../src/core/checks/key/extractKeyInputs';
import type { KeyMistakeCode } from '../../../src/core/checks/key/keyMistakes';

// The Azure SDKs' published test vector (cpk-facts.md §1).
const KEY = 'MDEyMzQ1NjcwMTIzNDU2NzAxMjM0NTY3MDEyMzQ1Njc=';
const HASH = '3QFFFpRA5+XANHqwwbT4yXDmrT/2JaLt/FKHjzhOdoE=';
const keyBytes = Buffer.from(KEY, 'base64');
const hashBytes = Buffer.from(HASH, 'base64');
const sha = (data: Buffer | string): Buffer => createHash('sha256').update(data).digest();
const urlSafe = (b64: string): string => b64.replace(/\+/g, '-').replace(/\//g, '_');
// A key whose base64 has '+' or '/' so the URL-safe alphabet shows.
const slashKey = Buffer.alloc(32, 0xfb).toString('base64');

describe('key/hash doctor', () => {
  it('passes the SDK test vector and shows its fingerprint, never the key', () => {
    const diagnosis = diagnoseKeyPair({ key: KEY, hash: HASH });
    assert.equal(diagnosis.result.status, 'pass');
    assert.equal(diagnosis.keyFingerprint, HASH);
    assert.deepEqual(diagnosis.mistakes, []);
    assert.ok(!JSON.stringify(diagnosis.result).includes(KEY), 'the key never appears in the result');
  });

  const table: [string, { key?: string; hash?: string; algorithm?: string }, KeyMistakeCode[]][] = [
    ['hash of the base64 text', { key: KEY, hash: sha(KEY).toString('base64') }, ['hash-of-base64-text']],
    ['hash of the text without padding (azure-storage-cpp #322)', { key: KEY, hash: sha(KEY).toString('base64').replace(/=+$/, '') }, ['hash-missing-padding', 'hash-of-base64-text']],
    ['hex-encoded key', { key: keyBytes.toString('hex'), hash: HASH }, ['key-hex']],
    ['hex-encoded hash', { key: KEY, hash: hashBytes.toString('hex') }, ['hash-hex']],
    ['16-byte key', { key: Buffer.alloc(16, 1).toString('base64') }, ['key-wrong-length']],
    ['24-byte key', { key: Buffer.alloc(24, 1).toString('base64') }, ['key-wrong-length']],
    ['64-byte key', { key: Buffer.alloc(64, 1).toString('base64') }, ['key-wrong-length']],
    ['256-byte key (randomBytes(256))', { key: Buffer.alloc(256, 7).toString('base64') }, ['key-wrong-length']],
    ['URL-safe key', { key: urlSafe(slashKey), hash: sha(Buffer.alloc(32, 0xfb)).toString('base64') }, ['key-url-safe']],
    ['missing padding on the key', { key: KEY.replace(/=$/, ''), hash: HASH }, ['key-missing-padding']],
    ['trailing newline on the key', { key: `${KEY}\n`, hash: HASH }, ['key-whitespace']],
    ['space inside the hash', { key: KEY, hash: `${HASH.slice(0, 10)} ${HASH.slice(10)}` }, ['hash-whitespace']],
    ['algorithm other than AES256', { key: KEY, hash: HASH, algorithm: 'AES-256' }, ['algorithm']],
    ['lower-case algorithm', { hash: HASH, algorithm: 'aes256' }, ['algorithm']],
    ['hash of another key', { key: KEY, hash: sha(Buffer.alloc(32, 9)).toString('base64') }, ['hash-mismatch']],
    ['key and hash swapped', { key: sha(Buffer.alloc(32, 3)).toString('base64'), hash: Buffer.alloc(32, 3).toString('base64') }, ['swapped']],
    ['garbage key', { key: 'not a key!!' }, ['key-whitespace', 'key-not-base64']],
    ['garbage hash', { hash: '%%%%' }, ['hash-not-base64']],
    ['non-canonical base64', { key: KEY.replace(/c=$/, 'd=') }, ['key-not-base64']],
    ['empty hash', { hash: '' }, ['hash-empty']],
    ['huge input', { key: 'A'.repeat(100_000) }, ['key-not-base64']],
    ['hash of 20 bytes (SHA-1 size)', { hash: Buffer.alloc(20, 1).toString('base64') }, ['hash-wrong-length']],
  ];
  for (const [name, input, expected] of table) {
    it(`names the mistake: ${name}`, () => {
      const diagnosis = diagnoseKeyPair(input);
      assert.deepEqual(diagnosis.mistakes.map((mistake) => mistake.code), expected);
      assert.equal(diagnosis.result.status, 'fail');
      assert.ok(diagnosis.result.cause.length > 10);
      if (input.key !== undefined && input.key.length > 8) {
        assert.ok(!JSON.stringify(diagnosis.result).includes(input.key.trim()), 'the key is never echoed');
      }
    });
  }

  it('recognises the fact sheet\'s wrong value: the hash of the base64 text starts pOtgoYmf', () => {
    const wrong = sha(KEY).toString('base64');
    assert.ok(wrong.startsWith('pOtgoYmf'));
    assert.deepEqual(diagnoseKeyPair({ key: KEY, hash: wrong }).mistakes.map((mistake) => mistake.code), ['hash-of-base64-text']);
  });

  it('accepts a well-formed fingerprint alone', () => {
    assert.equal(diagnoseKeyPair({ hash: HASH }).result.status, 'pass');
  });

  it('answers "error" when there is nothing to check', () => {
    assert.equal(diagnoseKeyPair({}).result.status, 'error');
  });
});

/** The extracted values without the `labelled` flag. */
function valuesOf(text: string): Record<string, string | undefined> {
  const found: Record<string, string | boolean | undefined> = { ...extractKeyInputs(text) };
  delete found.labelled;
  return found as Record<string, string | undefined>;
}

describe('key/hash doctor: values taken from their labels', () => {
  const table: [string, string, { key?: string; hash?: string; algorithm?: string }][] = [
    ['request headers', `x-ms-encryption-key: ${KEY}\nx-ms-encryption-key-sha256: ${HASH}\nx-ms-encryption-algorithm: AES256`, { key: KEY, hash: HASH, algorithm: 'AES256' }],
    ['curl -H flags', `curl -H "x-ms-encryption-key-sha256: ${HASH}" -H "x-ms-encryption-key: ${KEY}"`, { key: KEY, hash: HASH }],
    ['AzCopy bash variables', `export CPK_ENCRYPTION_KEY=${KEY}\nexport CPK_ENCRYPTION_KEY_SHA256=${HASH}`, { key: KEY, hash: HASH }],
    ['AzCopy PowerShell variables', `$env:CPK_ENCRYPTION_KEY = "${KEY}"\n$env:CPK_ENCRYPTION_KEY_SHA256 = "${HASH}"`, { key: KEY, hash: HASH }],
    ['AzCopy cmd variables', `set CPK_ENCRYPTION_KEY_SHA256=${HASH}`, { hash: HASH }],
    ['JS snippet', `const cpk = { encryptionKey: "${KEY}", encryptionKeySha256: '${HASH}', encryptionAlgorithm: "AES256" };`, { key: KEY, hash: HASH, algorithm: 'AES256' }],
    ['Python snippet', `CustomerProvidedEncryptionKey(key_value="${KEY}", key_hash="${HASH}")`, { key: KEY, hash: HASH }],
    ['plain labels with colons', `key: ${KEY} hash: ${HASH}`, { key: KEY, hash: HASH }],
    ['plain labels with equals signs', `key=${KEY} sha256=${HASH}`, { key: KEY, hash: HASH }],
    ['labels in a sentence', `my key is ${KEY} and the sha is ${HASH}`, { key: KEY, hash: HASH }],
    ['SHA-256 spelt with a dash, in backticks', `SHA-256: \`${HASH}\``, { hash: HASH }],
    ['a fingerprint only', `the fingerprint was ${HASH}.`, { hash: HASH }],
    ['one value in a sentence is the fingerprint', `can you check ${HASH}?`, { hash: HASH }],
    ['two values in a sentence are key then hash', `please check "${KEY}" with "${HASH}", thanks`, { key: KEY, hash: HASH }],
    ['quoted value with an escaped newline', `encryptionKey: "${KEY}\\n"`, { key: `${KEY}\n` }],
    ['one bare value is the fingerprint', `  ${HASH} `, { hash: HASH }],
    ['two bare values are key then hash', `${KEY}\n${HASH}`, { key: KEY, hash: HASH }],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => {
      assert.deepEqual(valuesOf(text), expected);
    });
  }

  it('finds nothing in prose', () => {
    assert.deepEqual(valuesOf('my key does not work, what do I do now'), {});
    assert.deepEqual(valuesOf('the key: none of them work since the rotation'), {});
    assert.deepEqual(valuesOf('request 8f2e1c3a-001e-0042-3c1a-5b2f6e000000 failed with BlobCustomerSpecifiedEncryptionMismatch'), {});
    assert.deepEqual(valuesOf('the x-ms-encryption-key-sha256 header is missing from my request'), {});
  });
});

describe('key/hash values in a message, as the case log reads them', () => {
  const carries: [string, string][] = [
    ['request headers', `x-ms-encryption-key: ${KEY}`],
    ['a plain label', `key: ${KEY}`],
    ['one bare value', HASH],
    ['two bare values', `${KEY} ${HASH}`],
    ['a value cut short, alone', KEY.slice(0, 30)],
    ['a URL-safe value in a sentence', `is ${urlSafe(slashKey)} right?`],
    ['a hex fingerprint alone', hashBytes.toString('hex')],
  ];
  for (const [name, text] of carries) {
    it(`carries values: ${name}`, () => assert.equal(carriesKeyValues(text), true));
  }
  const ordinary: [string, string][] = [
    ['a greeting', 'hello'],
    ['two words', 'lost key'],
    ['an error code alone', 'BlobCustomerSpecifiedEncryptionMismatch'],
    ['an error code with its status', '409 BlobUsesCustomerSpecifiedEncryption'],
    ['a header name alone', 'InvalidHeaderValue'],
    ['a request id alone', '8f2e1c3a-001e-0042-3c1a-5b2f6e000000'],
    ['a version', 'x-ms-version 2019-02-02'],
    ['a question', 'How do I rotate a customer-provided key?'],
  ];
  for (const [name, text] of ordinary) {
    it(`carries none: ${name}`, () => assert.equal(carriesKeyValues(text), false));
  }
});
