/**
 * A conversation harness for the live-check dialogs: the production wiring (`createBot`) over TestAdapter, like
 * testConversation.ts, but it keeps the storage object and the typing indicators so tests can assert that no
 * key or SAS reached conversation state and that a typing indicator was sent while a network check ran.
 */
// @ts-nocheck

import { type Activity, MemoryStorage, TestAdapter } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { createBot } from '../../src/createBot';
import { createLogger } from '../../src/core/logging/logger';
import { createOnTurnError } from '../../src/bot/onTurnError';
import { cardOf, realKnowledge, type UserTurn } from './testConversation';
import { validateAdaptiveCard } from './validateAdaptiveCard';

export interface CheckConversation {
  logs: string[];
  /** Everything saved in conversation state so far, as JSON. */
  storedState(): string;
  /** Sends a turn; returns every reply including typing indicators. Every card is validated. */
  say(turn: UserTurn): Promise<Partial<Activity>[]>;
}

export function createCheckConversation(env: Record<string, string> = {}): CheckConversation {
  const memory: Record<string, string> = {};
  const logs: string[] = [];
  const logger = createLogger('debug', (line) => logs.push(line));
  const parts = createBot(loadConfig(env), realKnowledge(), logger, new MemoryStorage(memory));
  const adapter = new TestAdapter(async (context) => parts.bot.run(context));
  adapter.onTurnError = createOnTurnError(logger);
  return {
    logs,
    storedState: () => JSON.stringify(memory),
    async say(turn) {
      await adapter.receiveActivity(turn);
      const replies = adapter.activeQueue.splice(0);
      for (const reply of replies) {
        const card = cardOf(reply);
        if (card !== undefined) {
          const problems = validateAdaptiveCard(card);
          if (problems.length > 0) {
            throw new Error(`invalid card: ${problems.join('; ')}`);
          }
        }
      }
      return replies;
    },
  };
}

/** Messages only (typing left out). */
export function messages(replies: Partial<Activity>[]): Partial<Activity>[] {
  return replies.filter((reply) => reply.type !== 'typing');
}
