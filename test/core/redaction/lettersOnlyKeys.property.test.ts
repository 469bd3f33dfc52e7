/**
 * Keys whose text has no digit, `+`, `/`, `=` or `%` (about one random unpadded 32-byte key in 7,500; a user can
 * paste any key). The key-material scan skips such text to keep prose cheap (redactKeyMaterial.ts), so the token
 * and split-line passes of redact.ts must find these keys alone (issue #21: mutation testing showed those passes
 * untested). Since issue #21 such text with a run of 22 letters or a line continuation goes through the scan too,
 * which finds a key before a `_suffix`, broken once by a space or broken by line continuations. Random keys; the
 * seed is printed for replay with PROPERTY_SEED.
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
      // A key at the end of a longer token (a path or a name): the key goes, the name before it stays (as when
      // the text holds a digit: the key-material scan reads a letters-only token that long, issue #21).
      assert.equal(redactSecrets(`file vault-cpk_${plain.text} is mine`), `file vault-cpk_${plain.marker} is mine`, `seed ${seed}`);
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

  it(`followed by a _suffix or -suffix are replaced, the suffix kept (seed ${seed})`, () => {
    const random = seededRandom(seed + 6);
    for (let round = 0; round < 100; round += 1) {
      const plain = lettersKey(random, LETTERS);
      const urlSafe = lettersKey(random, `${LETTERS}-_`);
      assert.equal(redactSecrets(`file ${plain.text}_backup today`), `file ${plain.marker}_backup today`, `seed ${seed}`);
      assert.equal(redactSecrets(`file ${urlSafe.text}-suffix today`), `file ${urlSafe.marker}-suffix today`, `seed ${seed}`);
      assert.equal(redactSecrets(`vault-cpk_${plain.text}_old`), `vault-cpk_${plain.marker}_old`, `seed ${seed}`);
    }
  });

  it(`split once by a single space are replaced whole, wherever the break falls (seed ${seed})`, () => {
    const random = seededRandom(seed + 7);
    for (let round = 0; round < 100; round += 1) {
      const key = lettersKey(random, round % 2 === 0 ? LETTERS : `${LETTERS}-_`);
      // From two characters on each side: a lone `-` is read as a dash between words, not as a piece of a key.
      const cut = 2 + random.int(key.text.length - 3);
      const broken = `${key.text.slice(0, cut)} ${key.text.slice(cut)}`;
      assert.equal(redactSecrets(`the key: ${broken}.`), `the key: ${key.marker}.`, `seed ${seed}: ${broken}`);
      assert.equal(redactSecrets(`my key:\n${broken}\n(thanks)`), `my key:\n${key.marker}\n(thanks)`, `seed ${seed}: ${broken}`);
    }
  });

  it(`split by line continuations (a backslash before the line break) are replaced whole (seed ${seed})`, () => {
    const random = seededRandom(seed + 8);
    for (let round = 0; round < 100; round += 1) {
      const key = lettersKey(random, round % 2 === 0 ? LETTERS : `${LETTERS}-_`);
      const continuation = random.pick(['\\\n', '\\\r\n', ' \\\n  ', '\\\n\t']);
      // Cuts near even places, so no piece is a lone `-` (read as a dash between words, not as a piece of a key).
      const count = 2 + random.int(3);
      const cuts = Array.from({ length: count - 1 }, (_, index) => Math.floor(((index + 1) * key.text.length) / count) + random.int(5) - 2);
      const parts = [0, ...cuts].map((start, index) => key.text.slice(start, cuts[index] ?? key.text.length));
      const command = (value: string): string => `az storage blob upload --encryption-key ${value} --name report`;
      const text = command(parts.join(continuation));
      assert.equal(redactSecrets(text), command(key.marker), `seed ${seed}: ${JSON.stringify(text)}`);
    }
  });

  it('letter runs that are not 32 bytes stay as they are', () => {
    const random = seededRandom(propertySeed() + 3);
    for (const length of [40, 42, 44, 45, 60]) {
      const run = Array.from({ length }, () => random.pick([...LETTERS])).join('');
      // "of" and the run never join to 43 letters (a key broken once by a space, which is redacted: below).
      assert.equal(redactSecrets(`a run of ${run} here`), `a run of ${run} here`, run);
      assert.equal(redactSecrets(`${run.slice(0, 20)}\n${run.slice(20)}`), `${run.slice(0, 20)}\n${run.slice(20)}`, run);
    }
  });
});
