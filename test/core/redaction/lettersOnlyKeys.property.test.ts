/**
 * Keys whose text has no digit, `+`, `/`, `=` or `%` (about one random unpadded 32-byte key in 7,500; a user can
 * paste any key). The key-material scan skips such text to keep prose cheap (redactKeyMaterial.ts), so the token
 * and split-line passes of redact.ts must find these keys alone (issue #21: mutation testing showed those passes
 * untested). Random keys; the seed is printed for replay with PROPERTY_SEED.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { redactSecrets } from '../../../src/core/redaction/redact';
import { propertySeed, type SeededRandom, seededRandom } from '../../support/seededRandom';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Letters that end an unpadded 32-byte key (the last character's two spare bits are zero). */
const LAST_LETTERS = 'AEIMQUYcgkosw';

interface LettersKey {
  text: string;
  marker: string;
}

/** A 32-byte key written as 43 characters from `alphabet`, and the marker the redactor must write for it. */
function lettersKey(random: SeededRandom, alphabet: string): LettersKey {
  let text = '';
  for (let index = 0; index < 42; index += 1) {
    text += random.pick([...alphabet]);
  }
  text += random.pick([...LAST_LETTERS]);
  const bytes = Buffer.from(text, 'base64url');
  assert.equal(bytes.length, 32);
  assert.equal(bytes.toString('base64url'), text, 'a canonical key');
  return { text, marker: `[key sha256=${createHash('sha256').update(bytes).digest('base64')}]` };
}

function splitInto(text: string, parts: number, random: SeededRandom): string[] {
  const cuts = new Set<number>();
  while (cuts.size < parts - 1) {
    cuts.add(4 + random.int(text.length - 8));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return [0, ...sorted].map((start, index) => text.slice(start, sorted[index] ?? text.length));
}

describe('keys spelt with letters only (property tests)', () => {
  const seed = propertySeed();

  it(`are replaced by their fingerprint marker, bare, URL-safe or after a path (seed ${seed})`, () => {
    const random = seededRandom(seed);
    for (let round = 0; round < 100; round += 1) {
      const plain = lettersKey(random, LETTERS);
      const urlSafe = lettersKey(random, `${LETTERS}-_`);
      assert.equal(redactSecrets(`my key is ${plain.text} thanks`), `my key is ${plain.marker} thanks`, `seed ${seed}`);
      assert.equal(redactSecrets(`"${urlSafe.text}"`), `"${urlSafe.marker}"`, `seed ${seed}`);
      assert.equal(redactSecrets(`two keys: ${plain.text} and ${urlSafe.text}.`), `two keys: ${plain.marker} and ${urlSafe.marker}.`, `seed ${seed}`);
      // A key at the end of a longer token (a path or a name): the whole token goes.
      assert.equal(redactSecrets(`file vault-cpk_${plain.text} is mine`), `file ${plain.marker} is mine`, `seed ${seed}`);
    }
  });

  it(`under a CPK key label are replaced by their fingerprint marker; 16-byte ones by the plain marker (seed ${seed})`, () => {
    const random = seededRandom(seed + 4);
    for (let round = 0; round < 50; round += 1) {
      const key = lettersKey(random, LETTERS);
      assert.equal(redactSecrets(`x-ms-encryption-key: ${key.text}`), `x-ms-encryption-key: ${key.marker}`, `seed ${seed}`);
      assert.equal(redactSecrets(`{"encryptionKey": "${key.text}"}`), `{"encryptionKey": "${key.marker}"}`, `seed ${seed}`);
      assert.equal(
        redactSecrets(`<HeaderName>x-ms-encryption-key</HeaderName><HeaderValue>${key.text}</HeaderValue>`),
        `<HeaderName>x-ms-encryption-key</HeaderName><HeaderValue>${key.marker}</HeaderValue>`,
        `seed ${seed}`,
      );
      // 22 letters spell 16 bytes: not a CPK key, so no fingerprint is written for it, but it is still replaced.
      const short = `${key.text.slice(0, 21)}${random.pick(['A', 'Q', 'g', 'w'])}`;
      assert.equal(redactSecrets(`x-ms-encryption-key: ${short}`), 'x-ms-encryption-key: [key redacted]', `seed ${seed}: ${short}`);
    }
  });

  it(`are found split over lines, whatever the line breaks (seed ${seed})`, () => {
    const random = seededRandom(seed + 1);
    const breaks = ['\n', '\r\n', '\\n', '\\r\\n', ' \n  ', '\n> ', '\t\n\t'];
    for (let round = 0; round < 100; round += 1) {
      const key = lettersKey(random, LETTERS);
      const parts = splitInto(key.text, 2 + random.int(3), random);
      const lineBreak = random.pick(breaks);
      const text = `see below:\n${parts.join(lineBreak)}${lineBreak}thanks`;
      assert.equal(redactSecrets(text), `see below:\n${key.marker}${lineBreak}thanks`, `seed ${seed}: ${JSON.stringify(text)}`);
      // A line of letters too long to be part of the key, before it, is kept, line break and all. (A short word
      // line would be ambiguous: any 43 letters with the right last one spell 32 bytes.)
      const rule = 'z'.repeat(50);
      const framed = `${rule}${lineBreak}${parts.join(lineBreak)}${lineBreak}bye`;
      assert.equal(redactSecrets(framed), `${rule}${lineBreak}${key.marker}${lineBreak}bye`, `seed ${seed}: ${JSON.stringify(framed)}`);
    }
  });

  it(`a value under a SHA-256 label is kept alone, and replaced next to a key whose fingerprint it is not (seed ${seed})`, () => {
    const random = seededRandom(seed + 2);
    for (let round = 0; round < 100; round += 1) {
      const key = lettersKey(random, LETTERS);
      const other = lettersKey(random, LETTERS);
      assert.equal(redactSecrets(`sha256 is ${other.text}`), `sha256 is ${other.text}`, `seed ${seed}`);
      assert.equal(redactSecrets(`fingerprint: "${other.text}"`), `fingerprint: "${other.text}"`, `seed ${seed}`);
      assert.equal(
        redactSecrets(`key ${key.text} sha256: ${other.text}`),
        `key ${key.marker} sha256: ${other.marker}`,
        `seed ${seed}: a key pasted under the hash label`,
      );
      // The label is only read right before the value: far away, the value is a key like any other.
      assert.equal(redactSecrets(`sha256 ${'then some more words '.repeat(3)}${other.text}`), `sha256 ${'then some more words '.repeat(3)}${other.marker}`);
    }
  });

  it(`a hex key spelt with the letters a-f only is replaced by its fingerprint marker (seed ${seed})`, () => {
    const random = seededRandom(seed + 5);
    for (let round = 0; round < 50; round += 1) {
      const hex = Array.from({ length: 64 }, () => random.pick([...'abcdefABCDEF'])).join('');
      const marker = `[key sha256=${createHash('sha256').update(Buffer.from(hex, 'hex')).digest('base64')}]`;
      assert.equal(redactSecrets(`the key is ${hex} here`), `the key is ${marker} here`, `seed ${seed}: ${hex}`);
    }
  });

  it('letter runs that are not 32 bytes stay as they are', () => {
    const random = seededRandom(propertySeed() + 3);
    for (const length of [40, 42, 44, 45, 60]) {
      const run = Array.from({ length }, () => random.pick([...LETTERS])).join('');
      assert.equal(redactSecrets(`a run ${run} here`), `a run ${run} here`, run);
      assert.equal(redactSecrets(`${run.slice(0, 20)}\n${run.slice(20)}`), `${run.slice(0, 20)}\n${run.slice(20)}`, run);
    }
  });
});
