/**
 * What the bot does with one message: the outcome of the route table (`routeTable.ts`). Pure data: the dialog
 * layer only carries it out (send a card, begin a check, hand off).
 */
// @ts-nocheck

import type { CheckId } from '../knowledge/types';
import type { FallbackReason, ScopeRule, ScoredIntent } from '../matching/decision';

export type Route =
  /**
   * `thenCheck`: a check that runs on the same message after the answer (a version named in an error question).
   * `code`: the language of the snippets to show first (a follow-up such as "and in Go?").
   */
  | { kind: 'answer'; intent: string; confidence: number; via: 'button' | 'text' | 'context'; thenCheck?: CheckId; code?: string }
  /** The reasons behind the topic answered last ("why?" as a follow-up). */
  | { kind: 'topicDetails'; intent: string }
  | { kind: 'didYouMean'; candidates: ScoredIntent[] }
  /** `rule`: for an out-of-scope fallback, the scope rule that fired (logged with the reason). */
  | { kind: 'fallback'; reason: FallbackReason | 'unknown-action' | 'none-of-these'; rule?: ScopeRule; outOfScope: boolean }
  | { kind: 'check'; check: CheckId }
  /** One row of the version table, picked on the SDK versions card. */
  | { kind: 'versionRow'; row: string }
  | { kind: 'handoff' }
  | { kind: 'restart' }
  | { kind: 'help' }
  | { kind: 'feedback'; intent: string; helpful: boolean };
