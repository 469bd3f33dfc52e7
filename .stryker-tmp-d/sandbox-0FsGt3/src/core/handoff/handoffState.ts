/**
 * What happens to a turn while the conversation is with a human agent (issue #6, item 3): the bot stays quiet
 * until the agent hub hands back (`handoff.status` completed/failed), the user cancels, or the queue timeout
 * passes. Pure, so the rule is tested without a bot.
 */
// @ts-nocheck


/** Why the bot is handing off; also counted by the feedback report. */
export type HandoffReason = 'user-request' | 'repeated-fallback' | 'check-needs-support';

export interface HandoffState {
  /** ISO time the handoff started. */
  startedAt: string;
  /** How the agents were reached. */
  route: 'event' | 'teams';
  /** The case an engineer works from the desk or the Teams agents' channel (issue #19); the relay takes over. */
  caseId?: string;
}

export type GateDecision = 'quiet' | 'completed' | 'failed' | 'cancelled' | 'timeout';

export interface GateInput {
  type: string;
  name?: string;
  value?: unknown;
  /** True when the user's message is a cancel command ("cancel", "start over", the Start over button). */
  isCancel: boolean;
}

function handoffStatusState(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const state = (value as Record<string, unknown>).state;
  return typeof state === 'string' ? state : undefined;
}

/** Decides what the bot does with one incoming activity while handed off. */
export function decideWhileHandedOff(state: HandoffState, input: GateInput, now: Date, timeoutSeconds: number): GateDecision {
  if (input.type === 'event' && input.name === 'handoff.status') {
    const status = handoffStatusState(input.value);
    if (status === 'completed') {
      return 'completed';
    }
    if (status === 'failed') {
      return 'failed';
    }
    return 'quiet';
  }
  if (input.type === 'message' && input.isCancel) {
    return 'cancelled';
  }
  const waited = (now.getTime() - Date.parse(state.startedAt)) / 1000;
  if (input.type === 'message' && !(waited < timeoutSeconds)) {
    return 'timeout';
  }
  return 'quiet';
}
