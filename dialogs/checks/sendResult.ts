/**
 * Sends a check result as a card and logs only its id and status: results never hold a key or a SAS signature,
 * and the logger redacts again anyway.
 */
import type { TurnContext } from 'botbuilder';
import { activityFromView } from '../../src/bot/activityFromView';
import { CHECK_RESULT_TURN_KEY } from '../../src/bot/handoff/checkResultTurnKey';
import type { CardBlock, CardView } from '../../src/core/cards/cardView';
import type { CheckResult } from '../../src/core/checks/checkResult';
import { checkResultView } from '../../src/core/checks/checkResultView';
import type { Logger } from '../../src/core/logging/logger';

export async function sendView(context: TurnContext, view: CardView): Promise<void> {
  await context.sendActivity(activityFromView(view, context.activity.channelId));
}

export async function sendResult(context: TurnContext, logger: Logger, result: CheckResult, extraBlocks: CardBlock[] = []): Promise<void> {
  logger.info('check result', { check: result.check, status: result.status });
  context.turnState.set(CHECK_RESULT_TURN_KEY, result);
  await sendView(context, checkResultView(result, extraBlocks));
}

/** Longest text a check reads; more is never a key, a hash or a dependency file worth parsing. */
export const MAX_CHECK_INPUT_CHARS = 20000;

/** The text of the current turn, read from the activity in memory (never from dialog state), capped. */
export function turnText(context: TurnContext): string {
  return typeof context.activity.text === 'string' ? context.activity.text.slice(0, MAX_CHECK_INPUT_CHARS) : '';
}

/** A prompt's answer as capped text ('' for anything that is not text). */
export function answerText(result: unknown): string {
  return typeof result === 'string' ? result.slice(0, MAX_CHECK_INPUT_CHARS) : '';
}
