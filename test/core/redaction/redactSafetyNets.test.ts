/**
 * The token pass and the split-line pass of redact.ts on their own. They run after the key-material scan, which
 * replaces nearly everything they would find, so through `redactSecrets` most of their code is never reached and
 * mutation testing could change it freely (issue #21: 51 "shadowed" mutants). They stay as a safety net (the
 * scan skips some letters-only text, and holds letters-only pieces to a randomness test); these tests hold each
 * shape they read to its exact output. Random keys; the seed is printed for replay with PROPERTY_SEED.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { redactSplitKeys, redactTokens } from '../../../src/core/redaction/redact';
import { decodeKey32 } from '../../../src/core/redaction/fingerprint';
import { randomKeyBytes } from '../../support/keyShapes';
import { propertySeed, seededRandom } from '../../support/seededRandom';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('base64');
const marker = (bytes: Buffer): string => `[key sha256=${sha256(bytes)}]`;
const ACCOUNT = '[account key redacted]';

describe('the safety-net passes of the redactor on their own', () => {
  const seed = propertySeed();

  it(`the token pass replaces keys padded, URL-encoded, JSON-escaped, URL-safe and in hex (seed ${seed})`, () => {
    const random = seededRandom(seed);
    for (let round = 0; round < 40; round += 1) {
      const bytes = randomKeyBytes(random, 32);
      const base64 = bytes.toString('base64');
      const expected = marker(bytes);
      assert.equal(redactTokens(`key ${base64} ok`), `key ${expected} ok`, `seed ${seed}`);
      assert.equal(redactTokens(`k ${encodeURIComponent(base64)} ok`), `k ${expected} ok`, `seed ${seed}: URL-encoded`);
      assert.equal(redactTokens(`"k":"${base64.replace(/\//g, '\\/')}"`), `"k":"${expected}"`, `seed ${seed}: JSON-escaped`);
      assert.equal(redactTokens(`k ${bytes.toString('base64url')} ok`), `k ${expected} ok`, `seed ${seed}: URL-safe`);
      assert.equal(redactTokens(`k ${bytes.toString('hex')} ok`), `k ${expected} ok`, `seed ${seed}: hex`);
      assert.equal(redactTokens(`k ${bytes.toString('hex').toUpperCase()} ok`), `k ${expected} ok`, `seed ${seed}: HEX`);
    }
  });

  it(`the token pass replaces a key or an account key at the end of a longer token (seed ${seed})`, () => {
    const random = seededRandom(seed + 1);
    for (let round = 0; round < 40; round += 1) {
      const bytes = randomKeyBytes(random, 32);
      const account = randomKeyBytes(random, 64).toString('base64');
      assert.equal(redactTokens(`file vault_${bytes.toString('base64')} ok`), `file ${marker(bytes)} ok`, `seed ${seed}`);
      assert.equal(redactTokens(`file vault_${bytes.toString('hex')} ok`), `file ${marker(bytes)} ok`, `seed ${seed}`);
      assert.equal(redactTokens(`file vault_${bytes.toString('base64url')} ok`), `file ${marker(bytes)} ok`, `seed ${seed}`);
      assert.equal(redactTokens(`k ${account} ok`), `k ${ACCOUNT} ok`, `seed ${seed}`);
      assert.equal(redactTokens(`k vault_${account} ok`), `k ${ACCOUNT} ok`, `seed ${seed}`);
      assert.equal(redactTokens(`k ${encodeURIComponent(account)} ok`), `k ${ACCOUNT} ok`, `seed ${seed}: URL-encoded`);
    }
  });

  it('the token pass keeps tokens that spell no key: 40 characters and more, a key with a character too many', () => {
    const bytes = Buffer.alloc(32, 7);
    const base64 = bytes.toString('base64');
    for (const text of [
      `k ${'a'.repeat(40)} ok`,
      `k A${base64} ok`,
      `k A${base64.slice(0, 43)}9 ok`,
      `k ${bytes.toString('hex')}0 ok`,
      `k ${'ab'.repeat(44)}== ok`,
      `k ${'%41'.repeat(30)} ok`,
    ]) {
      assert.equal(redactTokens(text), text);
    }
  });

  it(`the token pass keeps a fingerprint under a hash label, and replaces one beside a key it is not of (seed ${seed})`, () => {
    const random = seededRandom(seed + 2);
    for (let round = 0; round < 40; round += 1) {
      const key = randomKeyBytes(random, 32);
      const other = randomKeyBytes(random, 32);
      const fingerprint = sha256(key);
      assert.equal(redactTokens(`sha256: ${other.toString('base64')}`), `sha256: ${other.toString('base64')}`, `seed ${seed}`);
      assert.equal(
        redactTokens(`key ${key.toString('base64')} sha256: ${fingerprint}`),
        `key ${marker(key)} sha256: ${fingerprint}`,
        `seed ${seed}: its own fingerprint, padded`,
      );
      assert.equal(
        redactTokens(`key ${key.toString('base64')} sha256: ${fingerprint.slice(0, 43)}`),
        `key ${marker(key)} sha256: ${fingerprint.slice(0, 43)}`,
        `seed ${seed}: its own fingerprint, unpadded`,
      );
      assert.equal(
        redactTokens(`key ${key.toString('base64')} sha256: ${other.toString('base64')}`),
        `key ${marker(key)} sha256: ${marker(other)}`,
        `seed ${seed}: a key under the hash label`,
      );
      assert.equal(
        redactTokens(`key ${key.toString('base64')} sha256: ${other.toString('base64').slice(0, 40)}`),
        `key ${marker(key)} sha256: ${other.toString('base64').slice(0, 40)}`,
        `seed ${seed}: under the label, but no key`,
      );
    }
  });

  it(`the split-line pass joins a key broken over lines, whatever the breaks and quoting (seed ${seed})`, () => {
    const random = seededRandom(seed + 3);
    const breaks = ['\n', '\r\n', '\\n', '\\r\\n', ' \n ', '\n> ', '\t\n'];
    // Written line breaks (`\n`) after a word would start the run at the `n`: the framed case uses real ones.
    const realBreaks = ['\n', '\r\n', ' \n ', '\n> ', '\t\n'];
    for (let round = 0; round < 60; round += 1) {
      const bytes = randomKeyBytes(random, 32);
      const text = bytes.toString('base64');
      const lineBreak = random.pick(breaks);
      const cut = 4 + random.int(36);
      const second = 2 + random.int(cut - 2);
      assert.equal(redactSplitKeys(`${text.slice(0, cut)}${lineBreak}${text.slice(cut)}`), marker(bytes), `seed ${seed}`);
      const real = random.pick(realBreaks);
      assert.equal(
        redactSplitKeys(`see:${real}${text.slice(0, second)}${real}${text.slice(second, cut)}${real}${text.slice(cut)}${real}end`),
        `see:${real}${marker(bytes)}${real}end`,
        `seed ${seed}: three lines between words`,
      );
      // A line too long to start the key comes first: the key starts on the next line.
      const rule = 'Q'.repeat(60);
      assert.equal(redactSplitKeys(`${rule}${lineBreak}${text.slice(0, cut)}${lineBreak}${text.slice(cut)}`), `${rule}${lineBreak}${marker(bytes)}`, `seed ${seed}`);
      const account = randomKeyBytes(random, 64).toString('base64');
      assert.equal(redactSplitKeys(`${account.slice(0, cut)}${lineBreak}${account.slice(cut)}`), ACCOUNT, `seed ${seed}: account key`);
    }
  });

  it('the split-line pass keeps lines that join to no key', () => {
    for (const text of ['abc\ndef', `${'a'.repeat(30)}\n${'b'.repeat(30)}`, `${'A'.repeat(44)}\n${'B'.repeat(44)}\n${'C'.repeat(44)}`, 'x\n> y\n> z']) {
      assert.equal(redactSplitKeys(text), text);
    }
  });

  it('decodeKey32 reads exactly 43 base64 characters and "=", 43 or 44 URL-safe ones, or 64 hex digits', () => {
    const bytes = Buffer.alloc(32, 200);
    const base64 = bytes.toString('base64');
    assert.deepEqual(decodeKey32(base64), bytes);
    assert.deepEqual(decodeKey32(bytes.toString('base64url')), bytes);
    assert.deepEqual(decodeKey32(bytes.toString('hex')), bytes);
    for (const text of [`x${base64}`, `${base64}x`, `x${bytes.toString('hex')}`, `${bytes.toString('hex')}0`, `${base64}=`, base64.slice(0, 42)]) {
      assert.equal(decodeKey32(text), undefined, text);
    }
  });
});
