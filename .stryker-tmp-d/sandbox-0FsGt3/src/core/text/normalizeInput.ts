// @ts-nocheck
import { keySafeCutIndex } from '../redaction/cutSafely';
import { stripInvisible } from './invisibleCharacters';

/**
 * Cleans what a user typed before anything reads it: drops control and bidi-override characters (they can
 * disguise text in logs and cards), removes invisible characters (a zero-width space or NUL inside a key would
 * hide it from the redactor, issue #15), folds whitespace, and cuts very long input to a bound so a 100 KB paste
 * cannot slow every later step; the cut never splits a key (a piece of one would no longer be recognised).
 */

// C0/C1 controls except tab/newline, plus bidi overrides and isolates (U+202A-U+202E, U+2066-U+2069).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export interface NormalizedInput {
  text: string;
  /** True when the input was longer than the bound and was cut. */
  truncated: boolean;
}

/** Normalises user text; never throws, whatever the input. */
export function normalizeInput(raw: unknown, maxChars: number): NormalizedInput {
  const text = stripInvisible(typeof raw === 'string' ? raw : '');
  const truncated = text.length > maxChars;
  const cut = truncated ? text.slice(0, keySafeCutIndex(text, maxChars)) : text;
  const cleaned = cut
    .replace(UNSAFE_CHARACTERS, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  return { text: cleaned, truncated };
}
