/**
 * Reads a pasted key or SHA-256 value the way a careful human would: it names each formatting mistake
 * (whitespace, hex instead of base64, URL-safe alphabet, stripped padding, wrong length) and still recovers the
 * bytes when it can, so the hash comparison can go on and report every mistake at once (cpk-facts.md §1, §4.3).
 * It is also the redactor's decoder (issue #15): one model of what counts as key bytes, so every value read here
 * as a key is redacted wherever it appears.
 */
// @ts-nocheck

import { stripInvisible } from '../../text/invisibleCharacters';
import { bytesOfByteArray, hexDigitsOf } from './keyTextShapes';

export type ValueProblem =
  | { kind: 'empty' }
  | { kind: 'whitespace' }
  | { kind: 'invisible' }
  | { kind: 'byte-array' }
  | { kind: 'hex' }
  | { kind: 'url-safe' }
  | { kind: 'missing-padding' }
  | { kind: 'not-base64' }
  | { kind: 'wrong-length'; bytes: number };

export interface AnalyzedValue {
  /** The decoded bytes, after undoing recognised formatting mistakes; undefined when undecodable. */
  bytes?: Buffer;
  problems: ValueProblem[];
  /** The value as typed, without surrounding or embedded whitespace (for "hash of the text" comparisons). */
  compact: string;
}

/** Hex lengths that are common byte sizes written as hex digits (16, 24, 32, 64 bytes). */
const HEX_LENGTHS = new Set([32, 48, 64, 128]);
/** Longest value read; anything longer is not a key or a hash and is not decoded. */
export const MAX_VALUE_CHARS = 1024;

/** Analyses a value that should be standard base64 of `expectedBytes` bytes. */
export function analyzeEncodedValue(raw: string, expectedBytes = 32): AnalyzedValue {
  const problems: ValueProblem[] = [];
  const visible = stripInvisible(raw);
  if (visible !== raw) {
    problems.push({ kind: 'invisible' });
  }
  const compact = visible.replace(/\s/g, '');
  if (compact !== visible) {
    problems.push({ kind: 'whitespace' });
  }
  if (compact === '') {
    return { problems: [{ kind: 'empty' }], compact };
  }
  if (compact.length > MAX_VALUE_CHARS) {
    return { problems: [...problems, { kind: 'not-base64' }], compact: '' };
  }
  let bytes: Buffer | undefined = bytesOfByteArray(compact);
  const hexDigits = hexDigitsOf(compact);
  if (bytes !== undefined) {
    problems.push({ kind: 'byte-array' });
  } else if (hexDigits !== undefined && HEX_LENGTHS.has(hexDigits.length)) {
    problems.push({ kind: 'hex' });
    bytes = Buffer.from(hexDigits, 'hex');
  } else {
    let standard = compact;
    if (/[-_]/.test(standard)) {
      problems.push({ kind: 'url-safe' });
      standard = standard.replace(/-/g, '+').replace(/_/g, '/');
    }
    // A length one past a multiple of four is never base64 (with padding, the checks below refuse it too).
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(standard) || standard.length % 4 === 1) {
      return { problems: [...problems, { kind: 'not-base64' }], compact };
    }
    if (standard.length % 4 !== 0) {
      if (standard.includes('=')) {
        return { problems: [...problems, { kind: 'not-base64' }], compact };
      }
      problems.push({ kind: 'missing-padding' });
      standard = standard.padEnd(standard.length + ((4 - (standard.length % 4)) % 4), '=');
    }
    bytes = Buffer.from(standard, 'base64');
    // Non-canonical trailing bits mean the text is not what an encoder produces: treat it as garbage.
    if (bytes.toString('base64') !== standard) {
      return { problems: [...problems, { kind: 'not-base64' }], compact };
    }
  }
  if (bytes.length !== expectedBytes) {
    problems.push({ kind: 'wrong-length', bytes: bytes.length });
  }
  return { bytes, problems, compact };
}
