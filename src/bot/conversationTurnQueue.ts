/**
 * Middleware that runs the turns of one conversation one at a time within this process (see `KeyedMutex`).
 * Placed after the typing indicator, so a queued turn still shows "typing", and before the transcript logger,
 * so a transcript lists turns in the order they ran.
 */
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
    if (typeof conversationId !== 'string' || conversationId === '') {
      await next();
      return;
    }
    await this.mutex.runExclusive(`${context.activity.channelId}\n${conversationId}`, next);
  }
}
