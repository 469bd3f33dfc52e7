/**
 * The thresholds by which joined or cut letters-only text counts as a key (redactKeyMaterial.ts
 * `lettersLookRandom`, `piecesMayFormKey`): 6 capitals and 6 small letters, 3 signs of randomness (capitals side
 * by side, a lone small letter between capitals, a fifth letter in a row without a vowel), and no piece of 20
 * letters of one case. Names built to sit exactly on each threshold, one letter on either side (issue #21:
 * mutation testing showed the boundaries untested).
 */
import assert from 'node:assert/strict';
import { lettersLookRandom, piecesMayFormKey } from '../../../src/core/redaction/redactKeyMaterial';

describe('when letters look random enough to be a key', () => {
  const table: [string, string, boolean][] = [
    ['capitals after small letters with vowels: no sign at all', 'BaaBaaBaaBaaBaaBaa', false],
    ['four capitals side by side: 3 signs, 6 capitals, 6 small letters', 'BBBBaaBaaBaa', true],
    ['three capitals side by side: 2 signs', 'BBBaaBaaBaaBaa', false],
    ['5 capitals are too few', 'BBBBaaBaaaaa', false],
    ['5 small letters are too few', 'BBBBaaBaaBa', false],
    ['a sign (`-`) is no capital', 'BBBBaaBaaaa-', false],
    ['a sign (`-`) is no small letter', 'BBBBaaBaaBa-', false],
    ['`~` (after z) is no small letter', 'BBBBaaBaaBa~', false],
    ['digits are no capitals', 'BBBBaaBaaaa0', false],
    ['three lone small letters between capitals: 3 signs', 'BaBaBaBaaBaaBaa', true],
    ['two lone small letters between capitals: 2 signs', 'BaBaBaaBaaBaaBaa', false],
    ['a run of seven letters without a vowel: 3 signs (the 5th, 6th and 7th)', 'BaaBaaBaaBaaBaaBaabcdfghj', true],
    ['a run of six letters without a vowel: 2 signs', 'BaaBaaBaaBaaBaaBaabcdfgh', false],
    ['two runs of five without a vowel and two capitals side by side: 3 signs', 'BaaBaaBaaBaaBaaBBabcdfgabcdfg', true],
    ['`y` is a vowel: a run of seven broken by it has no sign', 'BaaBaaBaaBaaBaaBaabcdyfgh', false],
    ['A is a capital', 'AAAAeeAeeAee', true],
    ['Z is a capital', 'ZZZZaaZaaZaa', true],
    ['z is a small letter', 'BBBBazBazBaz', true],
    ['signs and digits between letters are skipped, not a break', 'B-B-B-B-a-a-B-a-a-B-a-a', true],
  ];
  for (const [name, text, expected] of table) {
    it(`${name}: ${text}`, () => {
      assert.equal(lettersLookRandom(text), expected);
    });
  }
});

describe('when letters-only pieces may be joined into one key', () => {
  // 43 letters that look random (from a random key), and pieces of 19 and 20 letters of one case.
  const joined = 'UEpKlaWwAJkeYVDwcUKcBBMYDWgXWrUeXlQYQGwHHyU';
  const table: [string, readonly string[], boolean][] = [
    ['random-looking letters in two mixed-case pieces', [joined.slice(0, 21), joined.slice(21)], true],
    ['the whole as one piece (43 letters of both cases)', [joined], true],
    ['a piece of 19 small letters', [joined, 'abcdefghijklmnopqrs'], true],
    ['a piece of 20 small letters is a word or a rule line', [joined, 'abcdefghijklmnopqrst'], false],
    ['a piece of 20 capitals is a constant', [joined, 'ABCDEFGHIJKLMNOPQRST'], false],
    ['20 small letters with a `-` among them', [joined, 'abcdefghij-klmnopqrst'], false],
    ['19 small letters with a `_` among them', [joined, 'abcdefghij_klmnopqrs'], true],
  ];
  for (const [name, pieces, expected] of table) {
    it(name, () => {
      assert.equal(piecesMayFormKey(joined, pieces), expected);
    });
  }

  it('letters that look like words are no key, however they are cut; a digit or a symbol always may be', () => {
    assert.equal(piecesMayFormKey('AzureStorageBlobsCustomerProvidedKeyOptions', ['AzureStorageBlobs', 'CustomerProvidedKeyOptions']), false);
    assert.equal(piecesMayFormKey('azurestorage1', ['azurestorage1']), true);
    assert.equal(piecesMayFormKey('a/b', ['a/b']), true);
  });
});
