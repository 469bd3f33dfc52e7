/**
 * Middleware that runs the turns of one conversation one at a time within this process (see `KeyedMutex`).
 * Placed after the typing indicator, so a queued turn still shows "typing", and before the transcript logger,
 * so a transcript lists turns in the order they ran.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { KeyedMutex } from '../core/io/keyedMutex';

export class ConversationTurnQueue implements Middleware {
  private readonly mutex = new KeyedMutex();

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const conversationId = context.activity.conversation?.id;
    if (typeof conversationId !== 'string' || conversationId === '') {
      await next();
      return;
    }
    await this.mutex.runExclusive(`${context.activity.channelId}\n${conversationId}`, next);
  }

  /** Conversations with a turn running or waiting (for tests and diagnostics). */
  get busyConversations(): number {
    return this.mutex.busyKeys;
  }
}
