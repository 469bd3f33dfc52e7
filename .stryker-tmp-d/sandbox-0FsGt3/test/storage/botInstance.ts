/**
 * One in-process bot "instance" over botbuilder's TestAdapter with the production wiring (`createBot`,
 * `createOnTurnError`) on a given `Storage`: several of them on one store behave like scaled-out instances.
 */
// @ts-nocheck

import { type Activity, type Storage, TestAdapter } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { createBot } from '../../src/createBot';
import { createOnTurnError } from '../../src/bot/onTurnError';
import { createLogger } from '../../src/core/logging/logger';
import { realKnowledge } from '../support/testConversation';

export interface BotInstance {
  logs: string[];
  /** Sends one message in conversation `conversationId` and returns the replies (typing left out). */
  say(text: string, conversationId?: string): Promise<Partial<Activity>[]>;
}

export function botInstance(storage: Storage): BotInstance {
  const logs: string[] = [];
  const logger = createLogger('debug', (line) => logs.push(line));
  const { bot } = createBot(loadConfig({}), realKnowledge(), logger, storage);
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.onTurnError = createOnTurnError(logger);
  return {
    logs,
    async say(text, conversationId = 'conv-1') {
      const replies: Partial<Activity>[] = [];
      // Replies are collected per turn: two instances' turns may interleave.
      await adapter.processActivity({ type: 'message', text, conversation: { id: conversationId, isGroup: false, name: '', conversationType: '' } }, async (context) => {
        context.onSendActivities(async (_ctx, activities, next) => {
          replies.push(...activities.filter((activity) => activity.type !== 'typing'));
          return next();
        });
        await bot.run(context);
      });
      return replies;
    },
  };
}

/** The title of a reply's Adaptive Card. */
export function titleOf(activity: Partial<Activity>): string | undefined {
  const content = activity.attachments?.[0]?.content as { body?: { text?: string }[] } | undefined;
  return content?.body?.[0]?.text;
}

/**
 * The second unrecognised message in a row offers a human: since issue #6 the bot asks right away
 * ("Talk to a support engineer?") after the fallback card.
 */
export const offersHuman = (replies: Partial<Activity>[]): boolean =>
  replies.some((reply) => titleOf(reply) === 'I did not catch that') &&
  replies.some((reply) => titleOf(reply) === 'Talk to a support engineer?' || JSON.stringify(reply).includes('"cpk":"handoff"'));
/** A fallback card without the offer (the first unrecognised message). */
export const fallsBackOnly = (replies: Partial<Activity>[]): boolean =>
  replies.some((reply) => titleOf(reply) === 'I did not catch that') && !offersHuman(replies);
/** The storage apology with a retry suggestion (a conflict, or storage unreachable: issue #18's wording). */
export const asksToRetry = (replies: Partial<Activity>[]): boolean =>
  replies.some((reply) => titleOf(reply) === 'Sorry, please try that again' || titleOf(reply) === "I can't reach my storage");
/** The outage answer issue #18 asks for. */
export const storageUnreachable = (replies: Partial<Activity>[]): boolean =>
  replies.some((reply) => titleOf(reply) === "I can't reach my storage" && /your message is kept; please try again in a minute/i.test(JSON.stringify(reply)));
