// @ts-nocheck
import type { CaseLog } from '../core/handoff/caseLog';
import type { HandoffState } from '../core/handoff/handoffState';
import type { TopicContext } from '../core/routing/followUp';

/** Per-conversation memory the router keeps between turns (saved once per turn with the dialog state). */
export interface ConversationData {
  /** Consecutive fallbacks; the second in a row offers a human (issue #3, item 3). */
  fallbackStreak: number;
  /** The last intent answered, for feedback and escalation context. */
  lastIntent?: string;
  /** The topic a short follow-up is read against, and for how many more turns (issue #17, item 3). */
  topic?: TopicContext;
  /** What the conversation showed so far (turns, cards, checks), redacted, for the case summary (issue #6). */
  caseLog?: CaseLog;
  /** Set while a human agent has the conversation; the bot stays quiet until hand-back (issue #6). */
  handoff?: HandoffState;
}

export const CONVERSATION_DATA_PROPERTY = 'conversationData';
export const DIALOG_STATE_PROPERTY = 'dialogState';

export function newConversationData(): ConversationData {
  return { fallbackStreak: 0 };
}
