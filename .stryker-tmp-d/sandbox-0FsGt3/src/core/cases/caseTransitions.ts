/**
 * The case state machine (issue #19): waiting -> active (one agent) -> closed, plus the queue timeout. Pure: every
 * function returns a new case or says why the step is refused, so the rules are tested without storage or a bot,
 * and the store can replay a step after an eTag conflict.
 */
// @ts-nocheck

import { redactThenCut } from '../redaction/cutSafely';
import { redactDeep } from '../redaction/redact';
import type { CaseSummary } from '../handoff/caseSummary';
import { CASE_LIMITS, type CaseMessage, type ClosedBy, type SupportCase, type UserReference } from './supportCase';

/** Why a step was refused; the desk answers each with its own 4xx. */
export type CaseRefusal = 'closed' | 'not-accepted' | 'taken';

export type CaseStep = { ok: true; next: SupportCase } | { ok: false; refusal: CaseRefusal; current: SupportCase };

export interface NewCaseInput {
  id: string;
  reference: UserReference;
  summary: CaseSummary;
  transcript: readonly unknown[];
  now: Date;
}

export function openCase(input: NewCaseInput): SupportCase {
  return {
    id: input.id,
    conversationId: input.reference.conversation.id,
    channel: input.reference.channelId,
    reference: input.reference,
    summary: redactDeep(input.summary),
    transcript: redactDeep(input.transcript.slice(-CASE_LIMITS.maxTranscriptActivities)),
    state: 'waiting',
    createdAt: input.now.toISOString(),
    messages: [],
  };
}

/** A message redacted, then cut, with the oldest dropped past the bound. */
function withMessage(current: SupportCase, message: CaseMessage): SupportCase {
  const stored: CaseMessage = { ...message, text: redactThenCut(message.text, CASE_LIMITS.maxMessageChars) };
  if (stored.agentName !== undefined) {
    stored.agentName = agentNameOf(stored.agentName);
  }
  return { ...current, messages: [...current.messages, stored].slice(-CASE_LIMITS.maxMessages) };
}

/** A display name fit to show the user: redacted, one line, bounded; "Support engineer" when empty. */
export function agentNameOf(raw: string): string {
  const flat = redactThenCut(raw.replace(/\s+/g, ' ').trim(), CASE_LIMITS.maxAgentNameChars);
  return flat === '' ? 'Support engineer' : flat;
}

/** An agent takes the case. Accepting again as the same agent is harmless; another agent is refused. */
export function acceptCase(current: SupportCase, agentName: string, now: Date): CaseStep {
  const name = agentNameOf(agentName);
  if (current.state === 'closed') {
    return { ok: false, refusal: 'closed', current };
  }
  if (current.state === 'active') {
    return current.agentName === name ? { ok: true, next: current } : { ok: false, refusal: 'taken', current };
  }
  const accepted: SupportCase = { ...current, state: 'active', agentName: name, acceptedAt: now.toISOString() };
  return { ok: true, next: withMessage(accepted, { from: 'bot', text: `${name} from support has joined.`, timestamp: now.toISOString() }) };
}

/** A message from the user (while waiting or active) or from the bot; refused once closed. */
export function addMessage(current: SupportCase, from: 'user' | 'bot', text: string, now: Date): CaseStep {
  if (current.state === 'closed') {
    return { ok: false, refusal: 'closed', current };
  }
  return { ok: true, next: withMessage(current, { from, text, timestamp: now.toISOString() }) };
}

/** A message from the engineer who has the case; a waiting case must be accepted first. */
export function addAgentMessage(current: SupportCase, text: string, now: Date): CaseStep {
  if (current.state === 'closed') {
    return { ok: false, refusal: 'closed', current };
  }
  if (current.state !== 'active' || current.agentName === undefined) {
    return { ok: false, refusal: 'not-accepted', current };
  }
  return { ok: true, next: withMessage(current, { from: 'agent', text, timestamp: now.toISOString(), agentName: current.agentName }) };
}

export function closeCase(current: SupportCase, by: ClosedBy, now: Date): CaseStep {
  if (current.state === 'closed') {
    return { ok: false, refusal: 'closed', current };
  }
  const closed: SupportCase = { ...current, state: 'closed', closedBy: by, closedAt: now.toISOString() };
  return { ok: true, next: withMessage(closed, { from: 'bot', text: CLOSE_NOTES[by], timestamp: now.toISOString() }) };
}

const CLOSE_NOTES: Record<ClosedBy, string> = {
  agent: 'The engineer closed the case.',
  user: 'The user cancelled the case.',
  timeout: 'No engineer accepted the case in time; it was closed.',
  'hub-completed': 'The agent hub handed the conversation back.',
  'hub-failed': 'The agent hub could not take the conversation.',
};

/** True when a waiting case has waited `timeoutSeconds` or longer (active cases do not time out). */
export function hasTimedOut(current: SupportCase, now: Date, timeoutSeconds: number): boolean {
  return current.state === 'waiting' && !((now.getTime() - Date.parse(current.createdAt)) / 1000 < timeoutSeconds);
}

/** The user's rating of the human help, kept on the closed case. */
export function rateCase(current: SupportCase, helpful: boolean, now: Date): SupportCase {
  return { ...current, rating: { helpful, time: now.toISOString() } };
}
