/**
 * The named mistakes the key/hash doctor reports, each with the sentence the card shows. Wording follows
 * cpk-facts.md: §1 value rules, §4.3 InvalidHeaderValue causes (the service's exact reaction to stripped padding,
 * invalid base64 or a wrong algorithm is UNCONFIRMED there, so the text states the rule, not the reaction).
 */
// @ts-nocheck

import type { ValueProblem } from './analyzeEncodedValue';

export type KeyMistakeCode =
  | 'key-empty'
  | 'key-whitespace'
  | 'key-invisible'
  | 'key-byte-array'
  | 'key-hex'
  | 'key-url-safe'
  | 'key-missing-padding'
  | 'key-not-base64'
  | 'key-wrong-length'
  | 'hash-empty'
  | 'hash-whitespace'
  | 'hash-invisible'
  | 'hash-byte-array'
  | 'hash-hex'
  | 'hash-url-safe'
  | 'hash-missing-padding'
  | 'hash-not-base64'
  | 'hash-wrong-length'
  | 'hash-of-base64-text'
  | 'hash-mismatch'
  | 'swapped'
  | 'algorithm';

export interface KeyMistake {
  code: KeyMistakeCode;
  message: string;
}

function keyLengthMessage(bytes: number): string {
  const base = `The key decodes to ${bytes} bytes; CPK needs exactly 32 raw bytes (AES-256).`;
  if (bytes === 16 || bytes === 24) {
    return `${base} ${bytes} bytes is an AES-${bytes * 8} key size, which CPK does not take.`;
  }
  if (bytes === 256) {
    return `${base} A common cause is crypto.randomBytes(256), which makes 256 bytes, not 256 bits: use randomBytes(32).`;
  }
  if (bytes === 64) {
    return `${base} 64 bytes is twice too long: maybe two keys joined, or a 512-bit value.`;
  }
  return base;
}

/** The mistake for one formatting problem of the key (`what` = 'key') or of the SHA-256 (`what` = 'hash'). */
export function mistakeFor(what: 'key' | 'hash', problem: ValueProblem): KeyMistake {
  const name = what === 'key' ? 'The key' : 'The SHA-256';
  switch (problem.kind) {
    case 'empty':
      return { code: `${what}-empty`, message: `${name} is empty.` };
    case 'whitespace':
      return { code: `${what}-whitespace`, message: `${name} contains spaces or line breaks; send the value on one line with nothing around it.` };
    case 'invisible':
      return { code: `${what}-invisible`, message: `${name} contains invisible characters (a zero-width space, soft hyphen or NUL); copy it again from its source.` };
    case 'byte-array':
      return { code: `${what}-byte-array`, message: `${name} is written as a list of bytes; the header needs base64 of those bytes.` };
    case 'hex':
      return { code: `${what}-hex`, message: `${name} is written in hex; the header needs base64 of the raw bytes.` };
    case 'url-safe':
      return { code: `${what}-url-safe`, message: `${name} uses the URL-safe base64 alphabet ('-' and '_'); the header needs standard base64 ('+' and '/').` };
    case 'missing-padding':
      return { code: `${what}-missing-padding`, message: `${name} has lost its '=' padding; send standard, padded base64.` };
    case 'not-base64':
      return { code: `${what}-not-base64`, message: `${name} is not valid base64.` };
    case 'wrong-length':
      return what === 'key'
        ? { code: 'key-wrong-length', message: keyLengthMessage(problem.bytes) }
        : { code: 'hash-wrong-length', message: `The SHA-256 decodes to ${problem.bytes} bytes; a SHA-256 is always 32 bytes.` };
  }
}

export const HASH_OF_TEXT: KeyMistake = {
  code: 'hash-of-base64-text',
  message:
    'The SHA-256 was computed over the base64 text of the key instead of its raw 32 bytes. Decode the key first, then hash the bytes.',
};

export const HASH_MISMATCH: KeyMistake = {
  code: 'hash-mismatch',
  message: 'The SHA-256 does not belong to this key: the key and the hash are from different keys.',
};

export const SWAPPED: KeyMistake = {
  code: 'swapped',
  message: 'The key and the SHA-256 are swapped: the value given as the hash is the key, and the other is its hash.',
};

export function algorithmMistake(): KeyMistake {
  return { code: 'algorithm', message: 'The algorithm must be exactly AES256 (x-ms-encryption-algorithm: AES256).' };
}
