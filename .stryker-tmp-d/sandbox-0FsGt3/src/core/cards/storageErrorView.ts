/**
 * The apology when the bot's storage failed during a turn (issue #7, item 1). The conversation saved before
 * this turn is intact, so the honest advice is to send the message again; the correlation id finds the log line.
 * An outage gets the words issue #18 asks for: storage is unreachable, the message is kept, try again in a minute.
 */
// @ts-nocheck

import type { CardView } from './cardView';
import { startOverButton, talkToHumanButton } from './commonButtons';

export function storageErrorView(correlationId: string, kind: 'conflict' | 'unavailable'): CardView {
  // Issue #18: during an outage the user's message is in the transcript (or its spool), and storage usually
  // comes back within a minute.
  const text =
    kind === 'conflict'
      ? 'Sorry, another message in this conversation was being handled at the same moment, so I did not save this step. Your conversation so far is kept: please send your message again in a moment.'
      : "I can't reach my storage right now. Your message is kept; please try again in a minute.";
  return {
    title: kind === 'conflict' ? 'Sorry, please try that again' : "I can't reach my storage",
    blocks: [
      { type: 'text', text },
      { type: 'text', text: `Reference: ${correlationId}`, style: 'subtle' },
    ],
    actions: [startOverButton, talkToHumanButton],
  };
}
