/**
 * The key check's decoder (also the redactor's, issue #15) on random values in the shapes people paste: it must
 * recover the bytes and name exactly the formatting mistakes made, no more (a wrong "lost its padding" sends a
 * user after the wrong fix). Issue #21: mutation testing showed most of these could change unnoticed. The seed is
 * printed for replay with PROPERTY_SEED.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { analyzeEncodedValue, MAX_VALUE_CHARS, type ValueProblem } from '../../../src/core/checks/key/analyzeEncodedValue';
import { randomKeyBytes } from '../../support/keyShapes';
import { propertySeed, type SeededRandom, seededRandom } from '../../support/seededRandom';

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INVISIBLES = ['\u200B', '\u00AD', '\u0000', '\uFEFF', '\u2060'];
const WHITESPACE = [' ', '\n', '\r\n', '\t', '  '];

const kinds = (problems: ValueProblem[]): string[] => problems.map((problem) => problem.kind);
/** The wrong-length problem a value of `size` bytes adds (none for 32). */
const lengthProblem = (size: number): ValueProblem[] => (size === 32 ? [] : [{ kind: 'wrong-length', bytes: size }]);

function insertAt(text: string, at: number, piece: string): string {
  return `${text.slice(0, at)}${piece}${text.slice(at)}`;
}

function randomBase64Characters(random: SeededRandom, length: number): string {
  return Array.from({ length }, () => random.pick([...BASE64_ALPHABET])).join('');
}

describe('key check decoder (property tests)', () => {
  const seed = propertySeed();

  it(`reads standard base64 of any size, naming only a wrong length (seed ${seed})`, () => {
    const random = seededRandom(seed);
    for (let round = 0; round < 300; round += 1) {
      const size = 1 + random.int(80);
      const bytes = random.bytes(size);
      const text = bytes.toString('base64');
      const analyzed = analyzeEncodedValue(text);
      assert.deepEqual(analyzed, { bytes, problems: lengthProblem(size), compact: text }, `seed ${seed}: ${size} bytes`);
    }
  });

  it(`names lost padding and the URL-safe alphabet, and still recovers the bytes (seed ${seed})`, () => {
    const random = seededRandom(seed + 1);
    for (let round = 0; round < 200; round += 1) {
      const size = random.pick([16, 24, 32, 64]);
      const bytes = randomKeyBytes(random, size);
      const padded = bytes.toString('base64');
      const unpadded = padded.replace(/=+$/, '');
      const lostPadding: ValueProblem[] = unpadded === padded ? [] : [{ kind: 'missing-padding' }];
      assert.deepEqual(analyzeEncodedValue(unpadded), { bytes, problems: [...lostPadding, ...lengthProblem(size)], compact: unpadded }, `seed ${seed}`);
      const urlSafe = bytes.toString('base64url');
      assert.deepEqual(
        analyzeEncodedValue(urlSafe),
        { bytes, problems: [{ kind: 'url-safe' }, ...lostPadding, ...lengthProblem(size)], compact: urlSafe },
        `seed ${seed}: ${urlSafe}`,
      );
      // Only one of the two characters swapped: each must still be read back.
      for (const half of [padded.replace(/\+/g, '-'), padded.replace(/\//g, '_')]) {
        assert.deepEqual(analyzeEncodedValue(half).bytes, bytes, `seed ${seed}: ${half}`);
        assert.deepEqual(kinds(analyzeEncodedValue(half).problems), ['url-safe', ...kinds(lengthProblem(size))]);
      }
    }
  });

  it(`reads hex of 16, 24, 32 and 64 bytes, plain, with 0x or with colons, and names it (seed ${seed})`, () => {
    const random = seededRandom(seed + 2);
    for (let round = 0; round < 100; round += 1) {
      const size = random.pick([16, 24, 32, 64]);
      const bytes = random.bytes(size);
      const hex = bytes.toString('hex');
      const pairs = hex.match(/../g) ?? [];
      for (const text of [hex, hex.toUpperCase(), `0x${hex}`, pairs.join(':'), pairs.join('-')]) {
        assert.deepEqual(analyzeEncodedValue(text), { bytes, problems: [{ kind: 'hex' }, ...lengthProblem(size)], compact: text }, `seed ${seed}: ${text}`);
      }
    }
  });

  it('reads 40 hex digits (a SHA-1) as base64, not as hex: only the usual key sizes are taken for hex', () => {
    const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
    const analyzed = analyzeEncodedValue(sha1);
    assert.deepEqual(kinds(analyzed.problems), ['wrong-length']);
    assert.deepEqual(analyzed.bytes, Buffer.from(sha1, 'base64'));
  });

  it(`names invisible characters and whitespace, in that order, and leaves neither in the compact value (seed ${seed})`, () => {
    const random = seededRandom(seed + 3);
    for (let round = 0; round < 200; round += 1) {
      const bytes = randomKeyBytes(random, 32);
      const key = bytes.toString('base64');
      const hidden = insertAt(key, 1 + random.int(key.length - 1), random.pick(INVISIBLES));
      assert.deepEqual(analyzeEncodedValue(hidden), { bytes, problems: [{ kind: 'invisible' }], compact: key }, `seed ${seed}`);
      const spaced = insertAt(key, 1 + random.int(key.length - 1), random.pick(WHITESPACE));
      assert.deepEqual(analyzeEncodedValue(spaced), { bytes, problems: [{ kind: 'whitespace' }], compact: key }, `seed ${seed}`);
      const both = `${random.pick(WHITESPACE)}${hidden}${random.pick(WHITESPACE)}`;
      assert.deepEqual(analyzeEncodedValue(both), { bytes, problems: [{ kind: 'invisible' }, { kind: 'whitespace' }], compact: key }, `seed ${seed}`);
    }
  });

  it('an empty value is only "empty", whatever invisible characters or whitespace it held', () => {
    for (const text of ['', ' ', '\n\t', '\u200B', ` \u00AD\u0000 `]) {
      assert.deepEqual(analyzeEncodedValue(text), { problems: [{ kind: 'empty' }], compact: '' }, JSON.stringify(text));
    }
  });

  it(`refuses text that is not base64, without claiming lost padding (seed ${seed})`, () => {
    const random = seededRandom(seed + 4);
    for (let round = 0; round < 200; round += 1) {
      const key = randomKeyBytes(random, 32).toString('base64');
      const bad = insertAt(key, random.int(key.length - 1), random.pick(['*', '!', '.', '$', '%', '"', '=']));
      assert.deepEqual(analyzeEncodedValue(bad), { problems: [{ kind: 'not-base64' }], compact: bad }, `seed ${seed}: ${bad}`);
      // A length one past a multiple of four cannot be base64, padded or not.
      const odd = randomBase64Characters(random, 4 * (1 + random.int(12)) + 1);
      for (const text of [odd, `${odd}=`, `${odd}==`]) {
        assert.deepEqual(analyzeEncodedValue(text), { problems: [{ kind: 'not-base64' }], compact: text }, `seed ${seed}: ${text}`);
      }
      // A bad first or last character makes the value garbage, not a value that lost its padding.
      const unpadded = key.slice(0, 43);
      for (const text of [`*${unpadded.slice(1)}`, `${unpadded.slice(0, 42)}*`]) {
        assert.deepEqual(analyzeEncodedValue(text), { problems: [{ kind: 'not-base64' }], compact: text }, `seed ${seed}: ${text}`);
      }
      // Padding on a value of the wrong length is a broken value, not lost padding.
      const cut = `${key.slice(0, 42)}=`;
      assert.deepEqual(analyzeEncodedValue(cut), { problems: [{ kind: 'not-base64' }], compact: cut }, `seed ${seed}: ${cut}`);
    }
  });

  it(`refuses base64 whose last character carries bits no encoder writes (seed ${seed})`, () => {
    const random = seededRandom(seed + 5);
    for (let round = 0; round < 100; round += 1) {
      const key = randomKeyBytes(random, 32).toString('base64');
      // The 43rd character of a 32-byte key carries 2 unused bits: 'B' sets one where 'A' does not.
      const noncanonical = `${key.slice(0, 42)}${random.pick(['B', 'C', 'D'])}=`;
      assert.deepEqual(analyzeEncodedValue(noncanonical), { problems: [{ kind: 'not-base64' }], compact: noncanonical }, noncanonical);
      const unpadded = noncanonical.slice(0, 43);
      assert.deepEqual(analyzeEncodedValue(unpadded), { problems: [{ kind: 'missing-padding' }, { kind: 'not-base64' }], compact: unpadded }, unpadded);
    }
  });

  it('reads a value up to MAX_VALUE_CHARS characters and refuses a longer one without echoing it', () => {
    const longest = 'A'.repeat(MAX_VALUE_CHARS);
    assert.deepEqual(analyzeEncodedValue(longest), {
      bytes: Buffer.alloc((MAX_VALUE_CHARS / 4) * 3),
      problems: [{ kind: 'wrong-length', bytes: (MAX_VALUE_CHARS / 4) * 3 }],
      compact: longest,
    });
    assert.deepEqual(analyzeEncodedValue(` ${'A'.repeat(MAX_VALUE_CHARS + 4)}`), { problems: [{ kind: 'whitespace' }, { kind: 'not-base64' }], compact: '' });
  });
});
