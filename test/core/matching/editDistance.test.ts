import assert from 'node:assert/strict';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import { boundedEditDistance } from '../../../src/core/matching/editDistance';

describe('bounded edit distance (spelling correction)', () => {
  const table: [string, string, number][] = [
    ['rotaion', 'rotation', 1],
    ['encrytion', 'encryption', 1],
    ['teh', 'the', 1],
    ['custmer', 'customer', 1],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
    ['', 'abc', 3],
  ];
  for (const [a, b, expected] of table) {
    it(`${a} / ${b} -> ${expected}, as natural's restricted Damerau-Levenshtein says`, () => {
      assert.equal(boundedEditDistance(a, b, 5), expected);
      assert.equal(DamerauLevenshteinDistance(a, b, { restricted: true }), expected);
    });
  }
  it('stops at max + 1 when the words are further apart than max', () => {
    assert.equal(boundedEditDistance('kitten', 'sitting', 1), 2);
    assert.equal(boundedEditDistance('a', 'abcdef', 2), 3);
  });
});
