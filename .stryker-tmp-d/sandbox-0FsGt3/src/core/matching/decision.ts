/**
 * What the matcher decides for one message. Matching is a pure function from text to one of three outcomes
 * (ARCHITECTURE.md): answer an intent, ask "did you mean" between close candidates, or fall back with a reason.
 * Confidences are on one scale: 0 (no support) to 1 (certain), comparable across intents.
 * A decision may carry the entities found in the message, so the dialog can show them as evidence.
 */
// @ts-nocheck

import type { Entities } from '../entities/types';
import type { ScopeReason } from './scope';

/** One intent with its confidence on the 0-1 scale. */
export interface ScoredIntent {
  intent: string;
  confidence: number;
}

/**
 * Why the matcher would not answer; logged for every fallback so the knowledge base can improve. `cpk-unanswered`:
 * a CPK question no topic answers (issue #17, item 2): never out of scope, it gets a partial answer and is logged.
 */
export type FallbackReason = 'empty-input' | 'no-known-words' | 'below-threshold' | 'out-of-scope' | 'cpk-unanswered';

/**
 * Which rule made an `out-of-scope` fallback: one of the scope guard's rules (scope.ts), or `classified-none`
 * when the classifier itself ranked the out-of-scope intent first. The reason alone cannot tell "about SAS
 * tokens" from "no CPK words" in the logs, and the two are fixed in different places (scope rules vs examples).
 */
export type ScopeRule = ScopeReason | 'classified-none';

/** Fields every decision may carry: the entities found and, for logs, what decided it. */
export interface DecisionEvidence {
  entities?: Entities;
  /** e.g. "error code BlobUsesCustomerSpecifiedEncryption", "other-topic", "classifier". */
  detail?: string;
}

export type MatchDecision =
  | ({ kind: 'answer'; intent: string; confidence: number; ranked: ScoredIntent[] } & DecisionEvidence)
  | ({ kind: 'didYouMean'; candidates: ScoredIntent[]; ranked: ScoredIntent[] } & DecisionEvidence)
  | ({ kind: 'fallback'; reason: FallbackReason; rule?: ScopeRule; ranked: ScoredIntent[] } & DecisionEvidence);

/** Anything that turns a user's text into a decision. Implementations must not throw on any string. */
export interface Matcher {
  match(text: string): MatchDecision;
}

/** Thresholds for turning ranked scores into a decision; they come from configuration. */
export interface DecisionPolicy {
  /** Minimum top confidence to answer. */
  threshold: number;
  /** Top-two gap below which the bot asks instead of answering. */
  ambiguityMargin: number;
}
