/**
 * Sends a check result as a card and logs only its id and status: results never hold a key or a SAS signature,
 * and the logger redacts again anyway. The check dialog then returns the result as its dialog result, which is how
 * the case log learns of it (issue #16).
 */
// @ts-nocheck

import type { TurnContext } from 'botbuilder';
import { activityFromView } from '../../src/bot/activityFromView';
import { turnOf } from '../../src/bot/turnRecord';
import type { CardBlock, CardView } from '../../src/core/cards/cardView';
import type { CheckResult } from '../../src/core/checks/checkResult';
import { checkResultView } from '../../src/core/checks/checkResultView';
import type { Logger } from '../../src/core/logging/logger';
import { MAX_CHECK_INPUT_CHARS } from '../../src/core/routing/turn';

export async function sendView(context: TurnContext, view: CardView): Promise<void> {
  await context.sendActivity(activityFromView(view, context.activity.channelId));
}

export async function sendResult(context: TurnContext, logger: Logger, result: CheckResult, extraBlocks: CardBlock[] = []): Promise<void> {
  logger.info('check result', { check: result.check, status: result.status });
  await sendView(context, checkResultView(result, extraBlocks));
}

/** The text of the current turn as the bot read it (mention removed, capped), in memory only (never dialog state). */
export function turnText(context: TurnContext): string {
  return turnOf(context).checkText;
}

/** A prompt's answer as capped text ('' for anything that is not text). */
export function answerText(result: unknown): string {
  return typeof result === 'string' ? result.slice(0, MAX_CHECK_INPUT_CHARS) : '';
}
