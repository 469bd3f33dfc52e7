/**
 * What the user sent in one turn, in the bot's own terms: typed text, a card button, or something unusable.
 * Built from the raw activity fields without botbuilder so it can be tested alone.
 */
// @ts-nocheck

import type { CardActionData } from '../cards/cardView';
import { parseCardAction } from '../cards/parseCardAction';
import { normalizeInput } from '../text/normalizeInput';

export type TurnInput =
  | { kind: 'text'; text: string; truncated: boolean }
  | { kind: 'action'; action: CardActionData }
  /** A card submit whose value is not one of ours (old card, tampered client). */
  | { kind: 'unknownAction' }
  /** No text and no value, or only whitespace/control characters. */
  | { kind: 'empty' };

/** Reads the text and value of a message activity. */
export function readTurnInput(text: unknown, value: unknown, maxChars: number): TurnInput {
  if (value !== undefined && value !== null) {
    const action = parseCardAction(value);
    if (action !== undefined) {
      return { kind: 'action', action };
    }
    if (typeof text !== 'string' || text.trim() === '') {
      return { kind: 'unknownAction' };
    }
  }
  const normalized = normalizeInput(text, maxChars);
  return normalized.text === '' ? { kind: 'empty' } : { kind: 'text', text: normalized.text, truncated: normalized.truncated };
}

const RESTART = /^(start over|restart|reset|cancel|quit|stop|main menu|menu)[.!]*$/i;
const HELP = /^(help|\?|what can you do\??|commands)[.!]*$/i;

/** Commands that work at any point, even in the middle of a check (issue #2, item 7). */
export function globalCommand(input: TurnInput): 'restart' | 'help' | undefined {
  if (input.kind === 'action') {
    return input.action.cpk === 'restart' ? 'restart' : input.action.cpk === 'help' ? 'help' : undefined;
  }
  if (input.kind === 'text') {
    return RESTART.test(input.text) ? 'restart' : HELP.test(input.text) ? 'help' : undefined;
  }
  return undefined;
}
