/**
 * Characters that take no room on screen: zero-width space/joiners, word joiner, byte-order mark, soft hyphen,
 * NUL and the other Unicode format characters. Pasted inside a key they hide it from any scan that reads the text
 * as shown (issue #15), so they are removed (not turned into spaces) before anything reads or redacts the text.
 */
// @ts-nocheck

// eslint-disable-next-line no-control-regex -- NUL is one of the characters this removes.
const INVISIBLE = /[\u0000\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\p{Cf}]/gu;

/** `text` without its invisible characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

