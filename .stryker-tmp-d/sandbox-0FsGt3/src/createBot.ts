/**
 * Builds the bot and everything it needs from configuration and loaded knowledge. Shared by the server entry
 * point and the tests, so tests run exactly the production wiring.
 */
// @ts-nocheck

import type { ConversationState, Storage, TranscriptStore } from 'botbuilder';
import { BoundedMemoryStorage } from './storage/boundedMemoryStorage';
import type { DialogState } from './bot/kit/dialogKit';
import { createCheckDialogs } from '../dialogs/checks/createCheckDialogs';
import { FeedbackCommentDialog } from '../dialogs/feedbackCommentDialog';
import { HandoffDialog } from '../dialogs/handoffDialog';
import { MainDialog, ROUTE_WATERFALL_ID } from '../dialogs/mainDialog';
import { AgentChannelHook } from './bot/turnHooks/agentChannelHook';
import { CaseOpener } from './bot/cases/caseOpener';
import { caseRedaction, type CaseServices } from './bot/cases/caseServices';
import { CaseTurns } from './bot/cases/caseTurns';
import { HumanRatingHook } from './bot/turnHooks/humanRatingHook';
import { agentRouteExists, agentRouteSettings } from './core/cases/agentRoutes';
import { CaseStore } from './storage/caseStore';
import { CaseLogRecorder } from './bot/turnHooks/caseLogRecorder';
import { HandoffGate } from './bot/turnHooks/handoffGate';
import { HandoffSender } from './bot/handoffSender';
import { type FeedbackSink, nullFeedbackSink } from './core/feedback/feedbackRecord';
import { CpkBot } from './bot/cpkBot';
import { CONVERSATION_DATA_PROPERTY, type ConversationData, DIALOG_STATE_PROPERTY } from './bot/conversationData';
import type { AppConfig } from './config';
import type { KnowledgeBase } from './core/knowledge/types';
import type { Logger } from './core/logging/logger';
import type { Matcher } from './core/matching/decision';
import { OptimisticConversationState } from './bot/optimisticConversationState';
import { CpkMatcher } from './core/matching/cpkMatcher';
import { restoreMatcher } from './core/matching/modelArtifact';
import { modelArtifactFile } from './paths';

export interface BotParts {
  bot: CpkBot;
  conversationState: ConversationState;
  matcher: Matcher;
  /** Cases in the same storage, for the agent desk and the timeout sweep (issue #19). */
  cases: CaseServices;
}

/**
 * The matcher the bot uses: restored from the prebuilt model artifact (`npm run build` writes it) when that was
 * built from this knowledge base by this code, else trained from the knowledge base now (issue #8, cold start).
 */
export function createMatcher(
  knowledge: KnowledgeBase,
  config: Pick<AppConfig, 'matchThreshold' | 'ambiguityMargin'>,
  logger?: Logger,
  artifactFile: string = modelArtifactFile,
): Matcher {
  const policy = { threshold: config.matchThreshold, ambiguityMargin: config.ambiguityMargin };
  const restored = restoreMatcher(artifactFile, knowledge, policy);
  if (restored.kind === 'restored') {
    logger?.info('matcher restored from the prebuilt model', { file: artifactFile });
    return restored.matcher;
  }
  logger?.info('matcher trained at start-up', { modelArtifact: restored.reason });
  return CpkMatcher.fromKnowledge(knowledge, policy);
}

/** Services for escalation, transcripts and feedback (issue #6); tests pass their own. */
export interface BotServices {
  /** Read at handoff for the transcript attachment (the adapter's transcript middleware writes it). */
  transcriptStore?: TranscriptStore;
  /** Defaults to recording nothing. */
  feedback?: FeedbackSink;
  /** The clock for handoff timestamps and the queue timeout. */
  now?: () => Date;
  /** A matcher to use instead of the trained one (tests count its calls). */
  matcher?: Matcher;
  /** The agent desk's key in use (configured or generated), redacted should anyone paste it (issue #19). */
  agentDeskKey?: string;
}

export function createBot(
  config: AppConfig,
  knowledge: KnowledgeBase,
  logger: Logger,
  storage: Storage = new BoundedMemoryStorage({ maxItems: 10000, idleMs: 24 * 60 * 60 * 1000 }),
  services: BotServices = {},
): BotParts {
  // Saves with the eTag read at the start of the turn, so two instances cannot overwrite each other (issue #7).
  const conversationState = new OptimisticConversationState(storage);
  // Matched once per message, when the bot reads the turn (issue #16).
  const matcher = services.matcher ?? createMatcher(knowledge, config, logger);
  const conversationData = conversationState.createProperty<ConversationData>(CONVERSATION_DATA_PROPERTY);
  const feedback = services.feedback ?? nullFeedbackSink;
  const teamsAgents =
    config.teamsAgentsServiceUrl === '' || config.teamsAgentsConversationId === ''
      ? undefined
      : { serviceUrl: config.teamsAgentsServiceUrl, conversationId: config.teamsAgentsConversationId, tenantId: config.teamsAgentsTenantId };
  const sender = new HandoffSender({ botAppId: config.microsoftAppId, transcriptStore: services.transcriptStore, teamsAgents, logger });
  const deskKey = services.agentDeskKey ?? config.agentDeskKey;
  const cases: CaseServices = {
    store: new CaseStore(storage),
    botAppId: config.microsoftAppId,
    ...(teamsAgents === undefined ? {} : { teamsAgents }),
    logger,
    // One delivery may make a token call and the connector call, each bounded by the connector deadline.
    deliveryTimeoutMs: config.connectorTimeoutMs * 2,
    timeoutSeconds: config.handoffQueueTimeoutSeconds,
    redact: caseRedaction(() => deskKey),
    ...(services.now === undefined ? {} : { now: services.now }),
  };
  const mainDialog = new MainDialog({
    knowledge,
    matcher,
    logger,
    conversationData,
    handoffDialog: new HandoffDialog({
      knowledge,
      conversationData,
      sender,
      ...(agentRouteExists(agentRouteSettings(config)) ? { cases: new CaseOpener(cases) } : {}),
      feedback,
      logger,
      rerouteDialogId: ROUTE_WATERFALL_ID,
      now: services.now,
    }),
    feedbackCommentDialog: new FeedbackCommentDialog(feedback),
    feedback,
    checkDialogs: createCheckDialogs(config, knowledge, logger),
  });
  const bot = new CpkBot({
    knowledge,
    mainDialog,
    conversationState,
    dialogState: conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY),
    logger,
    matcher,
    maxInputChars: config.maxInputChars,
    turnHooks: [
      new AgentChannelHook(cases),
      new HumanRatingHook(cases, feedback),
      new HandoffGate({ conversationData, timeoutSeconds: config.handoffQueueTimeoutSeconds, logger, now: services.now, caseTurns: new CaseTurns(cases) }),
      new CaseLogRecorder({ conversationData, knowledge, feedback }),
    ],
  });
  return { bot, conversationState, matcher, cases };
}
