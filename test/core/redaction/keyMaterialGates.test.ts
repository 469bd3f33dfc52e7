/**
 * What opens the key-material scan (redactKeyMaterial.ts `mayHoldKey`: a digit, `+`, `/`, `=`, `%`, a line
 * continuation, a run of 22 letters, `-` or `_`), how it reads URL- and JSON-escaped text, and that markers already
 * written are never scanned again (issue #21: mutation testing left each of these untested). Exact outputs of the
 * scan alone, with random keys; the seed is printed for replay with PROPERTY_SEED.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { redactSecrets } from '../../../src/core/redaction/redact';
import { lettersLookRandom, redactKeyMaterial } from '../../../src/core/redaction/redactKeyMaterial';
import { randomKeyBytes } from '../../support/keyShapes';
import { propertySeed, type SeededRandom, seededRandom } from '../../support/seededRandom';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Letters that end an unpadded 32-byte key (the last character's two spare bits are zero). */
const LAST_LETTERS = 'AEIMQUYcgkosw';

function markerOf(bytes: Buffer): string {
  return `[key sha256=${createHash('sha256').update(bytes).digest('base64')}]`;
}

/** An unpadded 32-byte key of letters only whose letters look random (as a random key's do but for 1 in 200,000). */
function lettersOnlyKey(random: SeededRandom): string {
  for (;;) {
    let text = '';
    for (let index = 0; index < 42; index += 1) {
      text += random.pick([...LETTERS]);
    }
    text += random.pick([...LAST_LETTERS]);
    if (lettersLookRandom(text)) {
      return text;
    }
  }
}

/** A 16-byte key whose padded base64 has letters only besides its `==`. */
function lettersOnlyShortKey(random: SeededRandom): Buffer {
  for (;;) {
    const bytes = random.bytes(16);
    if (!/[\d+/]/.test(bytes.toString('base64'))) {
      return bytes;
    }
  }
}

const hexPairs = (bytes: Buffer): string => bytes.toString('hex').replace(/(..)(?!$)/g, '$1:');

describe('what opens the key-material scan, and what it reads in escaped or marked text', () => {
  const seed = propertySeed();
  const random = seededRandom(seed);
  const bytes = randomKeyBytes(random, 32);
  const other = randomKeyBytes(random, 32);
  const [base64, otherBase64] = [bytes.toString('base64'), other.toString('base64')];
  const [marker, otherMarker] = [markerOf(bytes), markerOf(other)];
  const unpadded = base64.slice(0, 43);
  const letters = lettersOnlyKey(random);
  const lettersMarker = markerOf(Buffer.from(letters, 'base64'));
  const threeLines = [letters.slice(0, 15), letters.slice(15, 29), letters.slice(29)];
  const short = lettersOnlyShortKey(random).toString('base64');
  const withSigns = `${letters.slice(0, 14)}-${letters.slice(15, 29)}_${letters.slice(30)}`;

  const table: [string, string, string][] = [
    ['a URL escape between two keys is a cut: both are found', `keys=${unpadded}%2C${otherBase64.slice(0, 43)}`, `keys=${marker}%2C${otherMarker}`],
    ['a key before an encoded `:` (an escape that is no padding)', `${unpadded}%3Anext`, `${marker}%3Anext`],
    ['a URL-encoded key before an encoded `&`', `k=${encodeURIComponent(base64)}%26next=1`, `k=${marker}%26next=1`],
    ['a key before an escape that does not URL-decode (`%FF` alone is no UTF-8)', `${base64}%FF`, `${marker}%FF`],
    ['a URL-encoded key (`%2B`, `%2F`, `%3D`)', `key ${encodeURIComponent(base64)} ok`, `key ${marker} ok`],
    ['a JSON-escaped key (`\\/` for each slash)', `{"k":"${base64.replace(/\//g, '\\/')}"}`, `{"k":"${marker}"}`],
    ['a marker beside a key is kept as written, the key replaced', `old ${marker} new ${otherBase64}`, `old ${marker} new ${otherMarker}`],
    ['a key after a plain marker', `[redacted] then ${base64}`, `[redacted] then ${marker}`],
    ['hex pairs joined by dashes (16 bytes) are hex, not URL-safe base64', `k ${hexPairs(bytes.subarray(0, 16)).replace(/:/g, '-')} ok`, 'k [key redacted] ok'],
    ['hex pairs joined by dashes (32 bytes)', `k ${hexPairs(bytes).replace(/:/g, '-')} ok`, `k ${marker} ok`],
    ['a digit opens the scan: colon hex has no run of 22', `k ${hexPairs(bytes)} ok`, `k ${marker} ok`],
    ['0 is a digit: an all-zero key in colon hex', `k ${hexPairs(Buffer.alloc(32))} ok`, `k ${markerOf(Buffer.alloc(32))} ok`],
    ['9 is a digit: a key of 0x99 bytes in colon hex', `k ${hexPairs(Buffer.alloc(32, 0x99))} ok`, `k ${markerOf(Buffer.alloc(32, 0x99))} ok`],
    ['`=` alone opens the scan: a 16-byte key of letters in groups of four', `k ${short.replace(/(.{4})(?!$)/g, '$1 ')} ok`, 'k [key redacted] ok'],
    ['`%` alone opens the scan: a letters-only key on three lines', `x%EE ${threeLines.join('\n')}`, `x%EE ${lettersMarker}`],
    ['`+` alone opens the scan: a letters-only key in quoted pieces joined by `+`', `key: '${threeLines.join("' + '")}'`, `key: '${lettersMarker}'`],
    ['a line continuation opens the scan', threeLines.join('\\\n'), lettersMarker],
    ['a line continuation before CR LF opens the scan', threeLines.join('\\\r\n'), lettersMarker],
    ['a run of 22 letters, `-` and `_` opens the scan', `k ${withSigns} ok`, `k ${markerOf(Buffer.from(withSigns, 'base64url'))} ok`],
    ['text with none of these is not scanned: three short lines of letters', threeLines.join('\n'), threeLines.join('\n')],
    ['nor an escaped line break between short runs of letters', threeLines.join('\\n'), threeLines.join('\\n')],
  ];
  for (const [name, input, expected] of table) {
    it(`${name} (seed ${seed})`, () => {
      assert.equal(redactKeyMaterial(input), expected);
    });
  }

  it(`the lines the scan skips are the split-line pass's: redactSecrets replaces them (seed ${seed})`, () => {
    assert.equal(redactSecrets(threeLines.join('\n')), lettersMarker);
    assert.equal(redactSecrets(threeLines.join('\\n')), lettersMarker);
  });

  it(`redacting twice changes nothing more (seed ${seed})`, () => {
    const once = redactKeyMaterial(`a ${base64} b ${encodeURIComponent(otherBase64)} c [key redacted] ${hexPairs(bytes)}`);
    assert.equal(once, `a ${marker} b ${otherMarker} c [key redacted] ${marker}`);
    assert.equal(redactKeyMaterial(once), once);
  });
});
