// @ts-nocheck
import assert from 'node:assert/strict';
import { evaluate, percentile } from '../../scripts/lib/metrics';

describe('eval metrics', () => {
  const pairs = [
    { gold: 'a', predicted: 'a' },
    { gold: 'a', predicted: 'b' },
    { gold: 'b', predicted: 'b' },
    { gold: 'none', predicted: 'none' },
    { gold: 'none', predicted: 'a' },
  ];
  const report = evaluate(pairs);

  it('computes precision, recall and F1 per intent', () => {
    const a = report.perIntent.find((row) => row.intent === 'a');
    assert.deepEqual(a && { p: a.precision, r: a.recall, s: a.support }, { p: 0.5, r: 0.5, s: 2 });
    const b = report.perIntent.find((row) => row.intent === 'b');
    assert.ok(b && Math.abs(b.f1 - 2 / 3) < 1e-9);
  });

  it('separates in-scope accuracy from out-of-scope rejection', () => {
    assert.equal(report.inScopeAccuracy, 2 / 3);
    assert.equal(report.outOfScopeRejection, 0.5);
    assert.equal(report.accuracy, 3 / 5);
  });

  it('lists confusion pairs, most frequent first', () => {
    assert.deepEqual(report.confusions.map(({ gold, predicted }) => `${gold}->${predicted}`), ['a->b', 'none->a']);
  });

  it('counts an also-acceptable answer as right for an in-scope line only', () => {
    const scored = evaluate([
      { gold: 'a', predicted: 'c', alsoAcceptable: ['c'] },
      { gold: 'a', predicted: 'b', alsoAcceptable: ['c'] },
      { gold: 'none', predicted: 'c', alsoAcceptable: ['c'] },
    ]);
    assert.equal(scored.inScopeAccuracy, 1 / 2);
    assert.equal(scored.outOfScopeRejection, 0, 'an out-of-scope line stays out of scope');
    assert.deepEqual(scored.confusions.map(({ gold, predicted }) => `${gold}->${predicted}`).sort(), ['a->b', 'none->c']);
    assert.equal(scored.perIntent.find((row) => row.intent === 'a')?.recall, 1 / 2);
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    assert.equal(percentile(values, 50), 50);
    assert.equal(percentile(values, 99), 99);
    assert.equal(percentile([], 99), 0);
  });
});
