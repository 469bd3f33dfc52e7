/**
 * Finds key material the way the key check reads it (issue #15): every run of characters that the key check's
 * decoder (`analyzeEncodedValue`) turns into 16, 24, 32 or 64 bytes is replaced, whatever its shape: base64 with
 * or without padding, URL-safe or mixed alphabets, hex (`0x…`, `01:23:…`, spaced pairs), groups of four, byte
 * arrays, a key after a path segment, and a key split by line breaks, line continuations, quotes-and-plus
 * concatenation or single spaces. A 32-byte key becomes `[key sha256=…]` so staff can still compare
 * fingerprints; a value under a hash label (`sha256`, `fingerprint`, `hash`, `md5`) stays readable unless the same
 * text held a key whose fingerprint it is not (it may then be the key under the wrong label). Values spelt with
 * letters only count when they stand alone or, joined from pieces or cut from a longer token, look random (issue
 * #21: such keys leaked before a `_suffix`, broken by a space or by line continuations).
 */
import { analyzeEncodedValue } from '../checks/key/analyzeEncodedValue';
import { KEY_MATERIAL_SIZES } from '../checks/key/keyTextShapes';
import { keyMarker, sha256Base64 } from './fingerprint';

export const ACCOUNT_KEY_MARKER = '[account key redacted]';

/** Markers earlier rules wrote; their insides are never scanned again (redaction stays idempotent). */
const MARKER = /\[(?:key sha256=[A-Za-z0-9+/]{43}=|key redacted|account key redacted|redacted|token redacted|secret redacted)\]/g;

/** A byte array in code: C#, Java, JavaScript, Python lists of 16 or more numbers, or Python `\x` escapes. */
const BYTE_ARRAY =
  /(?:new\s+(?:byte|Uint8Array)\s*\[\s*\d*\s*\]\s*|(?:bytes|bytearray|Uint8Array\.from|new\s+Uint8Array|Buffer\.from)\s*\(\s*)?[[{(]\s*(?:(?:0x[0-9a-fA-F]{1,2}|\d{1,3})\s*,\s*){15,}(?:0x[0-9a-fA-F]{1,2}|\d{1,3})\s*,?\s*[\]})]\)?|\bb?["']?(?:\\x[0-9a-fA-F]{2}){16,}["']?/g;

/** Base64/hex characters, also URL-encoded (`%2B`) or JSON-escaped (`\\/`). */
const CHUNK = /(?:[A-Za-z0-9+/=_-]|%[0-9A-Fa-f]{2}|\\\/)+/g;
const ESCAPED = /%[0-9A-Fa-f]{2}|\\\//;

/** A piece as the decoder should see it: URL-decoded and JSON-unescaped. */
function unescapePiece(piece: string): string {
  // Stryker disable next-line ConditionalExpression,BlockStatement: performance only, a piece without an escape URL-decodes to itself
  if (!ESCAPED.test(piece)) {
    return piece;
  }
  const unslashed = piece.replace(/\\\//g, '/');
  try {
    return decodeURIComponent(unslashed);
  } catch {
    return unslashed;
  }
}

/** What may stand between two pieces of one key. */
type Glue = 'strong' | 'space' | 'colon' | 'comma';
const LINE_BREAK_GLUE = /^[ \t]*(?:\\?\r?\n|\\r\\n|\\n)[ \t]*(?:>[ \t]*)?$/;
const CONCATENATION_GLUE = /^\s*["'`]\s*(?:\+|\.|&|\|\|)?\s*(?:\\?\r?\n)?\s*["'`]\s*$|^\s*["'`]?\s*\+\s*(?:\\?\r?\n)?\s*["'`]?\s*$|^[ \t]*\\\r?\n\s*$/;

function glueKind(glue: string): Glue | undefined {
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: performance only, a single space is also 'space' by the rule for one or two spaces or tabs
  if (glue === ' ') {
    return 'space';
  }
  if (LINE_BREAK_GLUE.test(glue) || CONCATENATION_GLUE.test(glue)) {
    // Stryker disable next-line StringLiteral: no rule compares with 'strong'; any other glue kind than space, colon and comma joins the same
    return 'strong';
  }
  if (/^[ \t]{1,2}$/.test(glue)) {
    return 'space';
  }
  if (glue === ':') {
    return 'colon';
  }
  return /^,[ \t]?$/.test(glue) ? 'comma' : undefined;
}

/**
 * Lengths of text (after joining) that can spell 16, 24, 32 or 64 bytes in a shape the decoder reads; 47, 71, 95
 * and 191 are hex pairs joined by dashes (`5c-1f-…`), one run of key characters that leaked in part before.
 */
const DECODABLE_LENGTHS = new Set([22, 24, 32, 43, 44, 48, 64, 86, 88, 96, 128, 256, 34, 50, 66, 130, 47, 71, 95, 191]);
const DECODABLE_LENGTH_LIST = [...DECODABLE_LENGTHS];
const SHORTEST_DECODABLE = Math.min(...DECODABLE_LENGTH_LIST);
const LONGEST_WINDOW = 260;
const MOST_CHUNKS = 130;
/** A value right before which one of these stands is a fingerprint or checksum (public), not a key. */
export const HASH_LABEL = /(?:sha-?256|fingerprint|hash|md5|digest)["'>\]]?\s*[:=]?\s*["'`]?\s*(?:is|was)?\s*:?\s*["'`]?\s*$/i;

interface Chunk {
  start: number;
  end: number;
  text: string;
  /** How this chunk joins the next one (undefined: it does not). */
  glueAfter?: Glue;
}

interface Found {
  start: number;
  end: number;
  bytes: Buffer;
  underHashLabel: boolean;
  wordAtEdge?: boolean;
  /** Joined across a single space: the weakest join (a space also stands between a label and its value). */
  spaced?: boolean;
  /**
   * Cut out of a longer run of key characters: 0 when it is the whole run, 1 when what is left of the run is words
   * (a path or name before or after the key: `secrets/cpk/`, `_backup`), 2 when the rest looks like more key.
   */
  leftOver?: number;
}

/** The bytes a text spells when the key check would read them as key material, else undefined. */
export function keyMaterialBytes(text: string): Buffer | undefined {
  const bytes = analyzeEncodedValue(text).bytes;
  return bytes !== undefined && KEY_MATERIAL_SIZES.has(bytes.length) ? bytes : undefined;
}

/**
 * Decoding answers within one scan: hostile input repeats the same pieces thousands of times (`ab/ab/…`, a
 * long run of equal lines), and each piece is decoded once. Bounded; cleared at the start of every scan.
 */
const DECODED = new Map<string, Buffer | undefined>();
const DECODED_MAX = 4096;

/**
 * A cheap test of whether a piece can decode to 16, 24, 32 or 64 bytes at all, before the decoder allocates:
 * hex of those sizes, `0x` forms, or base64 whose length and last characters fit (an unpadded 16-byte value ends
 * in A, Q, g or w; a 32-byte one in one of 16 characters).
 */
function mayDecode(piece: string): boolean {
  // Stryker disable next-line Regex,LogicalOperator: more permissive only; performance only: the decoder decides (it reads key sizes only at lengths mayDecode lets through)
  if (/^0x/i.test(piece) || (HEX_LENGTHS.has(piece.length) && /^[0-9a-f]+$/i.test(piece))) {
    return true;
  }
  // Hex pairs joined by dashes are hex, never URL-safe base64 (`5c-1f-…-95` would spell 24 wrong bytes and win).
  if (/^[0-9a-f]{2}(?:-[0-9a-f]{2})+$/i.test(piece)) {
    return DASHED_HEX_LENGTHS.has(piece.length);
  }
  switch (piece.length) {
    case 22:
    // Stryker disable next-line ConditionalExpression: an 86-character value then meets the 43-character test, which lets through more (22 falls through to 86); performance only: the decoder decides (it reads key sizes only at lengths mayDecode lets through)
    case 86:
      // Stryker disable next-line Regex: more permissive only; performance only: the decoder decides (it reads key sizes only at lengths mayDecode lets through)
      return /[AQgw]$/.test(piece);
    case 43:
      // Stryker disable next-line Regex: more permissive only; performance only: the decoder decides (it reads key sizes only at lengths mayDecode lets through)
      return /[AEIMQUYcgkosw048]$/.test(piece);
    case 24:
    case 88:
      // Stryker disable next-line StringLiteral: more permissive only; performance only: the decoder decides (it reads key sizes only at lengths mayDecode lets through)
      return piece.endsWith('==');
    case 44:
      // Stryker disable next-line Regex: more permissive only; performance only: the decoder decides (it reads key sizes only at lengths mayDecode lets through)
      return /[^=]=$/.test(piece);
    case 32:
      return !piece.includes('=');
    // Stryker disable next-line ConditionalExpression: falling out of the switch returns undefined, as falsy as false
    default:
      // Stryker disable next-line BooleanLiteral: more permissive only; performance only: the decoder decides (it reads key sizes only at lengths mayDecode lets through)
      return false;
  }
}
const HEX_LENGTHS = new Set([32, 48, 64, 128]);
const DASHED_HEX_LENGTHS = new Set([47, 71, 95, 191]);

function decodeOnce(piece: string): Buffer | undefined {
  // Stryker disable next-line ConditionalExpression,BlockStatement: performance only, the decoder decides
  if (!mayDecode(piece)) {
    return undefined;
  }
  // Stryker disable next-line ConditionalExpression,BlockStatement: performance only, the memo holds what the decoder answers
  if (DECODED.has(piece)) {
    return DECODED.get(piece);
  }
  const bytes = keyMaterialBytes(piece);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the memo's bound is memory only, the answers are the decoder's
  if (DECODED.size < DECODED_MAX) {
    DECODED.set(piece, bytes);
  }
  return bytes;
}

/**
 * Short values (16 and 24 bytes) count only with a digit or a base64 symbol in them, so long words stay words. A
 * longer value spelt with letters only (`-` and `_` aside) counts as it is when it stood alone (`pieces`
 * undefined), as the token pass of redact.ts reads it. Joined from pieces or cut out of a longer token, where words
 * and names could spell it, its letters must look random, and no long piece may be of one case: a line of
 * `zzz…` or an upper-case constant before a key broken over lines is not part of it.
 */
function plausible(joined: string, bytes: Buffer, pieces?: readonly string[]): boolean {
  if (/[\d+=]/.test(joined)) {
    return true;
  }
  if (joined.includes('/')) {
    return !pathOfWords(joined);
  }
  return bytes.length >= 32 && (pieces === undefined || piecesMayFormKey(joined, pieces));
}

/**
 * A path of words (`conversations/bench-conversation`, `azure/core-client/dist/commonjs/`): slashes, `-` and `_`
 * between words in small letters, each perhaps capitalised. Such a path can have a decodable length (32 characters
 * spell 24 bytes), and it was replaced in blob URLs, stack traces and storage keys. A random key is never so: with
 * no digit, `+` or `=`, its 30-odd letters would all have to be small but for one per piece (odds about 2^-25).
 */
function pathOfWords(joined: string): boolean {
  return joined.split(/[/_-]+/).every((piece) => /^[A-Z]?[a-z]*$/.test(piece));
}

/**
 * Whether pieces joined into `joined` may be one key: always with a digit or a base64 symbol; spelt with letters
 * only, when the letters look random and no long piece is of one case (words one per line, a rule line).
 */
export function piecesMayFormKey(joined: string, pieces: readonly string[]): boolean {
  // Stryker disable next-line Regex,LogicalOperator,ConditionalExpression: the case tests are a cheap first look; lettersLookRandom needs 6 capitals and 6 small letters
  return /[\d+/=]/.test(joined) || (/[a-z]/.test(joined) && /[A-Z]/.test(joined) && lettersLookRandom(joined) && !pieces.some(longSingleCase));
}

/**
 * 20 letters or more, all capitals or all small: random letters are so one time in 500,000 (2 * 2^-20), a
 * word, a rule line or an upper-case constant most of the time.
 */
function longSingleCase(piece: string): boolean {
  const letters = piece.replace(/[^A-Za-z]/g, '');
  return letters.length >= 20 && (letters === letters.toLowerCase() || letters === letters.toUpperCase());
}

/**
 * Whether letters look like random base64 rather than words or names: random letters are about half capitals
 * (here at least 6 of each case), with capitals side by side, lone small letters between capitals, and runs of
 * five letters without a vowel (here at least 3 of these in all); a CamelCase, snake_case or spelled-out name
 * has few or none (`AzureStorageBlobsCustomerProvidedKeyOptions`: 0). A random letters-only key fails it about
 * once in 200,000 to 700,000 (3 of 2,000,000 measured with letters only, 9 with `-` and `_`); then only its split
 * or cut shapes are missed, and the token and split-line passes of redact.ts still read most of those.
 */
export function lettersLookRandom(text: string): boolean {
  let upper = 0;
  let lower = 0;
  let signs = 0;
  let withoutVowel = 0;
  // Case of the two letters before: 0 none, 1 capital, 2 small.
  let previous = 0;
  let beforePrevious = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads NaN, which is no letter and no gate
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const isUpper = code >= 65 && code <= 90;
    if (!isUpper && !(code >= 97 && code <= 122)) {
      continue;
    }
    if (isUpper) {
      upper += 1;
      signs += (previous === 1 ? 1 : 0) + (beforePrevious === 1 && previous === 2 ? 1 : 0);
    } else {
      lower += 1;
    }
    withoutVowel = VOWELS.has(code | 32) ? 0 : withoutVowel + 1;
    signs += withoutVowel >= 5 ? 1 : 0;
    beforePrevious = previous;
    previous = isUpper ? 1 : 2;
  }
  return upper >= 6 && lower >= 6 && signs >= 3;
}

/** a, e, i, o, u and y as small letters' code points (`code | 32` folds a capital onto its small letter). */
const VOWELS = new Set([97, 101, 105, 111, 117, 121]);

function sameSizeGroups(chunks: readonly Chunk[]): boolean {
  // Stryker disable next-line OptionalChaining: a window has at least one chunk
  const size = chunks[0]?.text.length ?? 0;
  return chunks.length >= 3 && size <= 8 && chunks.every((chunk, index) => chunk.text.length === size || (index === chunks.length - 1 && chunk.text.length < size));
}

/**
 * Pieces joined by single spaces count only as groups of one size, or as two or three random-looking pieces; with
 * letters only, two pieces (a key broken once by a wrapped line), which `plausible` then holds to random letters.
 */
function spaceJoinAllowed(chunks: readonly Chunk[], joined: string): boolean {
  if (sameSizeGroups(chunks)) {
    return true;
  }
  const symbolOrDigit = /[\d+/]/.test(joined);
  if (!symbolOrDigit) {
    return chunks.length === 2 && !chunks.some((chunk) => chunk.text.length >= LONGEST_PIECE_OF_BROKEN_KEY && wordsRunTogether(chunk.text));
  }
  return chunks.length <= 3 && (/[+/]/.test(joined) || (/[a-z]/.test(joined) && /[A-Z]/.test(joined)) || /^[0-9a-f]+$/i.test(joined));
}

/**
 * A name of words run together (`BlobDoesNotUseCustomerSpecifiedEncrption`): each word a capital or nothing, then
 * two or more small letters with a vowel. Such a name and an acronym after it (`SSE`) can add up to 43 letters
 * that pass `lettersLookRandom`; the long piece of a random key broken once is spelt so about once in 100,000.
 */
function wordsRunTogether(piece: string): boolean {
  const words = piece.split(/(?=[A-Z])/);
  return words.length >= 2 && words.every((word) => /^[A-Z]?[a-z]{2,}$/.test(word) && /[aeiouy]/.test(word));
}

function windowAllowed(chunks: readonly Chunk[], joined: string): boolean {
  const glues = chunks.slice(0, -1).map((chunk) => chunk.glueAfter);
  if (glues.includes('colon') && !chunks.every((chunk) => /^[0-9a-f]{2}$/i.test(chunk.text))) {
    return false;
  }
  if (glues.includes('comma') && !chunks.every((chunk) => /^0x[0-9a-f]{2}$/i.test(chunk.text))) {
    return false;
  }
  return !glues.includes('space') || spaceJoinAllowed(chunks, joined);
}

/** Every window starting at chunk `first` whose joined text the decoder reads as key material. */
function windowsFrom(text: string, chunks: readonly Chunk[], first: number): Found[] {
  const found: Found[] = [];
  let joined = '';
  // Stryker disable next-line OptionalChaining: first is the index of a chunk
  const groupSize = chunks[first]?.text.length ?? 0;
  // Stryker disable next-line ConditionalExpression: performance only, the early break below; windowAllowed refuses what it skips
  let groupsPossible = groupSize <= 8;
  let spaced = false;
  // Stryker disable next-line EqualityOperator,ConditionalExpression,LogicalOperator: past the last chunk the loop breaks on undefined; MOST_CHUNKS is a work bound that only a value cut into single characters (over 130 pieces in 260 characters) reaches
  for (let last = first; last < chunks.length && last - first < MOST_CHUNKS; last += 1) {
    const chunk = chunks[last];
    // Stryker disable next-line ConditionalExpression,BlockStatement: the loop bound keeps chunk defined
    if (chunk === undefined) {
      break;
    }
    joined += unescapePiece(chunk.text);
    // Stryker disable next-line EqualityOperator,BlockStatement: a work bound, no decodable length exceeds 256
    if (joined.length > LONGEST_WINDOW) {
      break;
    }
    // Only the last of equal groups may be shorter; words of other lengths joined by spaces stop here (prose).
    // Stryker disable next-line ConditionalExpression,AssignmentOperator,OptionalChaining: performance only, the early break below; windowAllowed refuses what it skips
    groupsPossible &&= last === first || chunks[last - 1]?.text.length === groupSize;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: performance only, every longer window joins four pieces across a space that are not groups of one size, which spaceJoinAllowed refuses
    if (spaced && last - first >= 3 && !groupsPossible) {
      break;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,Regex,StringLiteral: performance only, mayDecode and the decoder decide; a window of one chunk is the whole chunk foundInsideChunk also reads
    if (last > first && (DECODABLE_LENGTHS.has(joined.replace(/[=]+$/, '').length) || DECODABLE_LENGTHS.has(joined.length))) {
      const window = chunks.slice(first, last + 1);
      const bytes = windowAllowed(window, joined) ? decodeOnce(joined) : undefined;
      if (bytes !== undefined && plausible(joined, bytes, window.map((piece) => piece.text))) {
        // Stryker disable next-line OptionalChaining: first is the index of a chunk
        const start = chunks[first]?.start ?? 0;
        found.push({ start, end: chunk.end, bytes, underHashLabel: underHashLabel(text, start), wordAtEdge: wordAtEdge(window), spaced });
      }
    }
    const glue = chunk.glueAfter;
    if (glue === undefined || (glue === 'colon' && !/^[0-9a-f]{2}$/i.test(chunk.text)) || (glue === 'comma' && !/^0x[0-9a-f]{2}$/i.test(chunk.text))) {
      break;
    }
    spaced ||= glue === 'space';
  }
  return found;
}

/**
 * A window that begins or ends with a plain word ("below", "key", "Thanks") is less likely the key than one
 * without. Small letters, capitalised from three letters on: a short piece of a random key (`ePiuocSWM`, `Yc`)
 * is seldom spelt so.
 */
function wordAtEdge(window: readonly Chunk[]): boolean {
  const plainWord = (chunk: Chunk | undefined): boolean => chunk !== undefined && /^(?:[a-z]{1,12}|[A-Z][a-z]{2,11})$/.test(chunk.text);
  return window.length > 1 && (plainWord(window[0]) || plainWord(window[window.length - 1]));
}

function underHashLabel(text: string, offset: number): boolean {
  return HASH_LABEL.test(text.slice(Math.max(0, offset - 48), offset));
}

function leftOver(rest: string): number {
  return rest === '' ? 0 : pathOfWords(rest) ? 1 : 2;
}

/** Inside one chunk: a key after a path segment or a label (`secrets/cpk/<key>`, `k=<key>`), or before one. */
function foundInsideChunk(text: string, chunk: Chunk): Found[] {
  // Stryker disable next-line ConditionalExpression,BlockStatement: performance only, consider() reads decodable lengths only
  if (chunk.text.length < SHORTEST_DECODABLE) {
    return [];
  }
  const escaped = ESCAPED.test(chunk.text);
  const cuts = new Set([0]);
  const ends = new Set([chunk.text.length]);
  // A separator may end a path before the key or belong to the key (a key can start or end with `/`, `-`, `_`):
  // both sides of it are tried. So is any other URL escape (`<key>%2C<key>`, `<key>%26next`): it is text around
  // the key or, as `%2B`, part of it.
  for (const match of chunk.text.matchAll(/[/_-]|\\\/|(?:=|%3[Dd])+(?=[^=%])|%[0-9A-Fa-f]{2}/g)) {
    const after = match.index + match[0].length;
    cuts.add(after);
    ends.add(after);
    if (!match[0].startsWith('=') && !/^%3[Dd]/.test(match[0])) {
      cuts.add(match.index);
      ends.add(match.index);
    }
  }
  const found: Found[] = [];
  const consider = (from: number, to: number): void => {
    const piece = unescapePiece(chunk.text.slice(from, to));
    // Stryker disable next-line ConditionalExpression,BlockStatement: performance only, mayDecode and the decoder read key sizes at these lengths only
    if (!DECODABLE_LENGTHS.has(piece.length)) {
      return;
    }
    const bytes = decodeOnce(piece);
    // Stryker disable next-line ArrayDeclaration: with no pieces the piece alone is tested; letters that look random are of both cases, never one long case
    if (bytes !== undefined && plausible(piece, bytes, from === 0 && to === chunk.text.length ? undefined : [piece])) {
      const start = chunk.start + from;
      found.push({ start, end: chunk.start + to, bytes, underHashLabel: underHashLabel(text, start), leftOver: leftOver(chunk.text.slice(0, from) + chunk.text.slice(to)) });
    }
  };
  // Only lengths that can decode are tried from each cut, so a long run of slashes stays linear; escaped text
  // (whose length changes when decoded) tries every pair of cuts, for a bounded number of cuts.
  for (const from of cuts) {
    if (escaped && cuts.size <= 24) {
      ends.forEach((to) => {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty or reversed slice is empty, no decodable length
        if (to > from) {
          consider(from, to);
        }
      });
    } else {
      for (const length of DECODABLE_LENGTH_LIST) {
        if (ends.has(from + length)) {
          consider(from, from + length);
        }
      }
    }
  }
  return found;
}

function chunksOf(text: string): Chunk[] {
  // A lone `+` or `-` is an operator or a dash between pieces, not a piece of a key: it stays in the glue. (A
  // group of a key can be all symbols, `++//`; a group of one character never is: the last group has two or more.)
  const chunks: Chunk[] = [...text.matchAll(CHUNK)]
    .filter((match) => match[0] !== '+' && match[0] !== '-')
    .map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: past the last pair `next` is undefined and nothing is set
  for (let index = 0; index + 1 < chunks.length; index += 1) {
    const current = chunks[index];
    const next = chunks[index + 1];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the loop bound keeps both defined
    if (current !== undefined && next !== undefined) {
      const glue = glueKind(text.slice(current.end, next.start));
      // Stryker disable next-line ConditionalExpression: setting glueAfter to undefined is leaving it unset
      if (glue !== undefined) {
        current.glueAfter = glue;
      }
    }
  }
  return chunks;
}

/**
 * Candidates first, then a choice: the largest values first (a 64-byte value is not cut into a 32-byte one and
 * a rest), then windows not joined across a single space (`--encryption-key <key>\` is a label, a space and a
 * broken key), then windows without a plain word at their edge, then whole runs of key characters, then those
 * that leave only words of their run (in `secrets/cpk/<key with a slash>`, `secrets/cpk/<most of the key>` also
 * decodes, and leaves the key's end behind), then the longest; overlapping candidates lose.
 */
function findKeys(text: string): Found[] {
  DECODED.clear();
  const candidates: Found[] = [];
  // Stryker disable next-line ConditionalExpression,StringLiteral: performance only, BYTE_ARRAY needs a comma or `\\x`
  const mayHoldArray = text.includes(',') || text.includes('\\x');
  // Stryker disable next-line ArrayDeclaration: a string in the list decodes to nothing
  for (const match of mayHoldArray ? text.matchAll(BYTE_ARRAY) : []) {
    const bytes = keyMaterialBytes(match[0]);
    if (bytes !== undefined) {
      candidates.push({ start: match.index, end: match.index + match[0].length, bytes, underHashLabel: false });
    }
  }
  const chunks = chunksOf(text);
  chunks.forEach((chunk, index) => {
    candidates.push(...foundInsideChunk(text, chunk));
    candidates.push(...windowsFrom(text, chunks, index));
  });
  const rank = (item: Found): number[] => [-item.bytes.length, item.spaced === true ? 1 : 0, item.wordAtEdge === true ? 1 : 0, item.leftOver ?? 0, item.start - item.end];
  candidates.sort((a, b) => {
    const [left, right] = [rank(a), rank(b)];
    return left.map((value, index) => value - (right[index] ?? 0)).find((difference) => difference !== 0) ?? 0;
  });
  const chosen: Found[] = [];
  for (const candidate of candidates) {
    if (!chosen.some((item) => candidate.start < item.end && candidate.end > item.start)) {
      chosen.push(candidate);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function markerFor(bytes: Buffer): string {
  return bytes.length === 32 ? keyMarker(bytes) : bytes.length === 64 ? ACCOUNT_KEY_MARKER : keyMarker(undefined);
}

function redactGap(text: string): string {
  const found = findKeys(text);
  // Stryker disable next-line ConditionalExpression,BlockStatement: performance only, with nothing found the loop below returns the text
  if (found.length === 0) {
    return text;
  }
  const keyFingerprints = new Set(found.filter((item) => !item.underHashLabel && item.bytes.length === 32).map((item) => sha256Base64(item.bytes)));
  const isPublic = (item: Found): boolean => item.underHashLabel && (keyFingerprints.size === 0 || keyFingerprints.has(item.bytes.toString('base64')));
  let out = '';
  let at = 0;
  for (const item of found) {
    // Stryker disable next-line ConditionalExpression: chosen candidates never overlap and come sorted by start, so item.start < at never holds
    if (item.start < at || isPublic(item)) {
      continue;
    }
    out += text.slice(at, item.start) + markerFor(item.bytes);
    at = item.end;
  }
  return out + text.slice(at);
}

/** Where key material lies in `text` (start and end offsets), as the redactor would replace it. */
export function keyMaterialSpans(text: string): { start: number; end: number }[] {
  return findKeys(text).map(({ start, end }) => ({ start, end }));
}

/** A letters-only key broken once has a piece at least this long (43 = 21 + 22). */
const LONGEST_PIECE_OF_BROKEN_KEY = 22;

/**
 * Whether text can hold key material: a digit, `+`, `/`, `=` or `%`; else (a key spelt with letters only, about
 * one random unpadded 32-byte key in 7,500) a run of 22 letters, `-` or `_`, or a line continuation (`\` before a
 * line break, a key broken over several lines). Ordinary prose has none and skips the scan, which keeps it cheap;
 * 16- and 24-byte values need a digit or a symbol to count at all. One loop by code point: a regular expression
 * for the run (`[A-Za-z_-]{22}`) cost 5 us per 350 characters of prose, this 1 us.
 */
function mayHoldKey(text: string): boolean {
  let run = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads NaN, which is no letter and no gate
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45) {
      run += 1;
      if (run >= LONGEST_PIECE_OF_BROKEN_KEY) {
        return true;
      }
      continue;
    }
    run = 0;
    const next = text.charCodeAt(index + 1);
    if ((code >= 48 && code <= 57) || code === 43 || code === 47 || code === 61 || code === 37 || (code === 92 && (next === 10 || next === 13))) {
      return true;
    }
  }
  return false;
}

/** `text` with every value the key check would read as key material replaced by its marker. */
export function redactKeyMaterial(text: string): string {
  if (!mayHoldKey(text)) {
    return text;
  }
  // Stryker disable next-line StringLiteral,BlockStatement: performance only, text without a marker goes through the marker loop whole
  if (!text.includes('[')) {
    return redactGap(text);
  }
  let out = '';
  let at = 0;
  for (const marker of text.matchAll(MARKER)) {
    out += redactGap(text.slice(at, marker.index)) + marker[0];
    at = marker.index + marker[0].length;
  }
  return out + redactGap(text.slice(at));
}
