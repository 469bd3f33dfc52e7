/**
 * A channel-neutral description of one reply. Everything the bot shows is built as a `CardView` first and then
 * rendered from the same data: as an Adaptive Card where cards render, as plain text elsewhere, so the two never
 * disagree.
 */
// @ts-nocheck

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
  /** One row of the version table; `row` arrives from the card's "Which SDK are you on?" choice. */
  | { cpk: 'versionRow'; row: string }
  /** An answer to a question the bot asked (handoff confirmation, optional note, feedback comment). */
  | { cpk: 'answer'; answer: 'yes' | 'no' | 'skip' };

/**
 * Buttons of a support case (issue #19), read by the case hooks (`parseCaseAction`) before routing: Accept or
 * Close on the case card in the Teams agents' channel, and the user's rating of the human help.
 */
export type CaseActionData = { cpk: 'case'; action: 'accept' | 'close'; caseId: string } | { cpk: 'rateHuman'; caseId: string; helpful: boolean };

export interface CardButton {
  /** At most 32 characters: Teams cuts longer action titles and a phone has no room (issue #14, item 5). */
  label: string;
  data: CardActionData | CaseActionData;
}

export interface CardLink {
  title: string;
  url: string;
}

/** A part of the card that stays folded until the user asks for it ("Show details", "Show code"). */
export interface CardSection {
  /** Unique within the card: the toggle button targets it. */
  id: string;
  /** The toggle button's label. */
  label: string;
  blocks: CardBlock[];
}

/**
 * The blocks a card is made of. `text`, `steps`, `facts` and `code` hold text the project wrote; `userText`
 * and `userFacts` hold text derived from what a user sent, which is rendered so that it can never become a
 * link or markdown formatting (issue #8: card injection).
 */
export type CardBlock =
  | { type: 'text'; text: string; style?: 'heading' | 'subtle' | 'warning' }
  | { type: 'userText'; text: string }
  /** Numbered steps in ONE list; `start` continues a list split by a fold (steps 4..n behind "Show details"). */
  | { type: 'steps'; heading?: string; items: string[]; start?: number }
  | { type: 'facts'; facts: { title: string; value: string }[] }
  | { type: 'userFacts'; heading: string; facts: { title: string; value: string }[] }
  | { type: 'code'; label: string; code: string }
  /** Links as inline text links, so they never look like the card's actions (issue #14, item 4). */
  | { type: 'links'; heading: string; links: CardLink[] }
  /** A row of buttons: at most three on a guidance card's first view. */
  | { type: 'buttons'; heading?: string; buttons: CardButton[] }
  /** A two-column table; the first column holds short names so nothing breaks inside a word at 375 px. */
  | { type: 'table'; columns: [string, string]; rows: [string, string][] }
  /** A compact drop-down with one submit button; the choice's value is sent as `data[field]`. */
  | { type: 'choice'; label: string; field: string; choices: { title: string; value: string }[]; submit: CardButton }
  /** Toggle buttons in one row, each folding its own section (closed until pressed). */
  | { type: 'sections'; sections: CardSection[] };

export interface CardView {
  title: string;
  blocks: CardBlock[];
  /** Card-level buttons (for example "Talk to a human"). */
  actions: CardButton[];
  /**
   * A one-line question with its answers and the card-level actions in ONE compact row at the end of the card
   * ("Helpful? Yes | No | Talk to a human"), instead of a stack of full-width buttons.
   */
  feedback?: { question: string; buttons: CardButton[] };
}
