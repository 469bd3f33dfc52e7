/**
 * The key check's decoder reads the shapes issue #15 lists (the redactor reads keys through the same decoder):
 * `0x` hex, colon-separated hex, byte arrays and invisible characters are named as mistakes, and the bytes are
 * still recovered, so the hash comparison goes on.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { analyzeEncodedValue } from '../../../src/core/checks/key/analyzeEncodedValue';
import { diagnoseKeyPair } from '../../../src/core/checks/key/diagnoseKeyPair';
import type { KeyMistakeCode } from '../../../src/core/checks/key/keyMistakes';

const KEY = 'MDEyMzQ1NjcwMTIzNDU2NzAxMjM0NTY3MDEyMzQ1Njc=';
const HASH = '3QFFFpRA5+XANHqwwbT4yXDmrT/2JaLt/FKHjzhOdoE=';
const bytes = Buffer.from(KEY, 'base64');
const pairs = [...bytes].map((byte) => byte.toString(16).padStart(2, '0'));

describe('key check decoder: the shapes of issue #15', () => {
  const table: [string, string, KeyMistakeCode[]][] = [
    ['0x hex', `0x${bytes.toString('hex')}`, ['key-hex']],
    ['colon-separated hex', pairs.join(':'), ['key-hex']],
    ['dash-separated hex', pairs.join('-'), ['key-hex']],
    ['spaced 0x bytes', pairs.map((pair) => `0x${pair}`).join(' '), ['key-whitespace', 'key-hex']],
    ['C# byte array', `new byte[] { ${pairs.map((pair) => `0x${pair.toUpperCase()}`).join(', ')} }`, ['key-whitespace', 'key-byte-array']],
    ['Python bytes list', `bytes([${[...bytes].join(', ')}])`, ['key-whitespace', 'key-byte-array']],
    ['Python escaped bytes', `b'${pairs.map((pair) => `\\x${pair}`).join('')}'`, ['key-byte-array']],
    ['zero-width space inside', `${KEY.slice(0, 10)}\u200B${KEY.slice(10)}`, ['key-invisible']],
    ['soft hyphen and NUL inside', `${KEY.slice(0, 5)}\u00AD${KEY.slice(5, 30)}\u0000${KEY.slice(30)}`, ['key-invisible']],
  ];
  for (const [name, key, expected] of table) {
    it(`${name}: names ${expected.join(', ')} and still matches the hash`, () => {
      const diagnosis = diagnoseKeyPair({ key, hash: HASH });
      assert.deepEqual(diagnosis.mistakes.map((mistake) => mistake.code), expected);
      assert.equal(diagnosis.keyFingerprint, HASH);
      assert.ok(!JSON.stringify(diagnosis.result).includes(KEY.slice(0, 12)));
    });
  }

  it('refuses byte lists with a number over 255, and text that only looks like a list', () => {
    assert.equal(analyzeEncodedValue(`[${[...bytes.subarray(1)].join(',')},256]`).bytes, undefined);
    assert.equal(analyzeEncodedValue('[1, 2, 3]').bytes?.length, 3);
    assert.equal(analyzeEncodedValue('new byte[] {}').bytes, undefined);
  });
});
