/**
 * The shapes, besides base64, in which people paste key bytes (issue #15): hex with a `0x` prefix or with
 * `:`/`-` between byte pairs, and byte arrays from code (C# `new byte[] { 0x1A, … }`, Python `bytes([26, …])` or
 * `b'\x1a…'`, JavaScript `Uint8Array.from([…])`). The key check and the redactor both read values through these,
 * so whatever the check takes for key bytes, the redactor finds too.
 */
// @ts-nocheck


/** Sizes of the values read as key material: AES-128/192/256 keys and a 64-byte (account key sized) value. */
export const KEY_MATERIAL_SIZES: ReadonlySet<number> = new Set([16, 24, 32, 64]);

const NUMBER = String.raw`(?:0x[0-9a-f]{1,2}|\d{1,3})`;
const LIST = String.raw`(?:${NUMBER},)+${NUMBER},?`;
/** A list of byte numbers, optionally inside the constructor code writes around it (whitespace already removed). */
const BYTE_LIST = new RegExp(
  String.raw`^(?:new(?:byte|Uint8Array)\[\d*\]|(?:bytes|bytearray|Uint8Array\.from|newUint8Array|Buffer\.from|bytes\.fromhex)\(?)?` +
    String.raw`[\[{(](${LIST})[\]})]\)?;?$`,
  'i',
);
/** Python `b'\x1a\x2b…'` (or the escapes alone). */
const ESCAPED_BYTES = /^b?(["']?)((?:\\x[0-9a-f]{2})+)\1$/i;

/** Bytes written as a list of numbers or as `\x` escapes; undefined when the text is not one of those. */
export function bytesOfByteArray(compact: string): Buffer | undefined {
  const escaped = ESCAPED_BYTES.exec(compact);
  if (escaped !== null) {
    return Buffer.from((escaped[2] ?? '').replace(/\\x/gi, ''), 'hex');
  }
  const list = BYTE_LIST.exec(compact)?.[1];
  if (list === undefined) {
    return undefined;
  }
  const numbers = list.split(',').filter((item) => item !== '').map((item) => (/^0x/i.test(item) ? parseInt(item.slice(2), 16) : parseInt(item, 10)));
  return numbers.every((value) => value <= 255) ? Buffer.from(numbers) : undefined;
}

/** The hex digits of `0x…`, `0x01 0x02 …` (whitespace already removed) or `01:23:…` / `01-23-…`; else undefined. */
export function hexDigitsOf(compact: string): string | undefined {
  if (/^0x[0-9a-f]+$/i.test(compact)) {
    return compact.slice(2);
  }
  if (/^(?:0x[0-9a-f]{2}[,;]?){2,}$/i.test(compact)) {
    return compact.replace(/0x|[,;]/gi, '');
  }
  if (/^[0-9a-f]{2}(?:[:-][0-9a-f]{2})+$/i.test(compact)) {
    return compact.replace(/[:-]/g, '');
  }
  return /^[0-9a-f]+$/i.test(compact) ? compact : undefined;
}
