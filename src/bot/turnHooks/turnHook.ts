/**
 * Work the bot does before the dialogs see a turn (issue #6: stay quiet while an agent has the conversation,
 * keep the case log). A hook answers `handled` when the turn needs nothing more.
 */
import type { TurnContext } from 'botbuilder';

export interface TurnHook {
  beforeTurn(context: TurnContext): Promise<'continue' | 'handled'>;
}
