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
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { analyzeEncodedValue } from '../checks/key/analyzeEncodedValue';
import { KEY_MATERIAL_SIZES } from '../checks/key/keyTextShapes';
import { keyMarker, sha256Base64 } from './fingerprint';
export const ACCOUNT_KEY_MARKER = '[account key redacted]';

/** Markers earlier rules wrote; their insides are never scanned again (redaction stays idempotent). */
const MARKER = /\[(?:key sha256=[A-Za-z0-9+/]{43}=|key redacted|account key redacted|redacted|token redacted|secret redacted)\]/g;

/** A byte array in code: C#, Java, JavaScript, Python lists of 16 or more numbers, or Python `\x` escapes. */
const BYTE_ARRAY = /(?:new\s+(?:byte|Uint8Array)\s*\[\s*\d*\s*\]\s*|(?:bytes|bytearray|Uint8Array\.from|new\s+Uint8Array|Buffer\.from)\s*\(\s*)?[[{(]\s*(?:(?:0x[0-9a-fA-F]{1,2}|\d{1,3})\s*,\s*){15,}(?:0x[0-9a-fA-F]{1,2}|\d{1,3})\s*,?\s*[\]})]\)?|\bb?["']?(?:\\x[0-9a-fA-F]{2}){16,}["']?/g;

/** Base64/hex characters, also URL-encoded (`%2B`) or JSON-escaped (`\\/`). */
const CHUNK = /(?:[A-Za-z0-9+/=_-]|%[0-9A-Fa-f]{2}|\\\/)+/g;
const ESCAPED = /%[0-9A-Fa-f]{2}|\\\//;

/** A piece as the decoder should see it: URL-decoded and JSON-unescaped. */
function unescapePiece(piece: string): string {
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
  if (glue === ' ') {
    return 'space';
  }
  if (LINE_BREAK_GLUE.test(glue) || CONCATENATION_GLUE.test(glue)) {
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

/** Lengths of text (after joining) that can spell 16, 24, 32 or 64 bytes in a shape the decoder reads. */
const DECODABLE_LENGTHS = new Set([22, 24, 32, 43, 44, 48, 64, 86, 88, 96, 128, 256, 34, 50, 66, 130]);
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
  if (/^0x/i.test(piece) || HEX_LENGTHS.has(piece.length) && /^[0-9a-f]+$/i.test(piece)) {
    return true;
  }
  switch (piece.length) {
    case 22:
    case 86:
      return /[AQgw]$/.test(piece);
    case 43:
      return /[AEIMQUYcgkosw048]$/.test(piece);
    case 24:
    case 88:
      return piece.endsWith('==');
    case 44:
      return /[^=]=$/.test(piece);
    case 32:
      return !piece.includes('=');
    default:
      return false;
  }
}
const HEX_LENGTHS = new Set([32, 48, 64, 128]);
function decodeOnce(piece: string): Buffer | undefined {
  if (!mayDecode(piece)) {
    return undefined;
  }
  if (DECODED.has(piece)) {
    return DECODED.get(piece);
  }
  const bytes = keyMaterialBytes(piece);
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
  if (/[\d+/=]/.test(joined)) {
    return true;
  }
  return bytes.length >= 32 && (pieces === undefined || piecesMayFormKey(joined, pieces));
}

/**
 * Whether pieces joined into `joined` may be one key: always with a digit or a base64 symbol; spelt with letters
 * only, when the letters look random and no long piece is of one case (words one per line, a rule line).
 */
export function piecesMayFormKey(joined: string, pieces: readonly string[]): boolean {
  return /[\d+/=]/.test(joined) || /[a-z]/.test(joined) && /[A-Z]/.test(joined) && lettersLookRandom(joined) && !pieces.some(longSingleCase);
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
  for (let index = 0; stryMutAct_9fa48("2") ? index >= text.length : stryMutAct_9fa48("1") ? index <= text.length : stryMutAct_9fa48("0") ? false : (stryCov_9fa48("0", "1", "2"), index < text.length); stryMutAct_9fa48("3") ? index -= 1 : (stryCov_9fa48("3"), index += 1)) {
    if (stryMutAct_9fa48("4")) {
      {}
    } else {
      stryCov_9fa48("4");
      const code = text.charCodeAt(index);
      const isUpper = stryMutAct_9fa48("7") ? code >= 65 || code <= 90 : stryMutAct_9fa48("6") ? false : stryMutAct_9fa48("5") ? true : (stryCov_9fa48("5", "6", "7"), (stryMutAct_9fa48("10") ? code < 65 : stryMutAct_9fa48("9") ? code > 65 : stryMutAct_9fa48("8") ? true : (stryCov_9fa48("8", "9", "10"), code >= 65)) && (stryMutAct_9fa48("13") ? code > 90 : stryMutAct_9fa48("12") ? code < 90 : stryMutAct_9fa48("11") ? true : (stryCov_9fa48("11", "12", "13"), code <= 90)));
      if (stryMutAct_9fa48("16") ? !isUpper || !(code >= 97 && code <= 122) : stryMutAct_9fa48("15") ? false : stryMutAct_9fa48("14") ? true : (stryCov_9fa48("14", "15", "16"), (stryMutAct_9fa48("17") ? isUpper : (stryCov_9fa48("17"), !isUpper)) && (stryMutAct_9fa48("18") ? code >= 97 && code <= 122 : (stryCov_9fa48("18"), !(stryMutAct_9fa48("21") ? code >= 97 || code <= 122 : stryMutAct_9fa48("20") ? false : stryMutAct_9fa48("19") ? true : (stryCov_9fa48("19", "20", "21"), (stryMutAct_9fa48("24") ? code < 97 : stryMutAct_9fa48("23") ? code > 97 : stryMutAct_9fa48("22") ? true : (stryCov_9fa48("22", "23", "24"), code >= 97)) && (stryMutAct_9fa48("27") ? code > 122 : stryMutAct_9fa48("26") ? code < 122 : stryMutAct_9fa48("25") ? true : (stryCov_9fa48("25", "26", "27"), code <= 122)))))))) {
        if (stryMutAct_9fa48("28")) {
          {}
        } else {
          stryCov_9fa48("28");
          continue;
        }
      }
      if (stryMutAct_9fa48("30") ? false : stryMutAct_9fa48("29") ? true : (stryCov_9fa48("29", "30"), isUpper)) {
        if (stryMutAct_9fa48("31")) {
          {}
        } else {
          stryCov_9fa48("31");
          stryMutAct_9fa48("32") ? upper -= 1 : (stryCov_9fa48("32"), upper += 1);
          stryMutAct_9fa48("33") ? signs -= (previous === 1 ? 1 : 0) + (beforePrevious === 1 && previous === 2 ? 1 : 0) : (stryCov_9fa48("33"), signs += stryMutAct_9fa48("34") ? (previous === 1 ? 1 : 0) - (beforePrevious === 1 && previous === 2 ? 1 : 0) : (stryCov_9fa48("34"), ((stryMutAct_9fa48("37") ? previous !== 1 : stryMutAct_9fa48("36") ? false : stryMutAct_9fa48("35") ? true : (stryCov_9fa48("35", "36", "37"), previous === 1)) ? 1 : 0) + ((stryMutAct_9fa48("40") ? beforePrevious === 1 || previous === 2 : stryMutAct_9fa48("39") ? false : stryMutAct_9fa48("38") ? true : (stryCov_9fa48("38", "39", "40"), (stryMutAct_9fa48("42") ? beforePrevious !== 1 : stryMutAct_9fa48("41") ? true : (stryCov_9fa48("41", "42"), beforePrevious === 1)) && (stryMutAct_9fa48("44") ? previous !== 2 : stryMutAct_9fa48("43") ? true : (stryCov_9fa48("43", "44"), previous === 2)))) ? 1 : 0)));
        }
      } else {
        if (stryMutAct_9fa48("45")) {
          {}
        } else {
          stryCov_9fa48("45");
          stryMutAct_9fa48("46") ? lower -= 1 : (stryCov_9fa48("46"), lower += 1);
        }
      }
      withoutVowel = VOWELS.has(code | 32) ? 0 : stryMutAct_9fa48("47") ? withoutVowel - 1 : (stryCov_9fa48("47"), withoutVowel + 1);
      stryMutAct_9fa48("48") ? signs -= withoutVowel >= 5 ? 1 : 0 : (stryCov_9fa48("48"), signs += (stryMutAct_9fa48("52") ? withoutVowel < 5 : stryMutAct_9fa48("51") ? withoutVowel > 5 : stryMutAct_9fa48("50") ? false : stryMutAct_9fa48("49") ? true : (stryCov_9fa48("49", "50", "51", "52"), withoutVowel >= 5)) ? 1 : 0);
      beforePrevious = previous;
      previous = isUpper ? 1 : 2;
    }
  }
  return stryMutAct_9fa48("55") ? upper >= 6 && lower >= 6 || signs >= 3 : stryMutAct_9fa48("54") ? false : stryMutAct_9fa48("53") ? true : (stryCov_9fa48("53", "54", "55"), (stryMutAct_9fa48("57") ? upper >= 6 || lower >= 6 : stryMutAct_9fa48("56") ? true : (stryCov_9fa48("56", "57"), (stryMutAct_9fa48("60") ? upper < 6 : stryMutAct_9fa48("59") ? upper > 6 : stryMutAct_9fa48("58") ? true : (stryCov_9fa48("58", "59", "60"), upper >= 6)) && (stryMutAct_9fa48("63") ? lower < 6 : stryMutAct_9fa48("62") ? lower > 6 : stryMutAct_9fa48("61") ? true : (stryCov_9fa48("61", "62", "63"), lower >= 6)))) && (stryMutAct_9fa48("66") ? signs < 3 : stryMutAct_9fa48("65") ? signs > 3 : stryMutAct_9fa48("64") ? true : (stryCov_9fa48("64", "65", "66"), signs >= 3)));
}

/** a, e, i, o, u and y as small letters' code points (`code | 32` folds a capital onto its small letter). */
const VOWELS = new Set(stryMutAct_9fa48("67") ? [] : (stryCov_9fa48("67"), [97, 101, 105, 111, 117, 121]));
function sameSizeGroups(chunks: readonly Chunk[]): boolean {
  if (stryMutAct_9fa48("68")) {
    {}
  } else {
    stryCov_9fa48("68");
    const size = stryMutAct_9fa48("69") ? chunks[0]?.text.length && 0 : (stryCov_9fa48("69"), (stryMutAct_9fa48("70") ? chunks[0].text.length : (stryCov_9fa48("70"), chunks[0]?.text.length)) ?? 0);
    return stryMutAct_9fa48("73") ? chunks.length >= 3 && size <= 8 || chunks.every((chunk, index) => chunk.text.length === size || index === chunks.length - 1 && chunk.text.length < size) : stryMutAct_9fa48("72") ? false : stryMutAct_9fa48("71") ? true : (stryCov_9fa48("71", "72", "73"), (stryMutAct_9fa48("75") ? chunks.length >= 3 || size <= 8 : stryMutAct_9fa48("74") ? true : (stryCov_9fa48("74", "75"), (stryMutAct_9fa48("78") ? chunks.length < 3 : stryMutAct_9fa48("77") ? chunks.length > 3 : stryMutAct_9fa48("76") ? true : (stryCov_9fa48("76", "77", "78"), chunks.length >= 3)) && (stryMutAct_9fa48("81") ? size > 8 : stryMutAct_9fa48("80") ? size < 8 : stryMutAct_9fa48("79") ? true : (stryCov_9fa48("79", "80", "81"), size <= 8)))) && (stryMutAct_9fa48("82") ? chunks.some((chunk, index) => chunk.text.length === size || index === chunks.length - 1 && chunk.text.length < size) : (stryCov_9fa48("82"), chunks.every(stryMutAct_9fa48("83") ? () => undefined : (stryCov_9fa48("83"), (chunk, index) => stryMutAct_9fa48("86") ? chunk.text.length === size && index === chunks.length - 1 && chunk.text.length < size : stryMutAct_9fa48("85") ? false : stryMutAct_9fa48("84") ? true : (stryCov_9fa48("84", "85", "86"), (stryMutAct_9fa48("88") ? chunk.text.length !== size : stryMutAct_9fa48("87") ? false : (stryCov_9fa48("87", "88"), chunk.text.length === size)) || (stryMutAct_9fa48("90") ? index === chunks.length - 1 || chunk.text.length < size : stryMutAct_9fa48("89") ? false : (stryCov_9fa48("89", "90"), (stryMutAct_9fa48("92") ? index !== chunks.length - 1 : stryMutAct_9fa48("91") ? true : (stryCov_9fa48("91", "92"), index === (stryMutAct_9fa48("93") ? chunks.length + 1 : (stryCov_9fa48("93"), chunks.length - 1)))) && (stryMutAct_9fa48("96") ? chunk.text.length >= size : stryMutAct_9fa48("95") ? chunk.text.length <= size : stryMutAct_9fa48("94") ? true : (stryCov_9fa48("94", "95", "96"), chunk.text.length < size))))))))));
  }
}

/**
 * Pieces joined by single spaces count only as groups of one size, or as two or three random-looking pieces; with
 * letters only, two pieces (a key broken once by a wrapped line), which `plausible` then holds to random letters.
 */
function spaceJoinAllowed(chunks: readonly Chunk[], joined: string): boolean {
  if (stryMutAct_9fa48("97")) {
    {}
  } else {
    stryCov_9fa48("97");
    if (stryMutAct_9fa48("99") ? false : stryMutAct_9fa48("98") ? true : (stryCov_9fa48("98", "99"), sameSizeGroups(chunks))) {
      if (stryMutAct_9fa48("100")) {
        {}
      } else {
        stryCov_9fa48("100");
        return stryMutAct_9fa48("101") ? false : (stryCov_9fa48("101"), true);
      }
    }
    const symbolOrDigit = (stryMutAct_9fa48("103") ? /[\D+/]/ : stryMutAct_9fa48("102") ? /[^\d+/]/ : (stryCov_9fa48("102", "103"), /[\d+/]/)).test(joined);
    if (stryMutAct_9fa48("106") ? false : stryMutAct_9fa48("105") ? true : stryMutAct_9fa48("104") ? symbolOrDigit : (stryCov_9fa48("104", "105", "106"), !symbolOrDigit)) {
      if (stryMutAct_9fa48("107")) {
        {}
      } else {
        stryCov_9fa48("107");
        return stryMutAct_9fa48("110") ? chunks.length !== 2 : stryMutAct_9fa48("109") ? false : stryMutAct_9fa48("108") ? true : (stryCov_9fa48("108", "109", "110"), chunks.length === 2);
      }
    }
    return stryMutAct_9fa48("113") ? chunks.length <= 3 || /[+/]/.test(joined) || /[a-z]/.test(joined) && /[A-Z]/.test(joined) || /^[0-9a-f]+$/i.test(joined) : stryMutAct_9fa48("112") ? false : stryMutAct_9fa48("111") ? true : (stryCov_9fa48("111", "112", "113"), (stryMutAct_9fa48("116") ? chunks.length > 3 : stryMutAct_9fa48("115") ? chunks.length < 3 : stryMutAct_9fa48("114") ? true : (stryCov_9fa48("114", "115", "116"), chunks.length <= 3)) && (stryMutAct_9fa48("118") ? (/[+/]/.test(joined) || /[a-z]/.test(joined) && /[A-Z]/.test(joined)) && /^[0-9a-f]+$/i.test(joined) : stryMutAct_9fa48("117") ? true : (stryCov_9fa48("117", "118"), (stryMutAct_9fa48("120") ? /[+/]/.test(joined) && /[a-z]/.test(joined) && /[A-Z]/.test(joined) : stryMutAct_9fa48("119") ? false : (stryCov_9fa48("119", "120"), (stryMutAct_9fa48("121") ? /[^+/]/ : (stryCov_9fa48("121"), /[+/]/)).test(joined) || (stryMutAct_9fa48("123") ? /[a-z]/.test(joined) || /[A-Z]/.test(joined) : stryMutAct_9fa48("122") ? false : (stryCov_9fa48("122", "123"), (stryMutAct_9fa48("124") ? /[^a-z]/ : (stryCov_9fa48("124"), /[a-z]/)).test(joined) && (stryMutAct_9fa48("125") ? /[^A-Z]/ : (stryCov_9fa48("125"), /[A-Z]/)).test(joined))))) || (stryMutAct_9fa48("129") ? /^[^0-9a-f]+$/i : stryMutAct_9fa48("128") ? /^[0-9a-f]$/i : stryMutAct_9fa48("127") ? /^[0-9a-f]+/i : stryMutAct_9fa48("126") ? /[0-9a-f]+$/i : (stryCov_9fa48("126", "127", "128", "129"), /^[0-9a-f]+$/i)).test(joined))));
  }
}
function windowAllowed(chunks: readonly Chunk[], joined: string): boolean {
  if (stryMutAct_9fa48("130")) {
    {}
  } else {
    stryCov_9fa48("130");
    const glues = stryMutAct_9fa48("131") ? chunks.map(chunk => chunk.glueAfter) : (stryCov_9fa48("131"), chunks.slice(0, stryMutAct_9fa48("132") ? +1 : (stryCov_9fa48("132"), -1)).map(stryMutAct_9fa48("133") ? () => undefined : (stryCov_9fa48("133"), chunk => chunk.glueAfter)));
    if (stryMutAct_9fa48("136") ? glues.includes('colon') || !chunks.every(chunk => /^[0-9a-f]{2}$/i.test(chunk.text)) : stryMutAct_9fa48("135") ? false : stryMutAct_9fa48("134") ? true : (stryCov_9fa48("134", "135", "136"), glues.includes(stryMutAct_9fa48("137") ? "" : (stryCov_9fa48("137"), 'colon')) && (stryMutAct_9fa48("138") ? chunks.every(chunk => /^[0-9a-f]{2}$/i.test(chunk.text)) : (stryCov_9fa48("138"), !(stryMutAct_9fa48("139") ? chunks.some(chunk => /^[0-9a-f]{2}$/i.test(chunk.text)) : (stryCov_9fa48("139"), chunks.every(stryMutAct_9fa48("140") ? () => undefined : (stryCov_9fa48("140"), chunk => (stryMutAct_9fa48("144") ? /^[^0-9a-f]{2}$/i : stryMutAct_9fa48("143") ? /^[0-9a-f]$/i : stryMutAct_9fa48("142") ? /^[0-9a-f]{2}/i : stryMutAct_9fa48("141") ? /[0-9a-f]{2}$/i : (stryCov_9fa48("141", "142", "143", "144"), /^[0-9a-f]{2}$/i)).test(chunk.text))))))))) {
      if (stryMutAct_9fa48("145")) {
        {}
      } else {
        stryCov_9fa48("145");
        return stryMutAct_9fa48("146") ? true : (stryCov_9fa48("146"), false);
      }
    }
    if (stryMutAct_9fa48("149") ? glues.includes('comma') || !chunks.every(chunk => /^0x[0-9a-f]{2}$/i.test(chunk.text)) : stryMutAct_9fa48("148") ? false : stryMutAct_9fa48("147") ? true : (stryCov_9fa48("147", "148", "149"), glues.includes(stryMutAct_9fa48("150") ? "" : (stryCov_9fa48("150"), 'comma')) && (stryMutAct_9fa48("151") ? chunks.every(chunk => /^0x[0-9a-f]{2}$/i.test(chunk.text)) : (stryCov_9fa48("151"), !(stryMutAct_9fa48("152") ? chunks.some(chunk => /^0x[0-9a-f]{2}$/i.test(chunk.text)) : (stryCov_9fa48("152"), chunks.every(stryMutAct_9fa48("153") ? () => undefined : (stryCov_9fa48("153"), chunk => (stryMutAct_9fa48("157") ? /^0x[^0-9a-f]{2}$/i : stryMutAct_9fa48("156") ? /^0x[0-9a-f]$/i : stryMutAct_9fa48("155") ? /^0x[0-9a-f]{2}/i : stryMutAct_9fa48("154") ? /0x[0-9a-f]{2}$/i : (stryCov_9fa48("154", "155", "156", "157"), /^0x[0-9a-f]{2}$/i)).test(chunk.text))))))))) {
      if (stryMutAct_9fa48("158")) {
        {}
      } else {
        stryCov_9fa48("158");
        return stryMutAct_9fa48("159") ? true : (stryCov_9fa48("159"), false);
      }
    }
    return stryMutAct_9fa48("162") ? !glues.includes('space') && spaceJoinAllowed(chunks, joined) : stryMutAct_9fa48("161") ? false : stryMutAct_9fa48("160") ? true : (stryCov_9fa48("160", "161", "162"), (stryMutAct_9fa48("163") ? glues.includes('space') : (stryCov_9fa48("163"), !glues.includes(stryMutAct_9fa48("164") ? "" : (stryCov_9fa48("164"), 'space')))) || spaceJoinAllowed(chunks, joined));
  }
}

/** Every window starting at chunk `first` whose joined text the decoder reads as key material. */
function windowsFrom(text: string, chunks: readonly Chunk[], first: number): Found[] {
  if (stryMutAct_9fa48("165")) {
    {}
  } else {
    stryCov_9fa48("165");
    const found: Found[] = stryMutAct_9fa48("166") ? ["Stryker was here"] : (stryCov_9fa48("166"), []);
    let joined = stryMutAct_9fa48("167") ? "Stryker was here!" : (stryCov_9fa48("167"), '');
    const groupSize = stryMutAct_9fa48("168") ? chunks[first]?.text.length && 0 : (stryCov_9fa48("168"), (stryMutAct_9fa48("169") ? chunks[first].text.length : (stryCov_9fa48("169"), chunks[first]?.text.length)) ?? 0);
    let groupsPossible = stryMutAct_9fa48("173") ? groupSize > 8 : stryMutAct_9fa48("172") ? groupSize < 8 : stryMutAct_9fa48("171") ? false : stryMutAct_9fa48("170") ? true : (stryCov_9fa48("170", "171", "172", "173"), groupSize <= 8);
    let spaced = stryMutAct_9fa48("174") ? true : (stryCov_9fa48("174"), false);
    for (let last = first; stryMutAct_9fa48("176") ? last < chunks.length || last - first < MOST_CHUNKS : stryMutAct_9fa48("175") ? false : (stryCov_9fa48("175", "176"), (stryMutAct_9fa48("179") ? last >= chunks.length : stryMutAct_9fa48("178") ? last <= chunks.length : stryMutAct_9fa48("177") ? true : (stryCov_9fa48("177", "178", "179"), last < chunks.length)) && (stryMutAct_9fa48("182") ? last - first >= MOST_CHUNKS : stryMutAct_9fa48("181") ? last - first <= MOST_CHUNKS : stryMutAct_9fa48("180") ? true : (stryCov_9fa48("180", "181", "182"), (stryMutAct_9fa48("183") ? last + first : (stryCov_9fa48("183"), last - first)) < MOST_CHUNKS))); stryMutAct_9fa48("184") ? last -= 1 : (stryCov_9fa48("184"), last += 1)) {
      if (stryMutAct_9fa48("185")) {
        {}
      } else {
        stryCov_9fa48("185");
        const chunk = chunks[last];
        if (stryMutAct_9fa48("188") ? chunk !== undefined : stryMutAct_9fa48("187") ? false : stryMutAct_9fa48("186") ? true : (stryCov_9fa48("186", "187", "188"), chunk === undefined)) {
          if (stryMutAct_9fa48("189")) {
            {}
          } else {
            stryCov_9fa48("189");
            break;
          }
        }
        stryMutAct_9fa48("190") ? joined -= unescapePiece(chunk.text) : (stryCov_9fa48("190"), joined += unescapePiece(chunk.text));
        if (stryMutAct_9fa48("194") ? joined.length <= LONGEST_WINDOW : stryMutAct_9fa48("193") ? joined.length >= LONGEST_WINDOW : stryMutAct_9fa48("192") ? false : stryMutAct_9fa48("191") ? true : (stryCov_9fa48("191", "192", "193", "194"), joined.length > LONGEST_WINDOW)) {
          if (stryMutAct_9fa48("195")) {
            {}
          } else {
            stryCov_9fa48("195");
            break;
          }
        }
        // Only the last of equal groups may be shorter; words of other lengths joined by spaces stop here (prose).
        stryMutAct_9fa48("196") ? groupsPossible ||= last === first || chunks[last - 1]?.text.length === groupSize : (stryCov_9fa48("196"), groupsPossible &&= stryMutAct_9fa48("199") ? last === first && chunks[last - 1]?.text.length === groupSize : stryMutAct_9fa48("198") ? false : stryMutAct_9fa48("197") ? true : (stryCov_9fa48("197", "198", "199"), (stryMutAct_9fa48("201") ? last !== first : stryMutAct_9fa48("200") ? false : (stryCov_9fa48("200", "201"), last === first)) || (stryMutAct_9fa48("203") ? chunks[last - 1]?.text.length !== groupSize : stryMutAct_9fa48("202") ? false : (stryCov_9fa48("202", "203"), (stryMutAct_9fa48("204") ? chunks[last - 1].text.length : (stryCov_9fa48("204"), chunks[stryMutAct_9fa48("205") ? last + 1 : (stryCov_9fa48("205"), last - 1)]?.text.length)) === groupSize))));
        if (stryMutAct_9fa48("208") ? spaced && last - first >= 3 || !groupsPossible : stryMutAct_9fa48("207") ? false : stryMutAct_9fa48("206") ? true : (stryCov_9fa48("206", "207", "208"), (stryMutAct_9fa48("210") ? spaced || last - first >= 3 : stryMutAct_9fa48("209") ? true : (stryCov_9fa48("209", "210"), spaced && (stryMutAct_9fa48("213") ? last - first < 3 : stryMutAct_9fa48("212") ? last - first > 3 : stryMutAct_9fa48("211") ? true : (stryCov_9fa48("211", "212", "213"), (stryMutAct_9fa48("214") ? last + first : (stryCov_9fa48("214"), last - first)) >= 3)))) && (stryMutAct_9fa48("215") ? groupsPossible : (stryCov_9fa48("215"), !groupsPossible)))) {
          if (stryMutAct_9fa48("216")) {
            {}
          } else {
            stryCov_9fa48("216");
            break;
          }
        }
        if (stryMutAct_9fa48("219") ? last > first || DECODABLE_LENGTHS.has(joined.replace(/[=]+$/, '').length) || DECODABLE_LENGTHS.has(joined.length) : stryMutAct_9fa48("218") ? false : stryMutAct_9fa48("217") ? true : (stryCov_9fa48("217", "218", "219"), (stryMutAct_9fa48("222") ? last <= first : stryMutAct_9fa48("221") ? last >= first : stryMutAct_9fa48("220") ? true : (stryCov_9fa48("220", "221", "222"), last > first)) && (stryMutAct_9fa48("224") ? DECODABLE_LENGTHS.has(joined.replace(/[=]+$/, '').length) && DECODABLE_LENGTHS.has(joined.length) : stryMutAct_9fa48("223") ? true : (stryCov_9fa48("223", "224"), DECODABLE_LENGTHS.has(joined.replace(stryMutAct_9fa48("227") ? /[^=]+$/ : stryMutAct_9fa48("226") ? /[=]$/ : stryMutAct_9fa48("225") ? /[=]+/ : (stryCov_9fa48("225", "226", "227"), /[=]+$/), stryMutAct_9fa48("228") ? "Stryker was here!" : (stryCov_9fa48("228"), '')).length) || DECODABLE_LENGTHS.has(joined.length))))) {
          if (stryMutAct_9fa48("229")) {
            {}
          } else {
            stryCov_9fa48("229");
            const window = stryMutAct_9fa48("230") ? chunks : (stryCov_9fa48("230"), chunks.slice(first, stryMutAct_9fa48("231") ? last - 1 : (stryCov_9fa48("231"), last + 1)));
            const bytes = windowAllowed(window, joined) ? decodeOnce(joined) : undefined;
            if (stryMutAct_9fa48("234") ? bytes !== undefined || plausible(joined, bytes, window.map(piece => piece.text)) : stryMutAct_9fa48("233") ? false : stryMutAct_9fa48("232") ? true : (stryCov_9fa48("232", "233", "234"), (stryMutAct_9fa48("236") ? bytes === undefined : stryMutAct_9fa48("235") ? true : (stryCov_9fa48("235", "236"), bytes !== undefined)) && plausible(joined, bytes, window.map(stryMutAct_9fa48("237") ? () => undefined : (stryCov_9fa48("237"), piece => piece.text))))) {
              if (stryMutAct_9fa48("238")) {
                {}
              } else {
                stryCov_9fa48("238");
                const start = stryMutAct_9fa48("239") ? chunks[first]?.start && 0 : (stryCov_9fa48("239"), (stryMutAct_9fa48("240") ? chunks[first].start : (stryCov_9fa48("240"), chunks[first]?.start)) ?? 0);
                found.push(stryMutAct_9fa48("241") ? {} : (stryCov_9fa48("241"), {
                  start,
                  end: chunk.end,
                  bytes,
                  underHashLabel: underHashLabel(text, start),
                  wordAtEdge: wordAtEdge(window),
                  spaced
                }));
              }
            }
          }
        }
        const glue = chunk.glueAfter;
        if (stryMutAct_9fa48("244") ? (glue === undefined || glue === 'colon' && !/^[0-9a-f]{2}$/i.test(chunk.text)) && glue === 'comma' && !/^0x[0-9a-f]{2}$/i.test(chunk.text) : stryMutAct_9fa48("243") ? false : stryMutAct_9fa48("242") ? true : (stryCov_9fa48("242", "243", "244"), (stryMutAct_9fa48("246") ? glue === undefined && glue === 'colon' && !/^[0-9a-f]{2}$/i.test(chunk.text) : stryMutAct_9fa48("245") ? false : (stryCov_9fa48("245", "246"), (stryMutAct_9fa48("248") ? glue !== undefined : stryMutAct_9fa48("247") ? false : (stryCov_9fa48("247", "248"), glue === undefined)) || (stryMutAct_9fa48("250") ? glue === 'colon' || !/^[0-9a-f]{2}$/i.test(chunk.text) : stryMutAct_9fa48("249") ? false : (stryCov_9fa48("249", "250"), (stryMutAct_9fa48("252") ? glue !== 'colon' : stryMutAct_9fa48("251") ? true : (stryCov_9fa48("251", "252"), glue === (stryMutAct_9fa48("253") ? "" : (stryCov_9fa48("253"), 'colon')))) && (stryMutAct_9fa48("254") ? /^[0-9a-f]{2}$/i.test(chunk.text) : (stryCov_9fa48("254"), !(stryMutAct_9fa48("258") ? /^[^0-9a-f]{2}$/i : stryMutAct_9fa48("257") ? /^[0-9a-f]$/i : stryMutAct_9fa48("256") ? /^[0-9a-f]{2}/i : stryMutAct_9fa48("255") ? /[0-9a-f]{2}$/i : (stryCov_9fa48("255", "256", "257", "258"), /^[0-9a-f]{2}$/i)).test(chunk.text))))))) || (stryMutAct_9fa48("260") ? glue === 'comma' || !/^0x[0-9a-f]{2}$/i.test(chunk.text) : stryMutAct_9fa48("259") ? false : (stryCov_9fa48("259", "260"), (stryMutAct_9fa48("262") ? glue !== 'comma' : stryMutAct_9fa48("261") ? true : (stryCov_9fa48("261", "262"), glue === (stryMutAct_9fa48("263") ? "" : (stryCov_9fa48("263"), 'comma')))) && (stryMutAct_9fa48("264") ? /^0x[0-9a-f]{2}$/i.test(chunk.text) : (stryCov_9fa48("264"), !(stryMutAct_9fa48("268") ? /^0x[^0-9a-f]{2}$/i : stryMutAct_9fa48("267") ? /^0x[0-9a-f]$/i : stryMutAct_9fa48("266") ? /^0x[0-9a-f]{2}/i : stryMutAct_9fa48("265") ? /0x[0-9a-f]{2}$/i : (stryCov_9fa48("265", "266", "267", "268"), /^0x[0-9a-f]{2}$/i)).test(chunk.text))))))) {
          if (stryMutAct_9fa48("269")) {
            {}
          } else {
            stryCov_9fa48("269");
            break;
          }
        }
        stryMutAct_9fa48("270") ? spaced &&= glue === 'space' : (stryCov_9fa48("270"), spaced ||= stryMutAct_9fa48("273") ? glue !== 'space' : stryMutAct_9fa48("272") ? false : stryMutAct_9fa48("271") ? true : (stryCov_9fa48("271", "272", "273"), glue === (stryMutAct_9fa48("274") ? "" : (stryCov_9fa48("274"), 'space'))));
      }
    }
    return found;
  }
}

/**
 * A window that begins or ends with a plain word ("below", "key", "Thanks") is less likely the key than one
 * without. Small letters, capitalised from three letters on: a short piece of a random key (`ePiuocSWM`, `Yc`)
 * is seldom spelt so.
 */
function wordAtEdge(window: readonly Chunk[]): boolean {
  if (stryMutAct_9fa48("275")) {
    {}
  } else {
    stryCov_9fa48("275");
    const plainWord = stryMutAct_9fa48("276") ? () => undefined : (stryCov_9fa48("276"), (() => {
      const plainWord = (chunk: Chunk | undefined): boolean => stryMutAct_9fa48("279") ? chunk !== undefined || /^(?:[a-z]{1,12}|[A-Z][a-z]{2,11})$/.test(chunk.text) : stryMutAct_9fa48("278") ? false : stryMutAct_9fa48("277") ? true : (stryCov_9fa48("277", "278", "279"), (stryMutAct_9fa48("281") ? chunk === undefined : stryMutAct_9fa48("280") ? true : (stryCov_9fa48("280", "281"), chunk !== undefined)) && (stryMutAct_9fa48("288") ? /^(?:[a-z]{1,12}|[A-Z][^a-z]{2,11})$/ : stryMutAct_9fa48("287") ? /^(?:[a-z]{1,12}|[A-Z][a-z])$/ : stryMutAct_9fa48("286") ? /^(?:[a-z]{1,12}|[^A-Z][a-z]{2,11})$/ : stryMutAct_9fa48("285") ? /^(?:[^a-z]{1,12}|[A-Z][a-z]{2,11})$/ : stryMutAct_9fa48("284") ? /^(?:[a-z]|[A-Z][a-z]{2,11})$/ : stryMutAct_9fa48("283") ? /^(?:[a-z]{1,12}|[A-Z][a-z]{2,11})/ : stryMutAct_9fa48("282") ? /(?:[a-z]{1,12}|[A-Z][a-z]{2,11})$/ : (stryCov_9fa48("282", "283", "284", "285", "286", "287", "288"), /^(?:[a-z]{1,12}|[A-Z][a-z]{2,11})$/)).test(chunk.text));
      return plainWord;
    })());
    return stryMutAct_9fa48("291") ? window.length > 1 || plainWord(window[0]) || plainWord(window[window.length - 1]) : stryMutAct_9fa48("290") ? false : stryMutAct_9fa48("289") ? true : (stryCov_9fa48("289", "290", "291"), (stryMutAct_9fa48("294") ? window.length <= 1 : stryMutAct_9fa48("293") ? window.length >= 1 : stryMutAct_9fa48("292") ? true : (stryCov_9fa48("292", "293", "294"), window.length > 1)) && (stryMutAct_9fa48("296") ? plainWord(window[0]) && plainWord(window[window.length - 1]) : stryMutAct_9fa48("295") ? true : (stryCov_9fa48("295", "296"), plainWord(window[0]) || plainWord(window[stryMutAct_9fa48("297") ? window.length + 1 : (stryCov_9fa48("297"), window.length - 1)]))));
  }
}
function underHashLabel(text: string, offset: number): boolean {
  if (stryMutAct_9fa48("298")) {
    {}
  } else {
    stryCov_9fa48("298");
    return HASH_LABEL.test(stryMutAct_9fa48("299") ? text : (stryCov_9fa48("299"), text.slice(stryMutAct_9fa48("300") ? Math.min(0, offset - 48) : (stryCov_9fa48("300"), Math.max(0, stryMutAct_9fa48("301") ? offset + 48 : (stryCov_9fa48("301"), offset - 48))), offset)));
  }
}

/** Inside one chunk: a key after a path segment or a label (`secrets/cpk/<key>`, `k=<key>`), or before one. */
function foundInsideChunk(text: string, chunk: Chunk): Found[] {
  if (stryMutAct_9fa48("302")) {
    {}
  } else {
    stryCov_9fa48("302");
    if (stryMutAct_9fa48("306") ? chunk.text.length >= SHORTEST_DECODABLE : stryMutAct_9fa48("305") ? chunk.text.length <= SHORTEST_DECODABLE : stryMutAct_9fa48("304") ? false : stryMutAct_9fa48("303") ? true : (stryCov_9fa48("303", "304", "305", "306"), chunk.text.length < SHORTEST_DECODABLE)) {
      if (stryMutAct_9fa48("307")) {
        {}
      } else {
        stryCov_9fa48("307");
        return stryMutAct_9fa48("308") ? ["Stryker was here"] : (stryCov_9fa48("308"), []);
      }
    }
    const escaped = ESCAPED.test(chunk.text);
    const cuts = new Set(stryMutAct_9fa48("309") ? [] : (stryCov_9fa48("309"), [0]));
    const ends = new Set(stryMutAct_9fa48("310") ? [] : (stryCov_9fa48("310"), [chunk.text.length]));
    // A separator may end a path before the key or belong to the key (a key can start or end with `/`, `-`, `_`):
    // both sides of it are tried.
    for (const match of chunk.text.matchAll(stryMutAct_9fa48("316") ? /[/_-]|%2[Ff]|\\\/|(?:=|%3[Dd])+(?=[=%])/g : stryMutAct_9fa48("315") ? /[/_-]|%2[Ff]|\\\/|(?:=|%3[Dd])+(?![^=%])/g : stryMutAct_9fa48("314") ? /[/_-]|%2[Ff]|\\\/|(?:=|%3[^Dd])+(?=[^=%])/g : stryMutAct_9fa48("313") ? /[/_-]|%2[Ff]|\\\/|(?:=|%3[Dd])(?=[^=%])/g : stryMutAct_9fa48("312") ? /[/_-]|%2[^Ff]|\\\/|(?:=|%3[Dd])+(?=[^=%])/g : stryMutAct_9fa48("311") ? /[^/_-]|%2[Ff]|\\\/|(?:=|%3[Dd])+(?=[^=%])/g : (stryCov_9fa48("311", "312", "313", "314", "315", "316"), /[/_-]|%2[Ff]|\\\/|(?:=|%3[Dd])+(?=[^=%])/g))) {
      if (stryMutAct_9fa48("317")) {
        {}
      } else {
        stryCov_9fa48("317");
        const after = stryMutAct_9fa48("318") ? match.index - match[0].length : (stryCov_9fa48("318"), match.index + match[0].length);
        cuts.add(after);
        ends.add(after);
        if (stryMutAct_9fa48("321") ? !match[0].startsWith('=') || !match[0].startsWith('%3') : stryMutAct_9fa48("320") ? false : stryMutAct_9fa48("319") ? true : (stryCov_9fa48("319", "320", "321"), (stryMutAct_9fa48("322") ? match[0].startsWith('=') : (stryCov_9fa48("322"), !(stryMutAct_9fa48("323") ? match[0].endsWith('=') : (stryCov_9fa48("323"), match[0].startsWith(stryMutAct_9fa48("324") ? "" : (stryCov_9fa48("324"), '=')))))) && (stryMutAct_9fa48("325") ? match[0].startsWith('%3') : (stryCov_9fa48("325"), !(stryMutAct_9fa48("326") ? match[0].endsWith('%3') : (stryCov_9fa48("326"), match[0].startsWith(stryMutAct_9fa48("327") ? "" : (stryCov_9fa48("327"), '%3')))))))) {
          if (stryMutAct_9fa48("328")) {
            {}
          } else {
            stryCov_9fa48("328");
            cuts.add(match.index);
            ends.add(match.index);
          }
        }
      }
    }
    const found: Found[] = stryMutAct_9fa48("329") ? ["Stryker was here"] : (stryCov_9fa48("329"), []);
    const consider = (from: number, to: number): void => {
      if (stryMutAct_9fa48("330")) {
        {}
      } else {
        stryCov_9fa48("330");
        const piece = unescapePiece(stryMutAct_9fa48("331") ? chunk.text : (stryCov_9fa48("331"), chunk.text.slice(from, to)));
        if (stryMutAct_9fa48("334") ? false : stryMutAct_9fa48("333") ? true : stryMutAct_9fa48("332") ? DECODABLE_LENGTHS.has(piece.length) : (stryCov_9fa48("332", "333", "334"), !DECODABLE_LENGTHS.has(piece.length))) {
          if (stryMutAct_9fa48("335")) {
            {}
          } else {
            stryCov_9fa48("335");
            return;
          }
        }
        const bytes = decodeOnce(piece);
        if (stryMutAct_9fa48("338") ? bytes !== undefined || plausible(piece, bytes, from === 0 && to === chunk.text.length ? undefined : [piece]) : stryMutAct_9fa48("337") ? false : stryMutAct_9fa48("336") ? true : (stryCov_9fa48("336", "337", "338"), (stryMutAct_9fa48("340") ? bytes === undefined : stryMutAct_9fa48("339") ? true : (stryCov_9fa48("339", "340"), bytes !== undefined)) && plausible(piece, bytes, (stryMutAct_9fa48("343") ? from === 0 || to === chunk.text.length : stryMutAct_9fa48("342") ? false : stryMutAct_9fa48("341") ? true : (stryCov_9fa48("341", "342", "343"), (stryMutAct_9fa48("345") ? from !== 0 : stryMutAct_9fa48("344") ? true : (stryCov_9fa48("344", "345"), from === 0)) && (stryMutAct_9fa48("347") ? to !== chunk.text.length : stryMutAct_9fa48("346") ? true : (stryCov_9fa48("346", "347"), to === chunk.text.length)))) ? undefined : stryMutAct_9fa48("348") ? [] : (stryCov_9fa48("348"), [piece])))) {
          if (stryMutAct_9fa48("349")) {
            {}
          } else {
            stryCov_9fa48("349");
            const start = stryMutAct_9fa48("350") ? chunk.start - from : (stryCov_9fa48("350"), chunk.start + from);
            found.push(stryMutAct_9fa48("351") ? {} : (stryCov_9fa48("351"), {
              start,
              end: stryMutAct_9fa48("352") ? chunk.start - to : (stryCov_9fa48("352"), chunk.start + to),
              bytes,
              underHashLabel: underHashLabel(text, start)
            }));
          }
        }
      }
    };
    // Only lengths that can decode are tried from each cut, so a long run of slashes stays linear; escaped text
    // (whose length changes when decoded) tries every pair of cuts, for a bounded number of cuts.
    for (const from of cuts) {
      if (stryMutAct_9fa48("353")) {
        {}
      } else {
        stryCov_9fa48("353");
        if (stryMutAct_9fa48("356") ? escaped || cuts.size <= 24 : stryMutAct_9fa48("355") ? false : stryMutAct_9fa48("354") ? true : (stryCov_9fa48("354", "355", "356"), escaped && (stryMutAct_9fa48("359") ? cuts.size > 24 : stryMutAct_9fa48("358") ? cuts.size < 24 : stryMutAct_9fa48("357") ? true : (stryCov_9fa48("357", "358", "359"), cuts.size <= 24)))) {
          if (stryMutAct_9fa48("360")) {
            {}
          } else {
            stryCov_9fa48("360");
            ends.forEach(to => {
              if (stryMutAct_9fa48("361")) {
                {}
              } else {
                stryCov_9fa48("361");
                if (stryMutAct_9fa48("365") ? to <= from : stryMutAct_9fa48("364") ? to >= from : stryMutAct_9fa48("363") ? false : stryMutAct_9fa48("362") ? true : (stryCov_9fa48("362", "363", "364", "365"), to > from)) {
                  if (stryMutAct_9fa48("366")) {
                    {}
                  } else {
                    stryCov_9fa48("366");
                    consider(from, to);
                  }
                }
              }
            });
          }
        } else {
          if (stryMutAct_9fa48("367")) {
            {}
          } else {
            stryCov_9fa48("367");
            for (const length of DECODABLE_LENGTH_LIST) {
              if (stryMutAct_9fa48("368")) {
                {}
              } else {
                stryCov_9fa48("368");
                if (stryMutAct_9fa48("370") ? false : stryMutAct_9fa48("369") ? true : (stryCov_9fa48("369", "370"), ends.has(stryMutAct_9fa48("371") ? from - length : (stryCov_9fa48("371"), from + length)))) {
                  if (stryMutAct_9fa48("372")) {
                    {}
                  } else {
                    stryCov_9fa48("372");
                    consider(from, stryMutAct_9fa48("373") ? from - length : (stryCov_9fa48("373"), from + length));
                  }
                }
              }
            }
          }
        }
      }
    }
    return found;
  }
}
function chunksOf(text: string): Chunk[] {
  if (stryMutAct_9fa48("374")) {
    {}
  } else {
    stryCov_9fa48("374");
    // A lone `+` or `-` is an operator or a dash between pieces, not a piece of a key: it stays in the glue. (A
    // group of a key can be all symbols, `++//`; a group of one character never is: the last group has two or more.)
    const chunks: Chunk[] = stryMutAct_9fa48("375") ? [...text.matchAll(CHUNK)].map(match => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0]
    })) : (stryCov_9fa48("375"), (stryMutAct_9fa48("376") ? [] : (stryCov_9fa48("376"), [...text.matchAll(CHUNK)])).filter(stryMutAct_9fa48("377") ? () => undefined : (stryCov_9fa48("377"), match => stryMutAct_9fa48("380") ? match[0] !== '+' || match[0] !== '-' : stryMutAct_9fa48("379") ? false : stryMutAct_9fa48("378") ? true : (stryCov_9fa48("378", "379", "380"), (stryMutAct_9fa48("382") ? match[0] === '+' : stryMutAct_9fa48("381") ? true : (stryCov_9fa48("381", "382"), match[0] !== (stryMutAct_9fa48("383") ? "" : (stryCov_9fa48("383"), '+')))) && (stryMutAct_9fa48("385") ? match[0] === '-' : stryMutAct_9fa48("384") ? true : (stryCov_9fa48("384", "385"), match[0] !== (stryMutAct_9fa48("386") ? "" : (stryCov_9fa48("386"), '-'))))))).map(stryMutAct_9fa48("387") ? () => undefined : (stryCov_9fa48("387"), match => stryMutAct_9fa48("388") ? {} : (stryCov_9fa48("388"), {
      start: match.index,
      end: stryMutAct_9fa48("389") ? match.index - match[0].length : (stryCov_9fa48("389"), match.index + match[0].length),
      text: match[0]
    }))));
    for (let index = 0; stryMutAct_9fa48("392") ? index + 1 >= chunks.length : stryMutAct_9fa48("391") ? index + 1 <= chunks.length : stryMutAct_9fa48("390") ? false : (stryCov_9fa48("390", "391", "392"), (stryMutAct_9fa48("393") ? index - 1 : (stryCov_9fa48("393"), index + 1)) < chunks.length); stryMutAct_9fa48("394") ? index -= 1 : (stryCov_9fa48("394"), index += 1)) {
      if (stryMutAct_9fa48("395")) {
        {}
      } else {
        stryCov_9fa48("395");
        const current = chunks[index];
        const next = chunks[stryMutAct_9fa48("396") ? index - 1 : (stryCov_9fa48("396"), index + 1)];
        if (stryMutAct_9fa48("399") ? current !== undefined || next !== undefined : stryMutAct_9fa48("398") ? false : stryMutAct_9fa48("397") ? true : (stryCov_9fa48("397", "398", "399"), (stryMutAct_9fa48("401") ? current === undefined : stryMutAct_9fa48("400") ? true : (stryCov_9fa48("400", "401"), current !== undefined)) && (stryMutAct_9fa48("403") ? next === undefined : stryMutAct_9fa48("402") ? true : (stryCov_9fa48("402", "403"), next !== undefined)))) {
          if (stryMutAct_9fa48("404")) {
            {}
          } else {
            stryCov_9fa48("404");
            const glue = glueKind(stryMutAct_9fa48("405") ? text : (stryCov_9fa48("405"), text.slice(current.end, next.start)));
            if (stryMutAct_9fa48("408") ? glue === undefined : stryMutAct_9fa48("407") ? false : stryMutAct_9fa48("406") ? true : (stryCov_9fa48("406", "407", "408"), glue !== undefined)) {
              if (stryMutAct_9fa48("409")) {
                {}
              } else {
                stryCov_9fa48("409");
                current.glueAfter = glue;
              }
            }
          }
        }
      }
    }
    return chunks;
  }
}

/**
 * Candidates first, then a choice: the largest values first (a 64-byte value is not cut into a 32-byte one and
 * a rest), then windows not joined across a single space (`--encryption-key <key>\` is a label, a space and a
 * broken key), then windows without a plain word at their edge, then the longest; overlapping candidates lose.
 */
function findKeys(text: string): Found[] {
  if (stryMutAct_9fa48("410")) {
    {}
  } else {
    stryCov_9fa48("410");
    DECODED.clear();
    const candidates: Found[] = stryMutAct_9fa48("411") ? ["Stryker was here"] : (stryCov_9fa48("411"), []);
    const mayHoldArray = stryMutAct_9fa48("414") ? text.includes(',') && text.includes('\\x') : stryMutAct_9fa48("413") ? false : stryMutAct_9fa48("412") ? true : (stryCov_9fa48("412", "413", "414"), text.includes(stryMutAct_9fa48("415") ? "" : (stryCov_9fa48("415"), ',')) || text.includes(stryMutAct_9fa48("416") ? "" : (stryCov_9fa48("416"), '\\x')));
    for (const match of mayHoldArray ? text.matchAll(BYTE_ARRAY) : stryMutAct_9fa48("417") ? ["Stryker was here"] : (stryCov_9fa48("417"), [])) {
      if (stryMutAct_9fa48("418")) {
        {}
      } else {
        stryCov_9fa48("418");
        const bytes = keyMaterialBytes(match[0]);
        if (stryMutAct_9fa48("421") ? bytes === undefined : stryMutAct_9fa48("420") ? false : stryMutAct_9fa48("419") ? true : (stryCov_9fa48("419", "420", "421"), bytes !== undefined)) {
          if (stryMutAct_9fa48("422")) {
            {}
          } else {
            stryCov_9fa48("422");
            candidates.push(stryMutAct_9fa48("423") ? {} : (stryCov_9fa48("423"), {
              start: match.index,
              end: stryMutAct_9fa48("424") ? match.index - match[0].length : (stryCov_9fa48("424"), match.index + match[0].length),
              bytes,
              underHashLabel: stryMutAct_9fa48("425") ? true : (stryCov_9fa48("425"), false)
            }));
          }
        }
      }
    }
    const chunks = chunksOf(text);
    chunks.forEach((chunk, index) => {
      if (stryMutAct_9fa48("426")) {
        {}
      } else {
        stryCov_9fa48("426");
        candidates.push(...foundInsideChunk(text, chunk));
        candidates.push(...windowsFrom(text, chunks, index));
      }
    });
    const rank = stryMutAct_9fa48("427") ? () => undefined : (stryCov_9fa48("427"), (() => {
      const rank = (item: Found): number[] => stryMutAct_9fa48("428") ? [] : (stryCov_9fa48("428"), [stryMutAct_9fa48("429") ? +item.bytes.length : (stryCov_9fa48("429"), -item.bytes.length), (stryMutAct_9fa48("432") ? item.spaced !== true : stryMutAct_9fa48("431") ? false : stryMutAct_9fa48("430") ? true : (stryCov_9fa48("430", "431", "432"), item.spaced === (stryMutAct_9fa48("433") ? false : (stryCov_9fa48("433"), true)))) ? 1 : 0, (stryMutAct_9fa48("436") ? item.wordAtEdge !== true : stryMutAct_9fa48("435") ? false : stryMutAct_9fa48("434") ? true : (stryCov_9fa48("434", "435", "436"), item.wordAtEdge === (stryMutAct_9fa48("437") ? false : (stryCov_9fa48("437"), true)))) ? 1 : 0, stryMutAct_9fa48("438") ? item.start + item.end : (stryCov_9fa48("438"), item.start - item.end)]);
      return rank;
    })());
    stryMutAct_9fa48("439") ? candidates : (stryCov_9fa48("439"), candidates.sort((a, b) => {
      if (stryMutAct_9fa48("440")) {
        {}
      } else {
        stryCov_9fa48("440");
        const [left, right] = stryMutAct_9fa48("441") ? [] : (stryCov_9fa48("441"), [rank(a), rank(b)]);
        return stryMutAct_9fa48("442") ? left.map((value, index) => value - (right[index] ?? 0)).find(difference => difference !== 0) && 0 : (stryCov_9fa48("442"), left.map(stryMutAct_9fa48("443") ? () => undefined : (stryCov_9fa48("443"), (value, index) => stryMutAct_9fa48("444") ? value + (right[index] ?? 0) : (stryCov_9fa48("444"), value - (stryMutAct_9fa48("445") ? right[index] && 0 : (stryCov_9fa48("445"), right[index] ?? 0))))).find(stryMutAct_9fa48("446") ? () => undefined : (stryCov_9fa48("446"), difference => stryMutAct_9fa48("449") ? difference === 0 : stryMutAct_9fa48("448") ? false : stryMutAct_9fa48("447") ? true : (stryCov_9fa48("447", "448", "449"), difference !== 0))) ?? 0);
      }
    }));
    const chosen: Found[] = stryMutAct_9fa48("450") ? ["Stryker was here"] : (stryCov_9fa48("450"), []);
    for (const candidate of candidates) {
      if (stryMutAct_9fa48("451")) {
        {}
      } else {
        stryCov_9fa48("451");
        if (stryMutAct_9fa48("454") ? false : stryMutAct_9fa48("453") ? true : stryMutAct_9fa48("452") ? chosen.some(item => candidate.start < item.end && candidate.end > item.start) : (stryCov_9fa48("452", "453", "454"), !(stryMutAct_9fa48("455") ? chosen.every(item => candidate.start < item.end && candidate.end > item.start) : (stryCov_9fa48("455"), chosen.some(stryMutAct_9fa48("456") ? () => undefined : (stryCov_9fa48("456"), item => stryMutAct_9fa48("459") ? candidate.start < item.end || candidate.end > item.start : stryMutAct_9fa48("458") ? false : stryMutAct_9fa48("457") ? true : (stryCov_9fa48("457", "458", "459"), (stryMutAct_9fa48("462") ? candidate.start >= item.end : stryMutAct_9fa48("461") ? candidate.start <= item.end : stryMutAct_9fa48("460") ? true : (stryCov_9fa48("460", "461", "462"), candidate.start < item.end)) && (stryMutAct_9fa48("465") ? candidate.end <= item.start : stryMutAct_9fa48("464") ? candidate.end >= item.start : stryMutAct_9fa48("463") ? true : (stryCov_9fa48("463", "464", "465"), candidate.end > item.start))))))))) {
          if (stryMutAct_9fa48("466")) {
            {}
          } else {
            stryCov_9fa48("466");
            chosen.push(candidate);
          }
        }
      }
    }
    return stryMutAct_9fa48("467") ? chosen : (stryCov_9fa48("467"), chosen.sort(stryMutAct_9fa48("468") ? () => undefined : (stryCov_9fa48("468"), (a, b) => stryMutAct_9fa48("469") ? a.start + b.start : (stryCov_9fa48("469"), a.start - b.start))));
  }
}
function markerFor(bytes: Buffer): string {
  return bytes.length === 32 ? keyMarker(bytes) : bytes.length === 64 ? ACCOUNT_KEY_MARKER : keyMarker(undefined);
}
function redactGap(text: string): string {
  const found = findKeys(text);
  if (found.length === 0) {
    return text;
  }
  const keyFingerprints = new Set(found.filter(item => !item.underHashLabel && item.bytes.length === 32).map(item => sha256Base64(item.bytes)));
  const isPublic = (item: Found): boolean => item.underHashLabel && (keyFingerprints.size === 0 || keyFingerprints.has(item.bytes.toString('base64')));
  let out = '';
  let at = 0;
  for (const item of found) {
    if (item.start < at || isPublic(item)) {
      continue;
    }
    out += text.slice(at, item.start) + markerFor(item.bytes);
    at = item.end;
  }
  return out + text.slice(at);
}

/** Where key material lies in `text` (start and end offsets), as the redactor would replace it. */
export function keyMaterialSpans(text: string): {
  start: number;
  end: number;
}[] {
  return findKeys(text).map(({
    start,
    end
  }) => ({
    start,
    end
  }));
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
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 45) {
      run += 1;
      if (run >= LONGEST_PIECE_OF_BROKEN_KEY) {
        return true;
      }
      continue;
    }
    run = 0;
    const next = text.charCodeAt(index + 1);
    if (code >= 48 && code <= 57 || code === 43 || code === 47 || code === 61 || code === 37 || code === 92 && (next === 10 || next === 13)) {
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