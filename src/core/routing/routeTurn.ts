/**
 * Decides what to do with one turn that no running dialog has claimed. Pure: the dialog layer only carries the
 * outcome out (send a card, begin a check, hand off).
 */
import type { CheckId } from '../knowledge/types';
import type { FallbackReason, Matcher, ScopeRule, ScoredIntent } from '../matching/decision';
import type { TurnInput } from './turnInput';

export type Route =
  /** `thenCheck`: a check that runs on the same message after the answer (a version named in an error question). */
  | { kind: 'answer'; intent: string; confidence: number; via: 'button' | 'text' | 'context'; thenCheck?: CheckId }
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

/** Maps the input to a route, consulting the matcher for typed text. */
export function routeTurn(input: TurnInput, matcher: Matcher): Route {
  switch (input.kind) {
    case 'empty':
      return { kind: 'fallback', reason: 'empty-input', outOfScope: false };
    case 'unknownAction':
      return { kind: 'fallback', reason: 'unknown-action', outOfScope: false };
    case 'action': {
      const { action } = input;
      switch (action.cpk) {
        case 'intent':
          // Issue #6: the "Contact Azure support" follow-up (e.g. on the lost-key card) starts the handoff too.
          return action.intent === 'escalate'
            ? { kind: 'handoff' }
            : { kind: 'answer', intent: action.intent, confidence: 1, via: 'button' };
        case 'check':
          return { kind: 'check', check: action.check };
        case 'versionRow':
          return { kind: 'versionRow', row: action.row };
        case 'handoff':
          return { kind: 'handoff' };
        case 'restart':
          return { kind: 'restart' };
        case 'help':
          return { kind: 'help' };
        case 'noneOfThese':
          return { kind: 'fallback', reason: 'none-of-these', outOfScope: false };
        case 'feedback':
          return { kind: 'feedback', intent: action.intent, helpful: action.helpful };
        case 'answer':
          // An answer button reaches the router only when its question is no longer open (a stale card).
          return { kind: 'fallback', reason: 'unknown-action', outOfScope: false };
      }
    }
    // falls through only if the switch above is not exhaustive, which the compiler rules out
    case 'text': {
      if (input.kind !== 'text') {
        return { kind: 'fallback', reason: 'unknown-action', outOfScope: false };
      }
      const decision = matcher.match(input.text);
      switch (decision.kind) {
        case 'answer':
          return decision.intent === 'escalate'
            ? { kind: 'handoff' }
            : decision.intent === 'help'
              ? { kind: 'help' }
              : { kind: 'answer', intent: decision.intent, confidence: decision.confidence, via: 'text' };
        case 'didYouMean':
          return { kind: 'didYouMean', candidates: decision.candidates };
        case 'fallback':
          return { kind: 'fallback', reason: decision.reason, rule: decision.rule, outOfScope: decision.reason === 'out-of-scope' };
      }
    }
  }
}
