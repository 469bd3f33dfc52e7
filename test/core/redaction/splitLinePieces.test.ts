/**
 * The split-line pass (`redactSplitKeys`) joins lines of key characters and replaces joins that spell a key. Lines
 * of letters only count when they look like pieces of a random key (issue #21): a line of 20 letters or more in one
 * case (a word, a rule line, an upper-case constant) is never part of one, wherever it stands in the run.
 */
import assert from 'node:assert/strict';
import { redactSplitKeys } from '../../../src/core/redaction/redact';

/** 22 random-looking letters; with 21 more letters the join spells 32 bytes. */
const RANDOM_PIECE = 'QXzRTvKWpLmNbGHsDfJyPQ';
const MIXED_PIECE = 'aBcDeFgHiJkLmNoPqRsTu';

describe('the split-line pass and letters-only lines', () => {
  it('joins two random-looking lines into a key, in either order', () => {
    assert.match(redactSplitKeys(`${MIXED_PIECE}\n${RANDOM_PIECE}`), /^\[key sha256=[A-Za-z0-9+/]{43}=\]$/);
    assert.match(redactSplitKeys(`${RANDOM_PIECE}\n${MIXED_PIECE}`), /^\[key sha256=[A-Za-z0-9+/]{43}=\]$/);
  });

  for (const line of ['abcdefghijklmnopqrstu', 'ABCDEFGHIJKLMNOPQRSTU']) {
    it(`leaves the lines alone when one is ${line.length} letters of one case, first or last`, () => {
      for (const text of [`${line}\n${RANDOM_PIECE}`, `${RANDOM_PIECE}\n${line}`, `${RANDOM_PIECE}\r\n${line}`]) {
        assert.equal(redactSplitKeys(text), text);
      }
    });
  }

  it('exactly 20 letters of one case is the bound: 20 are left alone, 19 may be a piece', () => {
    const twenty = 'abcdefghijklmnopqrstu'.slice(0, 20);
    const text = `QXzRTvKWpLmNbGHsDfJyPcQ\n${twenty}`;
    assert.equal(redactSplitKeys(text), text);
    const nineteen = 'abcdefghijklmnopqrs';
    const piece = 'QXzRTvKWpLmNbGHsDfJyPcWQ';
    assert.equal(nineteen.length + piece.length, 43);
    assert.match(redactSplitKeys(`${piece}\n${nineteen}`), /^\[key sha256=[A-Za-z0-9+/]{43}=\]$/);
  });
});
