/**
 * The decision rule's edges (issue #21, found by mutation testing): a runner-up counts as a close call from half
 * the threshold up (inclusive) and only while the gap is strictly under the margin. Values are exact in binary.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { decide } from '../../../src/core/matching/decide';
import type { ScoredIntent } from '../../../src/core/matching/decision';

const s = (intent: string, confidence: number): ScoredIntent => ({ intent, confidence });

describe('decision rule edges', () => {
  it('a runner-up under half the threshold is no close call, even within the margin', () => {
    assert.equal(decide([s('a', 0.5), s('b', 0.125)], { threshold: 0.5, ambiguityMargin: 0.5 }).kind, 'answer');
  });

  it('a runner-up at exactly half the threshold is a close call', () => {
    assert.equal(decide([s('a', 0.5), s('b', 0.25)], { threshold: 0.5, ambiguityMargin: 0.5 }).kind, 'didYouMean');
  });

  it('a gap of exactly the margin is clear; just under it is a close call', () => {
    assert.equal(decide([s('a', 0.75), s('b', 0.5)], { threshold: 0.5, ambiguityMargin: 0.25 }).kind, 'answer');
    assert.equal(decide([s('a', 0.75), s('b', 0.5)], { threshold: 0.5, ambiguityMargin: 0.375 }).kind, 'didYouMean');
  });
});
