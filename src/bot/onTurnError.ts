/**
 * The last line of defence for a turn: log the error with a correlation id, apologise to the user with the
 * same id, and never send internals (stack traces, messages) to the chat (issue #2, item 8).
 */
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { errorView } from '../core/cards/conversationViews';
import type { Logger } from '../core/logging/logger';
import { activityFromView } from './activityFromView';

export function createOnTurnError(logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const correlationId = randomUUID();
    logger.error('turn failed', {
      correlationId,
      error,
      conversationId: context.activity?.conversation?.id,
      activityType: context.activity?.type,
    });
    try {
      await context.sendActivity(activityFromView(errorView(correlationId), context.activity?.channelId));
    } catch (sendError) {
      logger.error('could not send the apology', { correlationId, error: sendError });
    }
  };
}
