/**
 * The parts of the Bot Framework SDK this bot uses at run time, from botbuilder-core's index and from botbuilder's
 * own files. botbuilder's index also loads the legacy BotFrameworkAdapter and skills client, the speak middleware
 * (htmlparser2), the file transcript store (fs-extra), inspection and streaming: ~60 ms of the cold start
 * (issue #8) for parts this bot never uses. Types can still come from 'botbuilder' (type imports vanish from the
 * output). The deep paths are stable because botbuilder is pinned (4.23.3); `test/bot/coldStart.test.ts` fails
 * if start-up loads botbuilder's index again.
 */
// @ts-nocheck

export {
  ActivityHandler,
  CardFactory,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  DeliveryModes,
  MessageFactory,
  ShowTypingMiddleware,
  TranscriptLoggerMiddleware,
  TurnContext,
} from 'botbuilder-core';
export { CloudAdapter } from 'botbuilder/lib/cloudAdapter';
export { EventFactory } from 'botbuilder/lib/eventFactory';
export { TeamsActivityHandler } from 'botbuilder/lib/teamsActivityHandler';
