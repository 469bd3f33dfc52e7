/** The questions the bot asks before handing off (issue #6, item 1): confirm, then an optional note. */
// @ts-nocheck

import type { CardView } from '../cards/cardView';
import type { HandoffReason } from './handoffState';

const LEADS: Record<HandoffReason, string> = {
  'user-request': 'Do you want me to pass this conversation to a support engineer?',
  'repeated-fallback': 'I still could not help. Do you want me to pass this conversation to a support engineer?',
  'check-needs-support': 'The check found something that Azure support has to look at. Do you want me to pass it to a support engineer?',
};

/** Titles of the handoff's own question cards, left out of the summary's "cards shown". */
export const HANDOFF_QUESTION_TITLES: readonly string[] = ['Talk to a support engineer?', 'Anything the engineer should know?'];

/** `waitText` (issue #19): how long cases usually wait, said before the user agrees. */
export function confirmHandoffView(reason: HandoffReason, waitText?: string): CardView {
  return {
    title: 'Talk to a support engineer?',
    blocks: [
      { type: 'text', text: LEADS[reason] },
      ...(waitText === undefined ? [] : [{ type: 'text' as const, text: `An engineer will join this conversation. ${waitText}` }]),
      { type: 'text', text: 'I will send a short summary and this conversation, so you do not have to repeat yourself. Keys are never passed on.', style: 'subtle' },
    ],
    // "Yes" sends the same data as "Talk to a human", so a stale confirmation card still starts a handoff.
    actions: [
      { label: 'Yes, talk to an engineer', data: { cpk: 'handoff' } },
      { label: 'No, keep chatting', data: { cpk: 'answer', answer: 'no' } },
    ],
  };
}

export function handoffNoteView(): CardView {
  return {
    title: 'Anything the engineer should know?',
    blocks: [
      { type: 'text', text: 'Type it in one message (for example what you already tried), or press Skip.' },
      { type: 'text', text: 'Never paste a key. A SHA-256 fingerprint is enough to identify one.', style: 'warning' },
    ],
    actions: [{ label: 'Skip', data: { cpk: 'answer', answer: 'skip' } }],
  };
}

export function feedbackCommentView(helpful: boolean): CardView {
  return {
    title: 'Thank you for the feedback',
    blocks: [
      {
        type: 'text',
        text: helpful
          ? 'Glad it helped. Anything to add? Type a comment, or press Skip.'
          : 'Sorry it did not help. What was missing? Type a comment, or press Skip.',
      },
    ],
    actions: [{ label: 'Skip', data: { cpk: 'answer', answer: 'skip' } }],
  };
}
