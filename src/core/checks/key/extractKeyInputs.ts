/**
 * Finds the key, its SHA-256 and the algorithm in what a user pasted: request headers
 * (`x-ms-encryption-key: …`), AzCopy's environment variables (`CPK_ENCRYPTION_KEY=…`, cpk-facts.md §8) or code
 * (`encryptionKeySha256: "…"`). Each value is taken from its label so the user is not asked again (issue #4).
 * Unlabelled text: one value is read as the SHA-256 (the safe thing to paste), two as key then SHA-256.
 */

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
    String.raw`encryption[_-]?key|encryption[_-]?algorithm|key[_-]?sha256|key[_-]?hash)` +
    String.raw`["']?[ \t]*[:=][ \t]*(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^\s"'\x60,;)]*))`,
  'gi',
);

function fieldOf(label: string): Field {
  const name = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (name.endsWith('sha256') || name.endsWith('hash')) {
    return 'hash';
  }
  return name.endsWith('algorithm') ? 'algorithm' : 'key';
}

/** Turns the escapes `\n`, `\r`, `\t` inside a quoted code value into the whitespace they stand for. */
function expandEscapes(value: string): string {
  return value.replace(/\\[nrt]/g, (escape) => (escape === '\\n' ? '\n' : escape === '\\r' ? '\r' : '\t'));
}

/** Returns the labelled values, or the unlabelled ones by position; `labelled` says which way was used. */
export function extractKeyInputs(text: string): KeyCheckInput & { labelled: boolean } {
  const found: KeyCheckInput = {};
  for (const match of text.matchAll(LABEL)) {
    const field = fieldOf(match[1]);
    found[field] ??= expandEscapes(match[2] ?? match[3] ?? match[4] ?? '');
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
  return { labelled: false };
}
