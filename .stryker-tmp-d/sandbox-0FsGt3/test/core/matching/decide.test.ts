// @ts-nocheck
import assert from 'node:assert/strict';
import { decide, MAX_DID_YOU_MEAN } from '../../../src/core/matching/decide';
import type { ScoredIntent } from '../../../src/core/matching/decision';

const policy = { threshold: 0.3, ambiguityMargin: 0.05 };
const s = (intent: string, confidence: number): ScoredIntent => ({ intent, confidence });

describe('decision policy: answer | didYouMean | fallback', () => {
  const table: [string, ScoredIntent[], string, string | string[]][] = [
    ['a clear winner answers', [s('lost-key', 0.8), s('rotate-key', 0.3)], 'answer', 'lost-key'],
    ['exactly at the threshold answers', [s('rotate-key', 0.3), s('lost-key', 0.1)], 'answer', 'rotate-key'],
    ['just below the threshold falls back', [s('rotate-key', 0.299), s('lost-key', 0.1)], 'fallback', 'below-threshold'],
    ['no scores falls back as no known words', [], 'fallback', 'no-known-words'],
    ['all zero falls back as no known words', [s('lost-key', 0), s('help', 0)], 'fallback', 'no-known-words'],
    ['out of scope on top falls back as out of scope', [s('none', 0.7), s('rotate-key', 0.4)], 'fallback', 'out-of-scope'],
    ['two close candidates ask', [s('error-key-mismatch', 0.52), s('error-key-missing', 0.5), s('lost-key', 0.1)], 'didYouMean', ['error-key-mismatch', 'error-key-missing']],
    ['a gap equal to the margin answers', [s('lost-key', 0.55), s('rotate-key', 0.5)], 'answer', 'lost-key'],
    ['none never appears among the choices', [s('lost-key', 0.5), s('none', 0.49), s('rotate-key', 0.2)], 'answer', 'lost-key'],
    ['a close runner-up below half the threshold is not offered', [s('lost-key', 0.16), s('rotate-key', 0.14)], 'fallback', 'below-threshold'],
    ['order of input does not matter', [s('rotate-key', 0.2), s('lost-key', 0.9)], 'answer', 'lost-key'],
  ];
  for (const [name, scores, kind, expected] of table) {
    it(name, () => {
      const decision = decide(scores, policy);
      assert.equal(decision.kind, kind);
      if (decision.kind === 'answer') {
        assert.equal(decision.intent, expected);
      } else if (decision.kind === 'fallback') {
        assert.equal(decision.reason, expected);
      } else {
        assert.deepEqual(decision.candidates.map((candidate) => candidate.intent), expected);
      }
    });
  }

  it('says the classifier itself ranked out of scope first', () => {
    const decision = decide([s('none', 0.7), s('rotate-key', 0.4)], policy);
    assert.equal(decision.kind === 'fallback' ? decision.rule : undefined, 'classified-none');
  });

  it(`offers at most ${MAX_DID_YOU_MEAN} choices`, () => {
    const decision = decide([s('a', 0.5), s('b', 0.49), s('c', 0.48), s('d', 0.47), s('e', 0.46)], policy);
    assert.equal(decision.kind, 'didYouMean');
    assert.equal(decision.kind === 'didYouMean' ? decision.candidates.length : 0, MAX_DID_YOU_MEAN);
  });
});
