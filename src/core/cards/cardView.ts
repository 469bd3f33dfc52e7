/**
 * A channel-neutral description of one reply. Everything the bot shows is built as a `CardView` first and then
 * rendered twice from the same data: as an Adaptive Card and as plain text, so the two never disagree.
 */
import type { CheckId } from '../knowledge/types';

/** What a button sends back (`activity.value`). The bot reads it with `parseCardAction`. */
export type CardActionData =
  | { cpk: 'intent'; intent: string }
  | { cpk: 'check'; check: CheckId }
  | { cpk: 'handoff' }
  | { cpk: 'restart' }
  | { cpk: 'help' }
  | { cpk: 'noneOfThese' }
  | { cpk: 'feedback'; intent: string; helpful: boolean }
  /** An answer to a question the bot asked (handoff confirmation, optional note, feedback comment). */
  | { cpk: 'answer'; answer: 'yes' | 'no' | 'skip' };

export interface CardButton {
  label: string;
  data: CardActionData;
}

export interface CardLink {
  title: string;
  url: string;
}

/**
 * The blocks a card is made of. `text`, `steps`, `facts` and `code` hold text the project wrote; `userText`
 * and `userFacts` hold text derived from what a user sent, which is rendered so that it can never become a
 * link or markdown formatting (issue #8: card injection).
 */
export type CardBlock =
  | { type: 'text'; text: string; style?: 'heading' | 'subtle' | 'warning' }
  | { type: 'userText'; text: string }
  | { type: 'steps'; heading: string; items: string[] }
  | { type: 'facts'; facts: { title: string; value: string }[] }
  | { type: 'userFacts'; heading: string; facts: { title: string; value: string }[] }
  | { type: 'code'; label: string; code: string }
  | { type: 'links'; heading: string; links: CardLink[] }
  | { type: 'buttons'; heading: string; buttons: CardButton[] };

export interface CardView {
  title: string;
  blocks: CardBlock[];
  /** Card-level buttons (follow-ups, "Talk to a human"). */
  actions: CardButton[];
}
