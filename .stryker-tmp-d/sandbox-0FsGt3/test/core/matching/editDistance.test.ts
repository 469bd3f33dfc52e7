// @ts-nocheck
import assert from 'node:assert/strict';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import { boundedEditDistance } from '../../../src/core/matching/editDistance';
import { seeded } from '../../../src/core/matching/softmaxRegression';

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
  it('agrees with natural on random word pairs of any length, the rows it reuses never leaking from one call to the next', () => {
    const random = seeded(Date.now());
    const word = (): string => Array.from({ length: Math.floor(random() * 14) }, () => 'abcde'[Math.floor(random() * 5)]).join('');
    for (let pair = 0; pair < 2000; pair += 1) {
      const [a, b, max] = [word(), word(), Math.floor(random() * 4)];
      const exact = DamerauLevenshteinDistance(a, b, { restricted: true });
      // Within max the distance itself; beyond it, anything above max (the search only compares against max).
      assert.equal(Math.min(boundedEditDistance(a, b, max), max + 1), Math.min(exact, max + 1), `${a} / ${b} (max ${max})`);
    }
  });
});
