/**
 * The apology when the bot's storage failed during a turn (issue #7, item 1). The conversation saved before
 * this turn is intact, so the honest advice is to send the message again; the correlation id finds the log line.
 */
import type { CardView } from './cardView';
import { startOverButton, talkToHumanButton } from './commonButtons';

export function storageErrorView(correlationId: string, kind: 'conflict' | 'unavailable'): CardView {
  const lead =
    kind === 'conflict'
      ? 'Sorry, another message in this conversation was being handled at the same moment, so I did not save this step.'
      : 'Sorry, I could not reach my conversation storage just now, so I did not save this step.';
  return {
    title: 'Sorry, please try that again',
    blocks: [
      { type: 'text', text: `${lead} Your conversation so far is kept: please send your message again in a moment.` },
      { type: 'text', text: `Reference: ${correlationId}`, style: 'subtle' },
    ],
    actions: [startOverButton, talkToHumanButton],
  };
}
