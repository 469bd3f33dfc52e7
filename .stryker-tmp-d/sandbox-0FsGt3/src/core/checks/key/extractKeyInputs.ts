/**
 * Finds the key, its SHA-256 and the algorithm in what a user pasted: request headers
 * (`x-ms-encryption-key: …`), AzCopy's environment variables (`CPK_ENCRYPTION_KEY=…`, cpk-facts.md §8), code
 * (`encryptionKeySha256: "…"`, Python's `key_value=`) or plain words (`key: …`, `sha256=…`, "my key is …").
 * Each value is taken from its label so the user is not asked again (issue #4).
 * Unlabelled text: one value is read as the SHA-256 (the safe thing to paste), two as key then SHA-256; in a
 * longer message only the tokens shaped like a 32-byte key or hash count.
 */
// @ts-nocheck


export interface KeyCheckInput {
  key?: string;
  hash?: string;
  algorithm?: string;
}

type Field = keyof KeyCheckInput;

/** Label alternatives, longest first so `…key-sha256` never matches as `…key`. */
const LABEL = new RegExp(
  String.raw`(?<![\w-])(x-ms-encryption-key-sha256|x-ms-encryption-key|x-ms-encryption-algorithm|` +
    String.raw`CPK_ENCRYPTION_KEY_SHA256|CPK_ENCRYPTION_KEY|encryption[_-]?key[_-]?sha256|encryption[_-]?key[_-]?hash|` +
    String.raw`encryption[_-]?key|encryption[_-]?algorithm|key[_-]?sha256|key[_-]?hash|key[_-]?value)` +
    String.raw`["']?[ \t]*[:=][ \t]*(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^\s"'\x60,;)]*))`,
  'gi',
);

/**
 * Everyday labels ("key: …", "sha256=…", "my key is …", "the fingerprint was …"). These words also occur in prose
 * ("the key: none of them work"), so the value must be shaped like an encoded key or hash to count.
 */
const WORD_LABEL = new RegExp(
  String.raw`(?<![\w-])(key|cpk|hash|sha[ -]?256|sha|fingerprint)(?:[ \t]*[:=][ \t]*|\s+(?:is|was)\s*:?\s*)["'\x60]?` +
    String.raw`([A-Za-z0-9+/_-]{16,}={0,2})(?![\w+/=-])`,
  'gi',
);

function fieldOf(label: string): Field {
  const name = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (name.endsWith('sha256') || name.endsWith('hash') || name === 'sha' || name === 'fingerprint') {
    return 'hash';
  }
  return name.endsWith('algorithm') ? 'algorithm' : 'key';
}

/** Turns the escapes `\n`, `\r`, `\t` inside a quoted code value into the whitespace they stand for. */
function expandEscapes(value: string): string {
  return value.replace(/\\[nrt]/g, (escape) => (escape === '\\n' ? '\n' : escape === '\\r' ? '\r' : '\t'));
}

/**
 * A 32-byte key or SHA-256 as people paste it: 43-44 base64 characters (or base64url, or 64 hex digits). Long
 * words of letters only (`BlobCustomerSpecifiedEncryptionMismatch`) and GUIDs (36 characters) are not.
 */
const FULL_SIZE_VALUE = /^(?=.*[\d+/=_])[A-Za-z0-9+/_-]{40,}={0,2}$/;

/**
 * Looser, for a message of one or two tokens only (the answer to "paste your values"): a value cut short or
 * mistyped still counts, so it is kept out of the case log like a whole one. Not a GUID, not a word.
 */
const SHORT_MESSAGE_VALUE = /^(?!(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$)(?=.*[\d+/=_])[A-Za-z0-9+/_-]{16,}={0,2}$/i;

/** Quotes and punctuation around a pasted value ("check `…`, please"). */
function bare(token: string): string {
  return token.replace(/^["'\x60(<[]+|["'\x60)>\].,;:!?]+$/g, '');
}

/** Returns the labelled values, or the unlabelled ones by position; `labelled` says which way was used. */
/** What `extractKeyInputs` found, and whether the values were labelled. */
export type KeyInputs = KeyCheckInput & { labelled: boolean };

export function extractKeyInputs(text: string): KeyInputs {
  const found: KeyCheckInput = {};
  for (const match of text.matchAll(LABEL)) {
    const field = fieldOf(match[1]);
    found[field] ??= expandEscapes(match[2] ?? match[3] ?? match[4] ?? '');
  }
  for (const match of text.matchAll(WORD_LABEL)) {
    found[fieldOf(match[1])] ??= match[2];
  }
  if (found.key !== undefined || found.hash !== undefined || found.algorithm !== undefined) {
    return { ...found, labelled: true };
  }
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  if (tokens.length === 1) {
    return { hash: tokens[0], labelled: false };
  }
  if (tokens.length === 2) {
    return { key: tokens[0], hash: tokens[1], labelled: false };
  }
  const values = tokens.map(bare).filter((token) => FULL_SIZE_VALUE.test(token));
  if (values.length === 1) {
    return { hash: values[0], labelled: false };
  }
  if (values.length === 2) {
    return { key: values[0], hash: values[1], labelled: false };
  }
  return { labelled: false };
}

/**
 * True when a message carries key or hash values: labelled ones, or tokens shaped like them. The case log does not
 * keep such a message at all (a key under a SHA-256 label looks exactly like a fingerprint, so the redactor would
 * keep it). A message of one or two ordinary words ("hello", "lost key", an error code) carries none: it is read
 * as values only by the key check that asked for them.
 */
export function carriesKeyValues(text: string, found: KeyInputs = extractKeyInputs(text)): boolean {
  if (found.labelled) {
    return found.key !== undefined || found.hash !== undefined;
  }
  return [found.key, found.hash].some((value) => value !== undefined && SHORT_MESSAGE_VALUE.test(bare(value)));
}
