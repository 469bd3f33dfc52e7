/**
 * Every shape in which the key check reads key bytes (issue #15), generated from random bytes, and the check the
 * property tests make on anything written: no 12-character run of the key, in any of its encodings or as pasted,
 * may appear, even after separators, quotes and invisible characters are taken out of the written text.
 */
// @ts-nocheck

import type { SeededRandom } from './seededRandom';

export interface PastedKey {
  shape: string;
  /** The key as pasted (what goes into a message). */
  value: string;
  /** The part of `value` that is key material (without a path in front of it). */
  secret: string;
  bytes: Buffer;
}

/** Random key bytes whose base64 holds both `+` and `/` (the characters the old fixed test key lacked). */
export function randomKeyBytes(random: SeededRandom, size: number): Buffer {
  for (;;) {
    const bytes = random.bytes(size);
    const base64 = bytes.toString('base64');
    if (base64.includes('+') && base64.includes('/')) {
      return bytes;
    }
  }
}

const INVISIBLES = ['\u200B', '\u00AD', '\u0000', '\uFEFF', '\u2060'];

function insertAt(text: string, at: number, piece: string): string {
  return `${text.slice(0, at)}${piece}${text.slice(at)}`;
}

function splitAt(text: string, random: SeededRandom): [string, string] {
  const at = 4 + random.int(text.length - 8);
  return [text.slice(0, at), text.slice(at)];
}

type ShapeMaker = (bytes: Buffer, random: SeededRandom) => string;

const hexPairs = (bytes: Buffer): string[] => [...bytes].map((byte) => byte.toString(16).padStart(2, '0'));

/** Shapes for any size (16, 24, 32, 64 bytes). */
const ANY_SIZE: Record<string, ShapeMaker> = {
  base64: (bytes) => bytes.toString('base64'),
  'base64 without padding': (bytes) => bytes.toString('base64').replace(/=+$/, ''),
  'hex lower': (bytes) => bytes.toString('hex'),
  'hex upper': (bytes) => bytes.toString('hex').toUpperCase(),
  '0x hex': (bytes) => `0x${bytes.toString('hex')}`,
  'groups of four': (bytes) => bytes.toString('base64').replace(/(.{4})(?!$)/g, '$1 '),
};

/** Shapes of a 32-byte key. */
const KEY_32: Record<string, ShapeMaker> = {
  'URL-safe base64': (bytes) => bytes.toString('base64url'),
  'one + turned into -': (bytes) => bytes.toString('base64').replace('+', '-'),
  'colon-separated hex': (bytes) => hexPairs(bytes).join(':'),
  'space-separated hex': (bytes) => hexPairs(bytes).join(' '),
  'spaced 0x bytes': (bytes) => hexPairs(bytes).map((pair) => `0x${pair}`).join(' '),
  'zero-width space inside': (bytes, random) => insertAt(bytes.toString('base64'), 1 + random.int(40), '\u200B'),
  'soft hyphen inside': (bytes, random) => insertAt(bytes.toString('base64'), 1 + random.int(40), '\u00AD'),
  'NUL inside': (bytes, random) => insertAt(bytes.toString('base64'), 1 + random.int(40), '\u0000'),
  'several invisible characters': (bytes, random) =>
    [0, 1, 2].reduce((text) => insertAt(text, 1 + random.int(text.length - 2), random.pick(INVISIBLES)), bytes.toString('base64')),
  'C# byte array': (bytes) => `new byte[] { ${hexPairs(bytes).map((pair) => `0x${pair.toUpperCase()}`).join(', ')} }`,
  'Python bytes list': (bytes) => `bytes([${[...bytes].join(', ')}])`,
  'Python escaped bytes': (bytes) => `b'${hexPairs(bytes).map((pair) => `\\x${pair}`).join('')}'`,
  'after a path segment': (bytes) => `secrets/cpk/${bytes.toString('base64')}`,
  'split by a space': (bytes, random) => splitAt(bytes.toString('base64'), random).join(' '),
  'split over two lines': (bytes, random) => splitAt(bytes.toString('base64'), random).join('\n'),
  'quotes-and-plus concatenation': (bytes, random) => {
    const [a, b] = splitAt(bytes.toString('base64'), random);
    return `"${a}" + "${b}"`;
  },
  'concatenation over lines': (bytes, random) => {
    const [a, b] = splitAt(bytes.toString('base64'), random);
    return `'${a}' +\n    '${b}'`;
  },
  'line continuation': (bytes, random) => splitAt(bytes.toString('base64'), random).join('\\\n'),
  'URL-encoded': (bytes) => encodeURIComponent(bytes.toString('base64')),
};

export const SHAPE_NAMES: readonly string[] = [
  ...[16, 24, 32, 64].flatMap((size) => Object.keys(ANY_SIZE).map((name) => `${name} (${size} bytes)`)),
  ...Object.keys(KEY_32),
];

/** One key in every shape: the any-size shapes at 16, 24, 32 and 64 bytes, the rest at 32. */
export function everyShape(random: SeededRandom): PastedKey[] {
  const pasted: PastedKey[] = [];
  for (const size of [16, 24, 32, 64]) {
    for (const [name, make] of Object.entries(ANY_SIZE)) {
      const bytes = randomKeyBytes(random, size);
      const value = make(bytes, random);
      pasted.push({ shape: `${name} (${size} bytes)`, value, secret: value, bytes });
    }
  }
  for (const [name, make] of Object.entries(KEY_32)) {
    const bytes = randomKeyBytes(random, 32);
    const value = make(bytes, random);
    pasted.push({ shape: name, value, secret: value.replace(/^secrets\/cpk\/|^new byte\[\] \{|^bytes\(\[|^b'/, ''), bytes });
  }
  return pasted;
}

/** Sentences a user writes around a pasted key; `{key}` is the key, `{sha}` its fingerprint. */
export const CONTEXTS: readonly string[] = [
  '{key}',
  'my key is {key} and sha256 is {sha}',
  'x-ms-encryption-key: {key}',
  'it fails with this key {key}, what is wrong?',
  'encryptionKey = {key}\nencryptionKeySha256 = {sha}',
  'see below\n{key}\nthanks',
];

/** Separators a careless writer or an encoder may put into (or take out of) a written key. */
// eslint-disable-next-line no-control-regex -- NUL is one of the characters a pasted key may hold.
const SEPARATORS = /[\s"'`\\:,;\u0000\u00AD\u200B-\u200F\u2060\uFEFF]|0x|%2[Bb]|%2[Ff]|%3[Dd]/g;

const RUN = 12;

function runsOf(text: string, into: Set<string>): void {
  for (let index = 0; index + RUN <= text.length; index += 1) {
    into.add(text.slice(index, index + RUN));
  }
}

/** Every 12-character run of a key: base64, base64url and hex (lower case), and the pasted value without separators. */
export function keyRuns(keys: readonly PastedKey[]): Set<string> {
  const runs = new Set<string>();
  for (const key of keys) {
    runsOf(key.bytes.toString('base64').replace(/=+$/, ''), runs);
    runsOf(key.bytes.toString('base64url'), runs);
    runsOf(key.bytes.toString('hex'), runs);
    const compact = key.secret.replace(SEPARATORS, '');
    runsOf(compact, runs);
    runsOf(compact.toLowerCase(), runs);
  }
  return runs;
}

/** The runs found in `written` (as written, without separators, and lower-cased); empty means no leak. */
export function leakedRuns(written: string, runs: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const compact = written.replace(SEPARATORS, '');
  for (const text of [written, compact, compact.toLowerCase()]) {
    for (let index = 0; index + RUN <= text.length; index += 1) {
      const run = text.slice(index, index + RUN);
      if (runs.has(run)) {
        found.add(run);
      }
    }
  }
  return [...found];
}
