/**
 * The last line of defence for a turn: log the error with a correlation id, apologise to the user with the
 * same id, and never send internals (stack traces, messages) to the chat (issue #2, item 8). The handler also
 * says what failed, so the transcript can mark the turn (issue #18).
 */
// @ts-nocheck

import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { errorView } from '../core/cards/conversationViews';
import { storageErrorView } from '../core/cards/storageErrorView';
import { errorChain, isDeadlineExceeded } from '../core/io/deadline';
import { StorageFailure } from '../storage/storageErrors';
import type { Logger } from '../core/logging/logger';
import { activityFromView } from './activityFromView';

/**
 * `conflict`: another instance saved the conversation first; `outage`: storage failed or did not answer in time;
 * `timeout`: another outbound call passed its deadline; `exception`: anything else (a bug).
 */
export type TurnFailureKind = 'conflict' | 'outage' | 'timeout' | 'exception';

export interface TurnFailure {
  kind: TurnFailureKind;
  correlationId: string;
}

export function classifyTurnFailure(error: unknown): TurnFailureKind {
  const storage = storageFailureIn(error);
  if (storage !== undefined) {
    return storage.kind === 'conflict' ? 'conflict' : 'outage';
  }
  return isDeadlineExceeded(error) ? 'timeout' : 'exception';
}

/** A storage failure, also when a dialog wrapped it. */
function storageFailureIn(error: unknown): StorageFailure | undefined {
  return errorChain(error).find((item): item is StorageFailure => item instanceof StorageFailure);
}

/** Logs, apologises, and returns what failed. */
export function createTurnErrorHandler(logger: Logger): (context: TurnContext, error: unknown) => Promise<TurnFailure> {
  return async (context, error) => {
    const correlationId = randomUUID();
    const kind = classifyTurnFailure(error);
    const storage = storageFailureIn(error);
    logger.error('turn failed', {
      correlationId,
      error,
      failure: kind,
      conversationId: context.activity?.conversation?.id,
      activityType: context.activity?.type,
      ...(storage !== undefined ? { storage: storage.kind, operation: storage.operation } : {}),
    });
    // A storage failure leaves the saved conversation as it was before this turn: asking to retry is honest.
    const view = storage !== undefined ? storageErrorView(correlationId, storage.kind) : errorView(correlationId);
    try {
      await context.sendActivity(activityFromView(view, context.activity?.channelId));
    } catch (sendError) {
      logger.error('could not send the apology', { correlationId, error: sendError });
    }
    return { kind, correlationId };
  };
}

/** The same handler in the shape of `BotAdapter.onTurnError`. */
export function createOnTurnError(logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  const handle = createTurnErrorHandler(logger);
  return async (context, error) => {
    await handle(context, error);
  };
}
