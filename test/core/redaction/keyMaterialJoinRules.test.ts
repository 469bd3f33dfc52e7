/**
 * How the key-material scan joins pieces into one key and chooses among overlapping candidates (redactKeyMaterial.ts
 * `glueKind`, `windowAllowed`, `sameSizeGroups`, `spaceJoinAllowed`, `windowsFrom`, `findKeys`, `redactGap`), each
 * rule at its boundary, as exact outputs of the scan alone (issue #21: mutation testing showed these rules held up
 * only by the other passes of redact.ts). Random keys; the seed is printed for replay with PROPERTY_SEED.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { keyMaterialSpans, lettersLookRandom, redactKeyMaterial } from '../../../src/core/redaction/redactKeyMaterial';
import { randomKeyBytes } from '../../support/keyShapes';
import { propertySeed, type SeededRandom, seededRandom } from '../../support/seededRandom';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('base64');
const markerOf = (bytes: Buffer): string => `[key sha256=${sha256(bytes)}]`;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random bytes whose base64 (`size` bytes) passes `accept`. */
function keyWhere(random: SeededRandom, size: number, accept: (base64: string) => boolean): Buffer {
  for (;;) {
    const bytes = randomKeyBytes(random, size);
    if (accept(bytes.toString('base64'))) {
      return bytes;
    }
  }
}

/** 43 random letters that end an unpadded 32-byte key and look random. */
function lettersOnlyKey(random: SeededRandom): string {
  for (;;) {
    let text = '';
    for (let index = 0; index < 42; index += 1) {
      text += random.pick([...LETTERS]);
    }
    text += random.pick([...'AEIMQUYcgkosw']);
    if (lettersLookRandom(text)) {
      return text;
    }
  }
}

/** A 16-byte key whose padded base64 has letters only besides its `==`. */
function lettersOnlyShortKey(random: SeededRandom): string {
  for (;;) {
    const base64 = random.bytes(16).toString('base64');
    if (!/[\d+/]/.test(base64)) {
      return base64;
    }
  }
}

/** 32 characters of capitals and digits (24 bytes as base64), starting with A and ending with 1, with G to Z in them. */
function capitalsAndDigits(random: SeededRandom): string {
  let text = 'A';
  for (let index = 0; index < 30; index += 1) {
    text += random.pick([...'GHIJKLMNOPQRSTUVWXYZ0123456789']);
  }
  return `${text}1`;
}

const pieces = (text: string, sizes: readonly number[]): string[] => {
  let at = 0;
  return sizes.map((size) => {
    const piece = text.slice(at, at + size);
    at += size;
    return piece;
  });
};

describe('how the key-material scan joins pieces into a key', () => {
  const seed = propertySeed();
  const random = seededRandom(seed);
  // A key whose base64 ends in `=` only, so no 24-character piece of it ends in `==` and decodes on its own.
  const bytes = keyWhere(random, 32, (base64) => /[A-Za-z]=$/.test(base64) && /[a-z]/.test(base64) && /[A-Z]/.test(base64));
  const base64 = bytes.toString('base64');
  const marker = markerOf(bytes);
  const hexPairs = bytes.toString('hex').match(/../g) ?? [];
  const letters = lettersOnlyKey(random);
  const lettersMarker = markerOf(Buffer.from(letters, 'base64'));
  const short = lettersOnlyShortKey(random);
  const capitals = capitalsAndDigits(random);

  const table: [string, string, string][] = [
    // Spaces and tabs.
    ['a `|` between two pieces is no glue', `k ${base64.slice(0, 20)} | ${base64.slice(20)} ok`, `k ${base64.slice(0, 20)} | ${base64.slice(20)} ok`],
    ['two tabs join two pieces', `k ${base64.slice(0, 20)}\t\t${base64.slice(20)} ok`, `k ${marker} ok`],
    ['four pieces of unequal size across tabs are prose, not a key', `k ${pieces(base64, [5, 15, 11, 13]).join('\t')} ok`, `k ${pieces(base64, [5, 15, 11, 13]).join('\t')} ok`],
    ['four pieces of unequal size across line breaks are a key', `k ${pieces(base64, [5, 15, 11, 13]).join('\n')} ok`, `k ${marker} ok`],
    // Colons and commas.
    ['hex pairs joined by semicolons are no key', `k ${hexPairs.join(';')} ok`, `k ${hexPairs.join(';')} ok`],
    ['a colon joins hex pairs only: a last piece that begins and ends in hex after 15 of them is not joined', `k ${hexPairs.slice(0, 15).join(':')}:abQQQQQQQQQaA ok`, `k ${hexPairs.slice(0, 15).join(':')}:abQQQQQQQQQaA ok`],
    ['0x bytes joined by bare commas', `k ${hexPairs.map((pair) => `0x${pair}`).join(',')} ok`, `k ${marker} ok`],
    ['0x bytes joined by a comma and a space', `k ${hexPairs.map((pair) => `0x${pair}`).join(', ')} ok`, `k ${marker} ok`],
    ['0x bytes joined by a comma and a tab', `k ${hexPairs.map((pair) => `0x${pair}`).join(',\t')} ok`, `k ${marker} ok`],
    ['0x bytes with a space before each comma are not joined', `k ${hexPairs.map((pair) => `0x${pair}`).join(' ,')} ok`, `k ${hexPairs.map((pair) => `0x${pair}`).join(' ,')} ok`],
    ['0x bytes with two spaces after each comma are not joined', `k ${hexPairs.map((pair) => `0x${pair}`).join(',  ')} ok`, `k ${hexPairs.map((pair) => `0x${pair}`).join(',  ')} ok`],
    ...['Abcd0x4c', '0x4cAbcd'].map((last): [string, string, string] => [`a comma joins 0x bytes only: \`${last}\` after six of them is not joined`, `k ${hexPairs.slice(0, 6).map((pair) => `0x${pair}`).join(', ')}, ${last} ok`, `k ${hexPairs.slice(0, 6).map((pair) => `0x${pair}`).join(', ')}, ${last} ok`]),
    // Groups of one size across single spaces.
    ['groups of eight, the last one shorter', `k ${base64.replace(/(.{8})(?!$)/g, '$1 ')} ok`, `k ${marker} ok`],
    ['three groups of eight letters with padding (a 16-byte key)', `k ${short.replace(/(.{8})(?!$)/g, '$1 ')} ok`, 'k [key redacted] ok'],
    ['three pieces of letters are not groups when the first is longer than eight', `k ${pieces(letters, [15, 15, 13]).join(' ')} ok`, `k ${pieces(letters, [15, 15, 13]).join(' ')} ok`],
    ['two pieces of letters (a key broken once)', `k ${pieces(letters, [21, 22]).join(' ')} ok`, `k ${lettersMarker} ok`],
    ['three pieces of letters of 8, 10 and 6 are not groups', `k ${pieces(short, [8, 10, 6]).join(' ')} ok`, `k ${pieces(short, [8, 10, 6]).join(' ')} ok`],
    ['groups of eight whose last is longer are not groups', `k ${pieces(base64, [8, 8, 8, 20]).join(' ')} ok`, `k ${pieces(base64, [8, 8, 8, 20]).join(' ')} ok`],
    // Two or three pieces across single spaces.
    ['three pieces of capitals and digits, not hex: no key', `k ${pieces(capitals, [11, 10, 11]).join(' ')} ok`, `k ${pieces(capitals, [11, 10, 11]).join(' ')} ok`],
    ['three pieces of capitals, digits and a slash', `k ${pieces(`${capitals.slice(0, 15)}/${capitals.slice(16)}`, [11, 10, 11]).join(' ')} ok`, 'k [key redacted] ok'],
    ['three pieces of both cases and digits, without + or /', `k ${pieces(`${capitals.slice(0, 31).toLowerCase()}1`.replace(/^a/, 'A'), [11, 10, 11]).join(' ')} ok`, 'k [key redacted] ok'],
    ['three pieces of hex', `k ${pieces(bytes.toString('hex'), [20, 20, 24]).join(' ')} ok`, `k ${marker} ok`],
    // A lone `+` is an operator between pieces, not a piece.
    ['pieces joined by a bare `+`', `k = ${base64.slice(0, 20)} + ${base64.slice(20)};`, `k = ${marker};`],
    ['quoted pieces joined by `+`', `k = "${base64.slice(0, 20)}" + "${base64.slice(20)}";`, `k = "${marker}";`],
  ];
  for (const [name, input, expected] of table) {
    it(`${name} (seed ${seed})`, () => {
      assert.equal(redactKeyMaterial(input), expected);
    });
  }

  it(`a key broken over lines after 140 words of prose (seed ${seed})`, () => {
    const prose = 'word '.repeat(140);
    assert.equal(redactKeyMaterial(`${prose}${base64.slice(0, 20)}\n${base64.slice(20)}`), `${prose}${marker}`);
  });
});

describe('which candidate the key-material scan chooses, and what a hash label keeps', () => {
  const seed = propertySeed();
  const random = seededRandom(seed);
  const bytes = randomKeyBytes(random, 32);
  const other = randomKeyBytes(random, 32);
  const base64 = bytes.toString('base64');
  const marker = markerOf(bytes);
  const shortKey = randomKeyBytes(random, 16).toString('base64');
  const midKey = randomKeyBytes(random, 24).toString('base64');
  const fingerprint = sha256(bytes);
  const otherFingerprint = sha256(other);

  const table: [string, string, string][] = [
    ['a run of 43 letters standing alone is read as it is, random-looking or not (the all-zero key)', `k ${'A'.repeat(43)} ok`, `k ${markerOf(Buffer.alloc(32))} ok`],
    ['43 letters cut from a longer token must look random: a name after `x_` stays', 'x_AzureStorageBlobsCustomerProvidedKeyOptions', 'x_AzureStorageBlobsCustomerProvidedKeyOptions'],
    ['a path of capitalised words that spells 24 bytes stays', 'at Azure/Storage/Blobs/Client/Dists ok', 'at Azure/Storage/Blobs/Client/Dists ok'],
    ['a list of 16 numbers over 255 is no byte array', `[${Array.from({ length: 16 }, () => '999').join(', ')}]`, `[${Array.from({ length: 16 }, () => '999').join(', ')}]`],
    ['a padding `=` on the next line belongs to the key: the longest candidate wins', `${base64.slice(0, 43)}\n=`, marker],
    ['a 16-byte key before a 32-byte one: both, in order', `a ${shortKey} b ${base64} c`, `a [key redacted] b ${marker} c`],
    ['a 32-byte key and a 16-byte key run together', `${base64}${shortKey}`, `${marker}[key redacted]`],
    ['a 16-byte key and a 32-byte key run together', `${shortKey}${base64}`, `[key redacted]${marker}`],
    ['the fingerprint of the key beside it stays', `sha256: ${fingerprint} key ${base64}`, `sha256: ${fingerprint} key ${marker}`],
    ['a fingerprint that is not of the key beside it may be a key: replaced', `sha256: ${otherFingerprint} key ${base64}`, `sha256: ${markerOf(Buffer.from(otherFingerprint, 'base64'))} key ${marker}`],
    ['a fingerprint alone stays', `sha256: ${otherFingerprint}`, `sha256: ${otherFingerprint}`],
    ['only 32-byte keys have fingerprints: beside a 24-byte value a fingerprint stays', `sha256: ${otherFingerprint} iv ${midKey}`, `sha256: ${otherFingerprint} iv [key redacted]`],
  ];
  for (const [name, input, expected] of table) {
    it(`${name} (seed ${seed})`, () => {
      assert.equal(redactKeyMaterial(input), expected);
    });
  }

  // A word and the start of a key, and the whole key, can both decode (the word as long as the key's last piece):
  // a plain word at an edge loses; a short random-looking piece does not, and the earlier window is taken.
  const plainWord = /^(?:[a-z]{1,12}|[A-Z][a-z]{2,11})$/;
  for (const [word, isPlain] of [
    ['below', true],
    ['Thanks', true],
    ['Yc', false],
    ['ePiuocSWM', false],
  ] as const) {
    it(`${isPlain ? 'a plain word before a key broken over lines loses' : 'a piece that is no plain word is read as a start'}: ${word} (seed ${seed})`, () => {
      const cut = 43 - word.length;
      const key = keyWhere(random, 32, (text) => 'AEIMQUYcgkosw048'.includes(text.charAt(cut - 1)) && /[\d+/]/.test(text.slice(0, cut)) && !plainWord.test(text.slice(cut, 43)));
      const text = key.toString('base64').slice(0, 43);
      const input = `${word}\n${text.slice(0, cut)}\n${text.slice(cut)}`;
      if (isPlain) {
        assert.equal(redactKeyMaterial(input), `${word}\n${markerOf(key)}`);
      } else {
        assert.deepEqual(keyMaterialSpans(input), [{ start: 0, end: word.length + 1 + cut }]);
      }
    });
  }

  it(`a window joined across a single space loses to one that is not, though that one ends in a plain word (seed ${seed})`, () => {
    // `k3y` and the key's first 40 characters decode too, joined across a space (a label, a space and a value).
    const key = keyWhere(random, 32, (text) => /^[a-z]{3}$/.test(text.slice(40, 43)) && 'AEIMQUYcgkosw048'.includes(text.charAt(39)) && /[a-z]/.test(text.slice(0, 40)) && /[A-Z]/.test(text.slice(0, 40)));
    const text = key.toString('base64').slice(0, 43);
    assert.equal(redactKeyMaterial(`k3y ${text.slice(0, 40)}\\\n${text.slice(40)}`), `k3y ${markerOf(key)}`);
  });

  it(`two words run together and random letters after a space are a name and a value, not one key (seed ${seed})`, () => {
    const name = 'AuthenticationRequired';
    let value = '';
    do {
      value = Array.from({ length: 20 }, () => random.pick([...LETTERS])).join('') + random.pick([...'AEIMQUYcgkosw']);
    } while (!lettersLookRandom(name + value) || !lettersLookRandom(value));
    assert.equal(redactKeyMaterial(`${name} ${value}`), `${name} ${value}`);
  });

  it(`spans come in the order of the text (seed ${seed})`, () => {
    const text = `a ${shortKey} b ${base64}`;
    assert.deepEqual(keyMaterialSpans(text), [
      { start: 2, end: 2 + shortKey.length },
      { start: 5 + shortKey.length, end: 5 + shortKey.length + base64.length },
    ]);
  });
});
