/**
 * Builds the CloudAdapter. With `MicrosoftAppId` empty, Bot Framework auth is off (Emulator, local clients);
 * with it set, unsigned requests are refused with 401 by the framework. Connector calls have a client-side
 * deadline (issue #18).
 */
// @ts-nocheck

import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from './kit/botbuilderKit';
import type { Logger } from '../core/logging/logger';
import { ClientActivityGuard } from './clientActivityGuard';
import { ConversationTurnQueue } from './conversationTurnQueue';
import { deadlineConnectorHttpClient } from './deadlineConnectorHttpClient';
import { createOnTurnError, createTurnErrorHandler } from './onTurnError';
import { boundOpenIdMetadata } from './openIdMetadataDeadline';
import type { DurableTranscriptLogger } from './transcripts/durableTranscriptLogger';
import { RECORDED_TURN, TurnRecorder } from './transcripts/turnRecorder';
import { TypingIndicatorMiddleware } from './typingIndicatorMiddleware';

/** Default deadline of one Bot Connector call when the caller does not configure one. */
const DEFAULT_CONNECTOR_TIMEOUT_MS = 5000;
/** Default deadline of the OpenID metadata fetch (inbound token validation). */
const DEFAULT_AUTH_TIMEOUT_MS = 10000;

/** Typing appears when a turn takes longer than this (ms), then repeats while it runs. */
const TYPING_DELAY_MS = 400;
const TYPING_PERIOD_MS = 2000;

export function createAdapter(
  authSettings: ConfigurationBotFrameworkAuthenticationOptions,
  logger: Logger,
  options: { transcripts?: DurableTranscriptLogger; connectorTimeoutMs?: number; authTimeoutMs?: number } = {},
): CloudAdapter {
  boundOpenIdMetadata(options.authTimeoutMs ?? DEFAULT_AUTH_TIMEOUT_MS);
  const connectorOptions = { httpClient: deadlineConnectorHttpClient(options.connectorTimeoutMs ?? DEFAULT_CONNECTOR_TIMEOUT_MS) };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(authSettings, undefined, undefined, undefined, connectorOptions));
  // First: a client's activity is a user's, and bot-only events never get further (issue #15).
  adapter.use(new ClientActivityGuard(logger));
  adapter.use(new TypingIndicatorMiddleware(TYPING_DELAY_MS, TYPING_PERIOD_MS));
  adapter.use(new ConversationTurnQueue());
  // Every turn in the transcript, failed ones marked, durable before the response ends (issues #7, #18). Last,
  // so it sees the bot's errors before the adapter's handler would.
  if (options.transcripts !== undefined) {
    adapter.use(new TurnRecorder(options.transcripts, createTurnErrorHandler(logger)));
  }
  const onTurnError = createOnTurnError(logger);
  adapter.onTurnError = async (context, error) => {
    // The recorder already answered this turn's own errors; what still arrives here comes from around it (the
    // typing indicator failing to post): a second apology would only confuse the user.
    if (context.turnState.get(RECORDED_TURN) === true) {
      logger.warn('error beside a recorded turn (not answered again)', { error, conversationId: context.activity?.conversation?.id });
      return;
    }
    await onTurnError(context, error);
  };
  return adapter;
}
