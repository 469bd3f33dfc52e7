/**
 * What the bot records to improve the knowledge base (issue #6, item 6): answers rated helpful or not, questions
 * it could not answer, escalations, and one line per new conversation (the denominator of the escalation rate).
 */
// @ts-nocheck

import type { HandoffReason } from '../handoff/handoffState';

export type FeedbackEvent =
  | { kind: 'conversation' }
  | { kind: 'feedback'; intent: string; helpful: boolean }
  | { kind: 'comment'; intent: string; comment: string }
  /** `rule`: the scope rule behind an out-of-scope fallback, so the report can tell other topics from gaps. */
  | { kind: 'unanswered'; text: string; reason: string; rule?: string }
  | { kind: 'escalation'; reason: HandoffReason; intent?: string; route: string }
  /** The user's rating of a support engineer's help after a case (issue #19), apart from the answers' ratings. */
  | { kind: 'humanHelp'; caseId: string; helpful: boolean };

export type FeedbackRecord = FeedbackEvent & { time: string; conversationId: string; channel: string };

/** Where records go; the default appends redacted JSON lines to a file. */
export interface FeedbackSink {
  record(record: FeedbackRecord): Promise<void>;
}

/** A sink that keeps nothing (when recording is not wanted). */
export const nullFeedbackSink: FeedbackSink = { record: () => Promise.resolve() };
