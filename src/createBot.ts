/**
 * Builds the bot and everything it needs from configuration and loaded knowledge. Shared by the server entry
 * point and the tests, so tests run exactly the production wiring.
 */
import { ConversationState, MemoryStorage, type Storage } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { MainDialog } from '../dialogs/mainDialog';
import { CpkBot } from './bot/cpkBot';
import { CONVERSATION_DATA_PROPERTY, type ConversationData, DIALOG_STATE_PROPERTY } from './bot/conversationData';
import type { AppConfig } from './config';
import type { KnowledgeBase } from './core/knowledge/types';
import type { Logger } from './core/logging/logger';
import type { Matcher } from './core/matching/decision';
import { CpkMatcher } from './core/matching/cpkMatcher';

export interface BotParts {
  bot: CpkBot;
  conversationState: ConversationState;
  matcher: Matcher;
}

/** The matcher the bot uses, trained from the knowledge base. */
export function createMatcher(knowledge: KnowledgeBase, config: Pick<AppConfig, 'matchThreshold' | 'ambiguityMargin'>): Matcher {
  return new CpkMatcher(knowledge.intents.values(), {
    threshold: config.matchThreshold,
    ambiguityMargin: config.ambiguityMargin,
  });
}

export function createBot(
  config: AppConfig,
  knowledge: KnowledgeBase,
  logger: Logger,
  storage: Storage = new MemoryStorage(),
): BotParts {
  const conversationState = new ConversationState(storage);
  const matcher = createMatcher(knowledge, config);
  const mainDialog = new MainDialog({
    knowledge,
    matcher,
    logger,
    conversationData: conversationState.createProperty<ConversationData>(CONVERSATION_DATA_PROPERTY),
    maxInputChars: config.maxInputChars,
  });
  const bot = new CpkBot({
    knowledge,
    mainDialog,
    conversationState,
    dialogState: conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY),
    logger,
  });
  return { bot, conversationState, matcher };
}
