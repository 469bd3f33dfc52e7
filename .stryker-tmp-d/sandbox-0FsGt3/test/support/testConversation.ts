/**
 * A conversation harness over botbuilder's TestAdapter running the production wiring (`createBot`), with
 * helpers to read cards out of replies. Conversation tests are tables of [user says, bot replies].
 */
// @ts-nocheck

import { type Activity, MemoryStorage, TestAdapter, TranscriptLoggerMiddleware } from 'botbuilder';
import { loadConfig, type AppConfig } from '../../src/config';
import { type BotServices, createBot } from '../../src/createBot';
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/core/knowledge/types';
import { createLogger, type Logger } from '../../src/core/logging/logger';
import { createOnTurnError } from '../../src/bot/onTurnError';
import { adaptiveCardText } from '../../src/core/transcripts/cardText';

let cachedKnowledge: KnowledgeBase | undefined;

/** The project's real knowledge base, loaded once per test run. */
export function realKnowledge(): KnowledgeBase {
  cachedKnowledge ??= loadKnowledge(loadConfig({}).knowledgeDir);
  return cachedKnowledge;
}

export type UserTurn = string | Partial<Activity>;

export interface TestConversation {
  adapter: TestAdapter;
  logs: string[];
  /** Sends one user turn and returns every reply of that turn (typing indicators left out). */
  say(turn: UserTurn): Promise<Partial<Activity>[]>;
}

/** `services` (issue #6) adds a transcript store (logged through the real middleware), a feedback sink, a clock. */
export function createTestConversation(env: Record<string, string> = {}, services: BotServices = {}): TestConversation {
  const config: AppConfig = loadConfig(env);
  const logs: string[] = [];
  const logger: Logger = createLogger('debug', (line) => logs.push(line));
  const parts = createBot(config, realKnowledge(), logger, new MemoryStorage(), services);
  const adapter = new TestAdapter(async (context) => parts.bot.run(context));
  if (services.transcriptStore !== undefined) {
    adapter.use(new TranscriptLoggerMiddleware(services.transcriptStore));
  }
  adapter.onTurnError = createOnTurnError(logger);
  return {
    adapter,
    logs,
    async say(turn) {
      await adapter.receiveActivity(turn);
      return adapter.activeQueue.splice(0).filter((activity) => activity.type !== 'typing');
    },
  };
}

/** The Adaptive Card content of a reply, or undefined. */
export function cardOf(activity: Partial<Activity> | undefined): Record<string, unknown> | undefined {
  const attachment = activity?.attachments?.find((item) => item.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content as Record<string, unknown> | undefined;
}

/** The title (first TextBlock) of a reply's card. */
export function cardTitle(activity: Partial<Activity> | undefined): string | undefined {
  const body = cardOf(activity)?.body as { text?: string }[] | undefined;
  return body?.[0]?.text;
}

/** Every Action.Submit `data` anywhere in a card. */
export function submitData(card: unknown): unknown[] {
  const found: unknown[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Submit') {
        found.push(record.data);
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(card);
  return found;
}

/**
 * Everything a user can read in a reply: its text (plain-text channels, prompts) and its card's text, folded
 * sections included (card channels get the card alone, issue #14).
 */
export function replyText(activity: Partial<Activity> | undefined): string {
  const card = cardOf(activity);
  return [activity?.text ?? '', ...(card === undefined ? [] : adaptiveCardText(card))].filter((line) => line !== '').join('\n');
}

/** Every `Action.*` title anywhere in a card or activity (button labels must fit 32 characters, issue #14). */
export function actionTitles(node: unknown): string[] {
  if (Array.isArray(node)) {
    return node.flatMap(actionTitles);
  }
  if (typeof node !== 'object' || node === null) {
    return [];
  }
  const record = node as Record<string, unknown>;
  const own = typeof record.type === 'string' && record.type.startsWith('Action.') && typeof record.title === 'string' ? [record.title] : [];
  return [...own, ...Object.values(record).flatMap(actionTitles)];
}
