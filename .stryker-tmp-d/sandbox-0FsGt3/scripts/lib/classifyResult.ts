/**
 * The classify CLI contract (issue #3 item 5; outside checks depend on it, keep it stable):
 * `{ text, intent, confidence, decision }` where `decision` is `answer | didYouMean | fallback`, `intent` is the
 * answered intent, the best guess for `didYouMean`, and `none` for `fallback`; `confidence` is the 0-1
 * confidence of that answer or best guess (for a fallback: of the best-scoring intent, 0 when nothing scored).
 */
// @ts-nocheck

import type { Matcher, MatchDecision } from '../../src/core/matching/decision';

export interface ClassifyResult {
  text: string;
  intent: string;
  confidence: number;
  decision: MatchDecision['kind'];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Maps a decision to the CLI contract. */
export function toClassifyResult(text: string, decision: MatchDecision): ClassifyResult {
  switch (decision.kind) {
    case 'answer':
      return { text, intent: decision.intent, confidence: round(decision.confidence), decision: 'answer' };
    case 'didYouMean':
      return { text, intent: decision.candidates[0]?.intent ?? 'none', confidence: round(decision.candidates[0]?.confidence ?? 0), decision: 'didYouMean' };
    case 'fallback':
      return { text, intent: 'none', confidence: round(decision.ranked[0]?.confidence ?? 0), decision: 'fallback' };
  }
}

export function classifyText(matcher: Matcher, text: string): ClassifyResult {
  return toClassifyResult(text, matcher.match(text));
}
