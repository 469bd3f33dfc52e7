/**
 * Where the turn the bot read at the start (`readTurn`, issue #16) waits for the dialogs of the same turn. Kept in
 * botbuilder's per-turn state under a private key, so nothing can read a half-built or stale turn: a dialog that
 * runs outside `CpkBot.run` fails loudly instead of reading the message a second time.
 */
// @ts-nocheck

import type { TurnContext } from 'botbuilder';
import type { Turn } from '../core/routing/turn';

const TURN_KEY = Symbol('cpk.turn');

export function keepTurn(context: TurnContext, turn: Turn): void {
  context.turnState.set(TURN_KEY, turn);
}

/** The turn read at the start of this activity. */
export function turnOf(context: TurnContext): Turn {
  const turn = context.turnState.get<Turn | undefined>(TURN_KEY);
  if (turn === undefined) {
    throw new Error('The turn was not read: dialogs run only inside CpkBot.run');
  }
  return turn;
}
