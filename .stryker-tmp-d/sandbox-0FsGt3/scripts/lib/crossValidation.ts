/**
 * The dev split used to choose MATCH_THRESHOLD and MATCH_AMBIGUITY_MARGIN: k-fold cross-validation over the
 * knowledge files' training examples (the test set is never used for tuning). Each fold trains on the other
 * folds and scores the held-out examples at every threshold/margin pair in a grid.
 */
// @ts-nocheck

import type { TrainingExample } from '../../src/core/matching/intentClassifier';
import { CpkMatcher } from '../../src/core/matching/cpkMatcher';
import type { ScopeData } from '../../src/core/matching/scope';
import { toClassifyResult } from './classifyResult';
import { evaluate, type Report } from './metrics';

export interface GridPoint {
  threshold: number;
  margin: number;
  report: Report;
}

export function crossValidate(examples: readonly TrainingExample[], scope: ScopeData, folds: number, thresholds: number[], margins: number[]): GridPoint[] {
  const trained = Array.from({ length: folds }, (_, fold) => ({
    matcher: new CpkMatcher(examples.filter((_, index) => index % folds !== fold), { threshold: 0, ambiguityMargin: 0 }, scope),
    test: examples.filter((_, index) => index % folds === fold),
  }));
  const points: GridPoint[] = [];
  for (const threshold of thresholds) {
    for (const margin of margins) {
      const pairs: { gold: string; predicted: string }[] = [];
      for (const { matcher: base, test } of trained) {
        const matcher = base.withPolicy({ threshold, ambiguityMargin: margin });
        for (const example of test) {
          pairs.push({ gold: example.intent, predicted: toClassifyResult(example.text, matcher.match(example.text)).intent });
        }
      }
      points.push({ threshold, margin, report: evaluate(pairs) });
    }
  }
  return points;
}
