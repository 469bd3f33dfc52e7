import assert from 'node:assert/strict';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { CpkMatcher } from '../../../src/core/matching/cpkMatcher';
import { projectRoot } from '../../../src/paths';
import { toClassifyResult } from '../../../scripts/lib/classifyResult';
import { readJsonl } from '../../../scripts/lib/jsonl';
import { evaluate } from '../../../scripts/lib/metrics';
import { realKnowledge } from '../../support/testConversation';

/**
 * A regression guard only: the reported figures come from `npm run eval` (README). A floor well under the
 * measured values catches a broken matcher or knowledge edit without turning the test set into a tuning target.
 */
describe('accuracy floor on the labelled test set (regression guard)', () => {
  it('keeps in-scope accuracy >= 0.85 and out-of-scope rejection >= 0.75 at the production policy', () => {
    const config = loadConfig({});
    const matcher = CpkMatcher.fromKnowledge(realKnowledge(), { threshold: config.matchThreshold, ambiguityMargin: config.ambiguityMargin });
    const utterances = readJsonl(path.join(projectRoot, 'test/data/eval-utterances.jsonl'));
    const report = evaluate(
      utterances.map((item) => ({ gold: item.intent ?? 'none', predicted: toClassifyResult(item.text, matcher.match(item.text)).intent })),
    );
    assert.ok(report.inScopeAccuracy >= 0.85, `in-scope ${report.inScopeAccuracy}`);
    assert.ok(report.outOfScopeRejection >= 0.75, `rejection ${report.outOfScopeRejection}`);
  });
});
