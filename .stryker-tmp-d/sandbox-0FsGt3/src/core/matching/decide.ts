/**
 * The decision rule, kept apart from any classifier so it can be tested with tables: answer when the top
 * intent is confident and clear of the runner-up; ask "did you mean" when the top candidates are within the
 * ambiguity margin (the QnA Maker active-learning idea); otherwise fall back with a reason.
 */
// @ts-nocheck

import type { DecisionPolicy, MatchDecision, ScoredIntent } from './decision';

/** The most choices a "Did you mean" card offers (plus "None of these"). */
export const MAX_DID_YOU_MEAN = 3;

/** Turns scores (any order, 0-1 scale) into a decision. `none` is the out-of-scope intent. */
export function decide(scores: readonly ScoredIntent[], policy: DecisionPolicy): MatchDecision {
  const ranked = [...scores].sort((a, b) => b.confidence - a.confidence);
  const top = ranked[0];
  if (top === undefined || top.confidence <= 0) {
    return { kind: 'fallback', reason: 'no-known-words', ranked };
  }
  if (top.confidence < policy.threshold) {
    return { kind: 'fallback', reason: 'below-threshold', ranked };
  }
  if (top.intent === 'none') {
    return { kind: 'fallback', reason: 'out-of-scope', rule: 'classified-none', ranked };
  }
  const close = ranked.filter(
    (candidate) =>
      candidate.intent !== 'none' &&
      candidate.confidence >= policy.threshold * 0.5 &&
      top.confidence - candidate.confidence < policy.ambiguityMargin,
  );
  if (close.length > 1) {
    return { kind: 'didYouMean', candidates: close.slice(0, MAX_DID_YOU_MEAN), ranked };
  }
  return { kind: 'answer', intent: top.intent, confidence: top.confidence, ranked };
}
