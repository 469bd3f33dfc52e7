/**
 * The one redaction function everything written down passes through: logs, transcripts, handoff payloads,
 * summaries and feedback records (ARCHITECTURE.md, issue #6 item 5). It replaces secrets with a marker, keeps a
 * key's SHA-256 fingerprint where the key bytes can be decoded (so an agent can still compare keys), is
 * idempotent (redacting twice changes nothing) and never throws.
 *
 * Order matters: invisible characters are removed first (a zero-width space inside a key hides it); then labelled
 * secrets (`AccountKey=…`, `password=…`) and token shapes (SAS `sig=`, bearer, JWT, Direct Line secrets); then
 * everything the key check's decoder reads as key material, whatever its shape (redactKeyMaterial.ts, issue #15);
 * then values labelled as a CPK key (`x-ms-encryption-key: …`) that were not decodable; then keys split across
 * lines; then any remaining token that decodes (as is, URL-decoded or JSON-unescaped) to a 32-byte key or a
 * 64-byte account key.
 */
import { createHash } from 'node:crypto';
import { stripInvisible } from '../text/invisibleCharacters';
import { decodeKey32, keyMarker } from './fingerprint';
import { ACCOUNT_KEY_MARKER, HASH_LABEL, keyMaterialBytes, piecesMayFormKey, redactKeyMaterial } from './redactKeyMaterial';

export const SECRET_MARKER = '[redacted]';

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The marker for a value that was labelled as a CPK key; decodes URL-encoding before fingerprinting. */
function markLabelledKey(value: string): string {
  const decoded = percentDecode(value.replace(/\\\//g, '/'));
  const bytes = keyMaterialBytes(decoded);
  return keyMarker(bytes?.length === 32 ? bytes : undefined);
}

type Rule = [RegExp, (match: string, ...groups: string[]) => string];

/** Values labelled as a CPK key; they run after the key-material scan, which reads a split value whole. */
const LABELLED_KEYS: readonly Rule[] = [
  // XML error bodies name the header and then echo its value (InvalidHeaderValue).
  [
    /(<HeaderName>\s*x-ms-(?:source-)?encryption-key\s*<\/HeaderName>\s*<HeaderValue>)([^<]*)(<\/HeaderValue>)/gi,
    (_m, open: string, value: string, close: string) =>
      value.trim().startsWith('[') ? _m : `${open}${markLabelledKey(value.trim())}${close}`,
  ],
  // The header itself (not -sha256 / -algorithm), in raw HTTP, JSON, or curl `-H` form.
  [
    /(x-ms-(?:source-)?encryption-key)(?![-\w])(["']?\s*[:=]\s*["']?)([^\s"'<>,;&}\]]+)/gi,
    (_m, name: string, sep: string, value: string) => (value.startsWith('[') ? _m : `${name}${sep}${markLabelledKey(value)}`),
  ],
  // SDK options and variables: encryptionKey, encryption_key, customerProvidedKey (not ...Sha256).
  [
    /\b(encryption_?key|customer_?provided_?key)(?![\w-])(["']?\s*[:=]\s*["']?)([^\s"'<>,;})\]]+)/gi,
    (_m, name: string, sep: string, value: string) =>
      value.startsWith('[') || value.startsWith('{') ? _m : `${name}${sep}${markLabelledKey(value)}`,
  ],
];

/** Other labelled secrets; they run first, so a SAS signature (32 bytes) is not taken for a key. */
const LABELLED_SECRETS: readonly Rule[] = [
  // Connection strings: account keys and shared access signatures.
  [
    /\b((?:AccountKey|SharedAccessKey|SharedAccessSignature)\s*=\s*)([^;\s"'<>]+)/gi,
    (_m, label: string, value: string) => (value.startsWith('[') ? _m : `${label}${SECRET_MARKER}`),
  ],
  // Named secrets: Direct Line secret, app password, client secret, "secret"/"password" fields.
  [
    /\b((?:direct_?line_?secret|MicrosoftAppPassword|client_?secret|password|secret|token)["']?\s*[:=]\s*["']?)([^\s"'<>,;}]{8,})/gi,
    (_m, label: string, value: string) => (value.startsWith('[') ? _m : `${label}${SECRET_MARKER}`),
  ],
];

const SHAPES: readonly Rule[] = [
  // SAS signature in a URL or query string, also URL-encoded or HTML-escaped.
  [/((?:^|[?&;\s"']|%26|%3F|&amp;)sig(?:=|%3D))([^&\s"'<>]+)/gim, (_m, label: string) => `${label}${SECRET_MARKER}`],
  // Authorization headers.
  [/(Bearer\s+)([A-Za-z0-9\-._~+/]+=*)/gi, (_m, label: string, value: string) => (value.length < 8 ? _m : `${label}${SECRET_MARKER}`)],
  [/(SharedKey(?:Lite)?\s+[\w-]+:)([A-Za-z0-9+/]+=*)/g, (_m, label: string) => `${label}${SECRET_MARKER}`],
  // JSON Web Tokens (Direct Line tokens, AAD tokens) wherever they appear.
  [/eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, () => '[token redacted]'],
  // Direct Line secrets: 11 characters, a dot, and a long tail (optionally with two 3-character groups).
  [/(?<![\w.-])[A-Za-z0-9_-]{11}\.(?:[A-Za-z0-9_-]{3}\.[A-Za-z0-9_-]{3}\.)?[A-Za-z0-9_-]{40,}(?![\w-])/g, () => '[secret redacted]'],
];

const ACCOUNT_KEY = /^[A-Za-z0-9+/]{86}==$/;
const KEY_INSIDE = /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{43}=|[A-Za-z0-9_-]{43}|[0-9a-fA-F]{64})(?![A-Za-z0-9+/=_-])/;
const ACCOUNT_KEY_INSIDE = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/;

/** What a token becomes, or undefined when it is not a secret. */
function classifyToken(token: string): string | undefined {
  const unescaped = token.replace(/\\\//g, '/');
  const variants = [...new Set([token, unescaped, percentDecode(unescaped)])];
  for (const variant of variants) {
    const bytes = decodeKey32(variant);
    if (bytes !== undefined) {
      return keyMarker(bytes);
    }
    if (ACCOUNT_KEY.test(variant)) {
      return ACCOUNT_KEY_MARKER;
    }
  }
  for (const variant of variants) {
    if (ACCOUNT_KEY_INSIDE.test(variant)) {
      return ACCOUNT_KEY_MARKER;
    }
    const inner = KEY_INSIDE.exec(variant)?.[1];
    const bytes = inner === undefined ? undefined : decodeKey32(inner);
    if (bytes !== undefined) {
      return keyMarker(bytes);
    }
  }
  return undefined;
}

const TOKEN = /(?:[A-Za-z0-9+/_-]|%[0-9A-Fa-f]{2}|\\\/){40,}(?:=|%3[dD]){0,2}/g;

const KEY_FINGERPRINT_MARKER = /\[key sha256=([A-Za-z0-9+/]{43}=)\]/g;

/**
 * A value under a SHA-256 label is kept as a fingerprint, except when the same text also held a key and the
 * value is not that key's fingerprint: then it may be the key itself pasted under the wrong label (a key and a
 * fingerprint are both 32 bytes and cannot be told apart by shape).
 */
function isPublicFingerprint(token: string, keyFingerprints: ReadonlySet<string>): boolean {
  if (keyFingerprints.size === 0) {
    return true;
  }
  const padded = token.length === 43 ? `${token}=` : token;
  return keyFingerprints.has(padded);
}

const underHashLabel = (text: string, offset: number): boolean => HASH_LABEL.test(text.slice(Math.max(0, offset - 48), offset));

/**
 * Two passes: keys first (their fingerprints become known), then the values under SHA-256 labels. A safety net
 * behind the key-material scan, which finds nearly all of this first; exported so its tests reach it on its own.
 */
export function redactTokens(text: string): string {
  const keysDone = text.replace(TOKEN, (token: string, offset: number) =>
    underHashLabel(text, offset) ? token : (classifyToken(token) ?? token),
  );
  // Stryker disable next-line StringLiteral: the index is always in range; the fallback is for the type checker.
  const keyFingerprints = new Set([...keysDone.matchAll(KEY_FINGERPRINT_MARKER)].map((match) => match[1] ?? ''));
  return keysDone.replace(TOKEN, (token: string, offset: number) =>
    underHashLabel(keysDone, offset) && !isPublicFingerprint(token, keyFingerprints) ? (classifyToken(token) ?? token) : token,
  );
}

const LINE_BREAK = /([ \t]*(?:\r?\n|\\r\\n|\\n)[ \t]*(?:>[ \t]*)?)/;
// Starts only where a run of base64 characters starts: without the lookbehind, a long run with no line break
// was retried from every position inside it (quadratic; 90 KB took 30 s, a denial of service).
const SPLIT_RUN = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]+=*(?:[ \t]*(?:\r?\n|\\r\\n|\\n)[ \t]*(?:>[ \t]*)?[A-Za-z0-9+/]+=*)+/g;

/**
 * Joins runs of base64/hex chunks broken over lines and replaces any that spell a key. Iterative, so a run of
 * thousands of lines cannot exhaust the stack (redaction must never throw). Lines of letters only must look like
 * pieces of a random key: a list of words, one per line, spells 32 bytes whenever its letters add up to 43. A
 * safety net behind the key-material scan (which skips text without a digit unless a piece is 22 letters long);
 * exported so its tests reach it on its own.
 */
export function redactSplitKeys(text: string): string {
  return text.replace(SPLIT_RUN, (run: string) => {
    // pieces alternate: chunk, line break, chunk, line break, ..., chunk
    const pieces = run.split(LINE_BREAK);
    const chunkCount = (pieces.length + 1) / 2;
    const out: string[] = [];
    let first = 0;
    while (first < chunkCount) {
      // Stryker disable next-line StringLiteral: the index is always in range; the fallback is for the type checker.
      let joined = pieces[first * 2] ?? '';
      let marker: string | undefined;
      let last = first + 1;
      for (; last < chunkCount && joined.length <= 88; last += 1) {
        // Stryker disable next-line StringLiteral: the index is always in range; the fallback is for the type checker.
        joined += pieces[last * 2] ?? '';
        // Only lengths that can spell a key are looked at: a run of thousands of lines tries about twenty joins
        // per line, and a marker costs a SHA-256.
        marker = KEY_LENGTHS.has(joined.length) && piecesMayFormKey(joined, linesOf(pieces, first, last)) ? classifyWhole(joined) : undefined;
        if (marker !== undefined) {
          break;
        }
      }
      const end = marker !== undefined ? last : first;
      // Stryker disable next-line StringLiteral: the index is always in range; the fallback is for the type checker.
      const kept = marker ?? pieces[first * 2] ?? '';
      // The last line has no line break after it.
      out.push(kept, pieces[end * 2 + 1] ?? '');
      first = end + 1;
    }
    return out.join('');
  });
}

/** The lines `first` to `last` of a run split into lines and line breaks. */
function linesOf(pieces: readonly string[], first: number, last: number): string[] {
  const lines: string[] = [];
  for (let index = first; index <= last; index += 1) {
    // Stryker disable next-line StringLiteral: the index is always in range; the fallback is for the type checker.
    lines.push(pieces[index * 2] ?? '');
  }
  return lines;
}

/** Lengths `classifyWhole` can read: 43 or 44 base64 characters, 64 hex digits, an 88-character account key. */
const KEY_LENGTHS = new Set([43, 44, 64, 88]);

function classifyWhole(text: string): string | undefined {
  const bytes = decodeKey32(text);
  return bytes !== undefined ? keyMarker(bytes) : ACCOUNT_KEY.test(text) ? ACCOUNT_KEY_MARKER : undefined;
}

/**
 * Below this length only a labelled value or a 16- or 24-byte value can be a secret: every other unlabelled shape
 * (a 32- or 64-byte key in any form, a Direct Line secret, a byte array) needs at least 40 characters.
 */
const SHORTEST_UNLABELLED_SECRET = 40;
/**
 * A 16- or 24-byte value needs 22 base64/hex characters, whatever separates them (spaces, line breaks, quotes); a
 * byte array of 16 small numbers needs 16 digits and 15 commas.
 */
const FEWEST_KEY_CHARACTERS = 22;

/**
 * A base64 / base64url / hex character (`[A-Za-z0-9+/=_-]`) or a byte array's comma, tested by code point: this
 * runs on every string.
 */
function isKeyCharacter(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 47 ||
    code === 61 ||
    code === 95 ||
    code === 45 ||
    code === 44
  );
}

/** Fewer than 22 key characters; counts without allocating and stops at the 22nd. */
function fewKeyCharacters(text: string): boolean {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (isKeyCharacter(text.charCodeAt(index))) {
      count += 1;
      if (count >= FEWEST_KEY_CHARACTERS) {
        return false;
      }
    }
  }
  return true;
}
/** A bare GUID (request, activity and conversation ids): no piece of it decodes to key material. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Every labelled rule and token shape above contains one of these words (a JWT starts with `eyJ`). */
const SECRET_WORD = /key|sig|secret|password|token|bearer|eyJ/i;

/** Returns `text` with every secret it recognises replaced. */
export function redactSecrets(text: string): string {
  // Fast paths: most strings of an activity are short ids, names and timestamps, and most long ones are card text
  // seen before. Both skip ~15 regular expressions; the tests check them against the full scan.
  const short = text.length < SHORTEST_UNLABELLED_SECRET;
  if (short && !SECRET_WORD.test(text) && (fewKeyCharacters(text) || GUID.test(text))) {
    return text;
  }
  if ((short ? KNOWN_CLEAN_SHORT : KNOWN_CLEAN).has(text)) {
    return text;
  }
  const digest = createHash('sha256').update(text).digest('base64');
  const remembered = KNOWN_REDACTED.get(digest);
  if (remembered !== undefined) {
    return remembered;
  }
  const result = redactSecretsFully(text);
  if (result === text) {
    rememberClean(text, short);
  } else {
    rememberRedacted(digest, result);
  }
  return result;
}

/** The full scan, without fast paths (exported for the tests that compare the two). */
export function redactSecretsFully(text: string): string {
  let result = stripInvisible(text);
  for (const [pattern, replace] of [...LABELLED_SECRETS, ...SHAPES]) {
    result = result.replace(pattern, replace);
  }
  result = redactKeyMaterial(result);
  for (const [pattern, replace] of LABELLED_KEYS) {
    result = result.replace(pattern, replace);
  }
  return redactTokens(redactSplitKeys(result));
}

/**
 * What the full scan already said about a string. Every transcript activity is redacted string by string and the
 * bot's cards repeat the same knowledge text turn after turn (some of it holding the SDKs' public test-vector key,
 * which is redacted like any key), so this skips most of the work: profiling showed redaction as the largest CPU
 * cost of a turn. Clean strings are remembered as they are; a string that held a secret is remembered only under
 * its SHA-256, beside its redacted form, so no secret is kept here. Unique short strings without a secret word
 * never get this far, so they cannot crowd the card text out. Both are bounded and start over when full.
 */
const KNOWN_CLEAN = new Set<string>();
/**
 * Short clean strings apart: many are unique ids that would push the card text out of `KNOWN_CLEAN`, but the cards'
 * short words with a secret word or 22 key characters in them ("rotate-key", "Action.ToggleVisibility", the
 * attachment content type) came to about 11 full scans per turn (issue #16's benchmark). When unique ids fill this
 * set it starts over, and the card words are back after one turn.
 */
const KNOWN_CLEAN_SHORT = new Set<string>();
const KNOWN_REDACTED = new Map<string, string>();
const REMEMBER_MAX_ENTRIES = 20000;
const REMEMBER_MAX_LENGTH = 8192;

/**
 * Forgets everything remembered above. For the mutation run (issue #21), which clears it before every test: one
 * process runs many mutated versions of this file in turn, and an answer remembered under one version (or by an
 * earlier test) would hide what the next one does.
 */
// Stryker disable next-line BlockStatement: the mutation run's own reset; no behaviour of the bot depends on it.
export function forgetRememberedRedactions(): void {
  KNOWN_CLEAN.clear();
  KNOWN_CLEAN_SHORT.clear();
  KNOWN_REDACTED.clear();
  CLEAN_NAMES.clear();
}

function rememberClean(text: string, short: boolean): void {
  if (text.length <= REMEMBER_MAX_LENGTH) {
    startOverWhenFull(short ? KNOWN_CLEAN_SHORT : KNOWN_CLEAN).add(text);
  }
}

function rememberRedacted(digest: string, redacted: string): void {
  if (redacted.length <= REMEMBER_MAX_LENGTH) {
    startOverWhenFull(KNOWN_REDACTED).set(digest, redacted);
  }
}

/** How many answers each memory holds (for the tests of their bounds: without one, memory grows with every string). */
export function rememberedCounts(): { clean: number; redacted: number; names: number } {
  return { clean: KNOWN_CLEAN.size, redacted: KNOWN_REDACTED.size, names: CLEAN_NAMES.size };
}

function startOverWhenFull<T extends { size: number; clear(): void }>(store: T): T {
  if (store.size >= REMEMBER_MAX_ENTRIES) {
    store.clear();
  }
  return store;
}

/**
 * `JSON.stringify(redactDeep(value))` in one pass, without the intermediate copy (each transcript activity is
 * serialised once; the copy was a fifth of the transcript's cost per turn). Property names are redacted too
 * (issue #15: a key sent as a JSON property name was written as it came); an object is copied only when one of
 * its names holds a secret. Written out rather than as a `JSON.stringify` replacer so that a deeply frozen object
 * (the bot's cached cards, issue #16) is serialised and redacted once: it cannot change, so neither can its text.
 */
export function stringifyRedacted(value: unknown): string {
  return serialiseRedacted(value) ?? '';
}

/** Redacted JSON of deeply frozen objects, by identity; a WeakMap, so it lives no longer than the objects. */
const FROZEN_JSON = new WeakMap<object, string>();

/** JSON's rules: `undefined`, functions and symbols are left out of objects and are `null` in arrays; `toJSON` is used. */
function serialiseRedacted(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return JSON.stringify(redactSecrets(value));
  }
  if (typeof value !== 'object' || value === null) {
    return JSON.stringify(value);
  }
  const remembered = FROZEN_JSON.get(value);
  if (remembered !== undefined) {
    return remembered;
  }
  const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    // A Date, a Buffer: what it stands for may change even when frozen, so it is never remembered.
    return serialiseRedacted((toJSON as () => unknown).call(value));
  }
  let frozen = Object.isFrozen(value);
  const parts: string[] = [];
  const serialiseChild = (child: unknown): string | undefined => {
    const json = serialiseRedacted(child);
    if (typeof child === 'object' && child !== null && !FROZEN_JSON.has(child)) {
      frozen = false;
    }
    return json;
  };
  let json: string;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      parts.push(serialiseChild(value[index]) ?? 'null');
    }
    json = `[${parts.join(',')}]`;
  } else {
    const record = value as Record<string, unknown>;
    const names = Object.keys(record);
    const named = names.some(holdsSecret) ? renameKeys(record) : record;
    for (const name of named === record ? names : Object.keys(named)) {
      const inner = serialiseChild(named[name]);
      if (inner !== undefined) {
        parts.push(`${JSON.stringify(name)}:${inner}`);
      }
    }
    json = `{${parts.join(',')}}`;
  }
  if (frozen) {
    FROZEN_JSON.set(value, json);
  }
  return json;
}

/**
 * Property names found clean. Activities repeat the same few dozen names ("type", "text", "keyMaterial"), and a
 * name with a secret word in it skipped the fast path of `redactSecrets` every time. Bounded like the other memos.
 */
const CLEAN_NAMES = new Set<string>();

function holdsSecret(name: string): boolean {
  if (CLEAN_NAMES.has(name)) {
    return false;
  }
  if (redactSecrets(name) !== name) {
    return true;
  }
  if (name.length <= 64) {
    startOverWhenFull(CLEAN_NAMES).add(name);
  }
  return false;
}

/** A shallow copy with redacted property names; two names redacted to the same marker are both kept. */
function renameKeys(record: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [name, inner] of Object.entries(record)) {
    let renamed = redactSecrets(name);
    for (let index = 2; renamed !== name && Object.hasOwn(copy, renamed); index += 1) {
      renamed = `${redactSecrets(name)} (${index})`;
    }
    copy[renamed] = inner;
  }
  return copy;
}

/**
 * A deep copy of a JSON-like value with every string and property name redacted (activities, summaries, feedback
 * records). Dates are kept; functions and symbols are dropped as JSON would drop them.
 */
export function redactDeep<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') {
    return redactSecrets(value);
  }
  if (Array.isArray(value)) {
    return value.map(walk);
  }
  if (value instanceof Date || value === null || typeof value !== 'object') {
    return value;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(renameKeys(value as Record<string, unknown>))) {
    if (typeof inner !== 'function' && typeof inner !== 'symbol') {
      copy[key] = walk(inner);
    }
  }
  return copy;
}
