/**
 * The last line of defence for a turn: log the error with a correlation id, apologise to the user with the
 * same id, and never send internals (stack traces, messages) to the chat (issue #2, item 8).
 */
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { errorView } from '../core/cards/conversationViews';
import { storageErrorView } from '../core/cards/storageErrorView';
import { StorageFailure } from '../storage/storageErrors';
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
      ...(error instanceof StorageFailure ? { storage: error.kind, operation: error.operation } : {}),
    });
    // A storage failure leaves the saved conversation as it was before this turn: asking to retry is honest.
    const view = error instanceof StorageFailure ? storageErrorView(correlationId, error.kind) : errorView(correlationId);
    try {
      await context.sendActivity(activityFromView(view, context.activity?.channelId));
    } catch (sendError) {
      logger.error('could not send the apology', { correlationId, error: sendError });
    }
  };
}
