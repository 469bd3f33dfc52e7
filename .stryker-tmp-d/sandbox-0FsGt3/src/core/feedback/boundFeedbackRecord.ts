/**
 * Every field of a feedback record bounded before it is written (issue #15): the intent ids come from card
 * buttons, which a client can forge (a 100 KB "intent" was stored as it came), so an id the knowledge base does
 * not know becomes `unknown`; free text is redacted and then cut, never cut first.
 */
// @ts-nocheck

import { redactThenCut } from '../redaction/cutSafely';
import type { FeedbackRecord } from './feedbackRecord';

const MAX_FEEDBACK_TEXT = 1000;
const MAX_SHORT_FIELD = 100;
const MAX_ID = 200;

/** True for an intent id the bot knows; without a knowledge base, anything shaped like an id. */
export type IntentIdCheck = (id: string) => boolean;
export const looksLikeIntentId: IntentIdCheck = (id) => /^[a-z0-9][\w.-]{0,63}$/i.test(id);

function intentOf(id: string, known: IntentIdCheck): string {
  return known(id) ? id : 'unknown';
}

export function boundFeedbackRecord(record: FeedbackRecord, known: IntentIdCheck = looksLikeIntentId): FeedbackRecord {
  const envelope = {
    time: redactThenCut(record.time, 40),
    conversationId: redactThenCut(record.conversationId, MAX_ID),
    channel: redactThenCut(record.channel, MAX_SHORT_FIELD),
  };
  switch (record.kind) {
    case 'conversation':
      return { kind: record.kind, ...envelope };
    case 'feedback':
      return { kind: record.kind, intent: intentOf(record.intent, known), helpful: record.helpful === true, ...envelope };
    case 'comment':
      return { kind: record.kind, intent: intentOf(record.intent, known), comment: redactThenCut(record.comment, MAX_FEEDBACK_TEXT), ...envelope };
    case 'unanswered':
      return {
        kind: record.kind,
        text: redactThenCut(record.text, MAX_FEEDBACK_TEXT),
        reason: redactThenCut(record.reason, MAX_SHORT_FIELD),
        ...(record.rule === undefined ? {} : { rule: redactThenCut(record.rule, MAX_SHORT_FIELD) }),
        ...envelope,
      };
    case 'humanHelp':
      return { kind: record.kind, caseId: redactThenCut(record.caseId, MAX_SHORT_FIELD), helpful: record.helpful === true, ...envelope };
    case 'escalation':
      return {
        kind: record.kind,
        reason: record.reason,
        ...(record.intent === undefined ? {} : { intent: intentOf(record.intent, known) }),
        route: redactThenCut(record.route, MAX_SHORT_FIELD),
        ...envelope,
      };
  }
}
