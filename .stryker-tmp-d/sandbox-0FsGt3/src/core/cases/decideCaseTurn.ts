/**
 * What the bot does with one activity in a conversation that has a case (issue #19, items 4 and 5). Pure, so the
 * rule is tested as a table:
 * - no case any more (closed elsewhere, or gone): the bot is back and answers the message;
 * - the agent hub's `handoff.status` completed/failed: the case closes;
 * - "cancel" from the user: the case closes and the bot says so;
 * - waiting past the queue timeout: the case closes and the bot answers the message;
 * - waiting: the message is added to the case and acknowledged;
 * - active: the message is relayed to the engineer and the bot answers nothing.
 */
// @ts-nocheck

import { hasTimedOut } from './caseTransitions';
import type { SupportCase } from './supportCase';

export type CaseTurnDecision = 'back' | 'hub-completed' | 'hub-failed' | 'cancel' | 'timeout' | 'acknowledge' | 'relay' | 'ignore';

export interface CaseTurnInput {
  type: string;
  name?: string;
  value?: unknown;
  /** True for "cancel", "start over" or the Start over button. */
  isCancel: boolean;
  /** True when the activity carries something a person wrote or pressed (text or a button value). */
  hasContent: boolean;
}

function hubState(value: unknown): string | undefined {
  const state = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).state : undefined;
  return typeof state === 'string' ? state : undefined;
}

export function decideCaseTurn(current: SupportCase | undefined, input: CaseTurnInput, now: Date, timeoutSeconds: number): CaseTurnDecision {
  if (current === undefined || current.state === 'closed') {
    return 'back';
  }
  if (input.type === 'event' && input.name === 'handoff.status') {
    const state = hubState(input.value);
    return state === 'completed' ? 'hub-completed' : state === 'failed' ? 'hub-failed' : 'ignore';
  }
  if (input.type !== 'message' || !input.hasContent) {
    return 'ignore';
  }
  if (input.isCancel) {
    return 'cancel';
  }
  if (hasTimedOut(current, now, timeoutSeconds)) {
    return 'timeout';
  }
  return current.state === 'waiting' ? 'acknowledge' : 'relay';
}
