/**
 * Builds the CloudAdapter. With `MicrosoftAppId` empty, Bot Framework auth is off (Emulator, local clients);
 * with it set, unsigned requests are refused with 401 by the framework.
 */
import type { ConfigurationBotFrameworkAuthenticationOptions, TranscriptStore } from 'botbuilder';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TranscriptLoggerMiddleware } from './botbuilderKit';
import type { Logger } from '../core/logging/logger';
import { ClientActivityGuard } from './clientActivityGuard';
import { ConversationTurnQueue } from './conversationTurnQueue';
import { createOnTurnError } from './onTurnError';
import { TypingIndicatorMiddleware } from './typingIndicatorMiddleware';

/** Typing appears when a turn takes longer than this (ms), then repeats while it runs. */
const TYPING_DELAY_MS = 400;
const TYPING_PERIOD_MS = 2000;

export function createAdapter(
  authSettings: ConfigurationBotFrameworkAuthenticationOptions,
  logger: Logger,
  options: { transcriptStore?: TranscriptStore } = {},
): CloudAdapter {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(authSettings));
  // First: a client's activity is a user's, and bot-only events never get further (issue #15).
  adapter.use(new ClientActivityGuard(logger));
  adapter.use(new TypingIndicatorMiddleware(TYPING_DELAY_MS, TYPING_PERIOD_MS));
  adapter.use(new ConversationTurnQueue());
  // Transcripts of every turn, when a store is configured (issue #7: shared Blob transcripts across instances).
  if (options.transcriptStore !== undefined) {
    adapter.use(new TranscriptLoggerMiddleware(options.transcriptStore));
  }
  adapter.onTurnError = createOnTurnError(logger);
  return adapter;
}
