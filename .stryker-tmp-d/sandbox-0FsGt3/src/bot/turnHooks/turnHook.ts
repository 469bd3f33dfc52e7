/**
 * Work the bot does before the dialogs see a turn (issue #6: stay quiet while an agent has the conversation,
 * keep the case log). A hook reads the turn the bot has already read (issue #16) and answers `handled` when the
 * turn needs nothing more.
 */
// @ts-nocheck

import type { TurnContext } from 'botbuilder';
import type { Turn } from '../../core/routing/turn';

export interface TurnHook {
  beforeTurn(context: TurnContext, turn: Turn): Promise<'continue' | 'handled'>;
}
