/**
 * The production wiring (bot, CloudAdapter, server, web chat routes) with a bridge store the test controls:
 * a fake clock and small bounds, so expiry and memory limits are tested without waiting.
 */
// @ts-nocheck

import { loadConfig } from '../../src/config';
import { createBot } from '../../src/createBot';
import { createAdapter } from '../../src/bot/createAdapter';
import { createLogger } from '../../src/core/logging/logger';
import { ConversationStore, type ConversationStoreOptions } from '../../src/directline/conversationStore';
import { createServer } from '../../src/server/createServer';
import { registerWebChatRoutes } from '../../src/server/webChatRoutes';
import { realKnowledge } from '../support/testConversation';

export interface BridgeApp {
  url: string;
  store: ConversationStore;
  logs: string[];
  /** Moves the fake clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

export async function startBridgeApp(bounds: Partial<Omit<ConversationStoreOptions, 'now'>> = {}): Promise<BridgeApp> {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const env = { PORT: '0', HOST: '127.0.0.1' };
  const config = loadConfig(env);
  const logs: string[] = [];
  const logger = createLogger('debug', (line) => logs.push(line));
  const { bot } = createBot(config, realKnowledge(), logger);
  const store = new ConversationStore({
    now: () => now,
    conversationTtlMs: 10 * 60_000,
    tokenTtlMs: 5 * 60_000,
    maxConversations: 20,
    maxActivitiesPerConversation: 10,
    ...bounds,
  });
  const server = createServer({
    adapter: createAdapter(env, logger),
    bot,
    logger,
    authOff: true,
    health: () => ({ status: 'ok', version: 'test', knowledge: { intents: 0, versionRows: 0, files: 0 } }),
  });
  registerWebChatRoutes(server, { config, logger, store });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    store,
    logs,
    advance: (ms) => {
      now += ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}
