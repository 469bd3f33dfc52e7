/**
 * Middleware that runs the turns of one conversation one at a time within this process (see `KeyedMutex`).
 * Placed after the typing indicator, so a queued turn still shows "typing", and before the transcript logger,
 * so a transcript lists turns in the order they ran.
 */
// @ts-nocheck

import type { Middleware, TurnContext } from 'botbuilder';
import { KeyedMutex } from '../core/io/keyedMutex';

export class ConversationTurnQueue implements Middleware {
  private readonly mutex: KeyedMutex;

  /**
   * `maxWaitMs`: how long a turn waits for the previous one of its conversation before running anyway. Longer
   * than the live checks' default timeout (15 s), so a normal check is waited for; a hung turn is not, for good.
   */
  constructor(maxWaitMs = 30000) {
    this.mutex = new KeyedMutex(maxWaitMs);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const conversationId = context.activity.conversation?.id;
    // A proactive delivery (issue #19: the case relay) only sends; queueing it behind the conversation's turns could
    // deadlock a user's turn that posts to a Teams thread whose own turn is delivering to that user.
    if (typeof conversationId !== 'string' || conversationId === '' || isContinuation(context)) {
      await next();
      return;
    }
    await this.mutex.runExclusive(`${context.activity.channelId}\n${conversationId}`, next);
  }
}

function isContinuation(context: TurnContext): boolean {
  return context.activity.type === 'event' && context.activity.name === 'ContinueConversation';
}
