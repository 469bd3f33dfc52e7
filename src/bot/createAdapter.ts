/**
 * Builds the CloudAdapter. With `MicrosoftAppId` empty, Bot Framework auth is off (Emulator, local clients);
 * with it set, unsigned requests are refused with 401 by the framework.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  ShowTypingMiddleware,
  type TranscriptStore,
  TranscriptLoggerMiddleware,
} from 'botbuilder';
import type { Logger } from '../core/logging/logger';
import { createOnTurnError } from './onTurnError';

/** Typing appears when a turn takes longer than this (ms), then repeats while it runs. */
const TYPING_DELAY_MS = 400;
const TYPING_PERIOD_MS = 2000;

export function createAdapter(
  authSettings: ConfigurationBotFrameworkAuthenticationOptions,
  logger: Logger,
  options: { transcriptStore?: TranscriptStore } = {},
): CloudAdapter {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(authSettings));
  adapter.use(new ShowTypingMiddleware(TYPING_DELAY_MS, TYPING_PERIOD_MS));
  // Logs every incoming and outgoing activity of a turn (issue #6); the store redacts before writing.
  if (options.transcriptStore !== undefined) {
    adapter.use(new TranscriptLoggerMiddleware(options.transcriptStore));
  }
  adapter.onTurnError = createOnTurnError(logger);
  return adapter;
}
