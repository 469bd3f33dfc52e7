/**
 * The composition root: read configuration, load knowledge, build the bot, adapter and server, listen.
 * `src/index.ts` calls it for `npm start`; the HTTP tests call it to run exactly the same thing on a free port.
 */
// @ts-nocheck

// First, before anything loads restify or botbuilder: defers modules the stack requires but never calls.
import './startup/deferUnusedModules';
import type { Server } from 'restify';
import { type AppConfig, loadConfig } from './config';
import { createBot } from './createBot';
import { createAdapter } from './bot/createAdapter';
import { EmulatorFileTranscriptStore } from './storage/transcripts/emulatorFileTranscriptStore';
import { ConversationStore } from './directline/conversationStore';
import { createSigningKeyCache } from './server/createSigningKeyCache';
import { checkUnauthenticatedExposure } from './server/unauthenticatedExposure';
import { JsonLinesFeedbackSink } from './storage/feedback/jsonLinesFeedbackSink';
import { loadKnowledge } from './core/knowledge/loadKnowledge';
import { createLogger, type Logger, type LogSink } from './core/logging/logger';
import { DurableTranscriptLogger } from './bot/transcripts/durableTranscriptLogger';
import { BRIDGE_FORWARD_HEADER, BRIDGE_FORWARD_MARK } from './directline/forwardToBot';
import { createServer } from './server/createServer';
import { registerAgentDesk } from './server/agentDesk/agentDeskRoutes';
import { resolveDeskKey } from './server/agentDesk/deskKey';
import { relayFor } from './bot/cases/caseServices';
import { CaseTimeoutSweeper } from './bot/cases/caseTimeoutSweeper';
import { agentRouteSettings } from './core/cases/agentRoutes';
import { RequestDrain } from './server/requestDrain';
import { registerWebChatRoutes } from './server/webChatRoutes';
import { blobContainerClient } from './storage/blobContainerClient';
import { BlobFeedbackSink } from './storage/feedback/blobFeedbackSink';
import { createStores } from './storage/createStores';
import { openStoresPatiently } from './storage/openStoresPatiently';
import { createReadiness } from './storage/readiness';
import { TranscriptSpool } from './storage/transcripts/transcriptSpool';
import { packageVersion } from './version';

export interface RunningApp {
  config: AppConfig;
  server: Server;
  logger: Logger;
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
  /** The local Direct Line bridge's conversations, when the bridge runs (tests read connector secrets here). */
  directLineStore: ConversationStore | undefined;
  /**
   * The agent desk when it is on (issue #19): its page URL, and whether the key was generated at start (then
   * `npm start` prints the URL with the key once). The key is here for in-process tests; it is never logged.
   */
  agentDesk: { url: string; key: string; generated: boolean } | undefined;
  /**
   * Graceful stop (issue #18): refuse new requests, close idle keep-alive sockets, let requests in flight finish
   * within `SHUTDOWN_TIMEOUT_MS`, close the listener and every socket, then flush transcripts and feedback.
   */
  close(): Promise<void>;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Starts the bot. Throws `ConfigError` / `KnowledgeError` / `StorageUnreachableError` before listening when
 * set-up is wrong.
 */
export async function startApp(env: Env = process.env, logSink?: LogSink): Promise<RunningApp> {
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel, logSink);
  checkUnauthenticatedExposure(config, logger);
  const knowledge = loadKnowledge(config.knowledgeDir);
  // Storage by configuration (issue #7): fail fast, before listening, when configured storage is unreachable;
  // an identity storage does not let in yet (a new role assignment) is retried behind a 503 /readyz (issue #20).
  const stores = await createStores(config);
  const storageOpen = await openStoresPatiently(stores, logger);
  logger.info('storage', { storage: stores.description });
  // Transcripts (issue #6): shared Blob storage when configured, else Emulator-format files; redacted either way.
  const fileTranscripts = stores.transcriptStore === undefined ? new EmulatorFileTranscriptStore(config.transcriptDir, logger) : undefined;
  const transcriptStore = stores.transcriptStore ?? fileTranscripts;
  // Blob transcripts get a bounded on-disk spool for outages (issue #18); the file store is local already.
  const spool = stores.transcriptStore === undefined ? undefined : openSpool(config, logger);
  const transcripts = transcriptStore === undefined ? undefined : new DurableTranscriptLogger(transcriptStore, spool, logger);
  // Feedback (issue #20): append blobs when Blob storage is configured, so instances and redeploys keep it.
  const onFeedbackError = (error: unknown): void => logger.error('feedback write failed', { error });
  const feedback =
    stores.choice.kind === 'blob'
      ? new BlobFeedbackSink(await blobContainerClient(config, config.feedbackContainer), { onError: onFeedbackError, isKnownIntent: (id) => knowledge.intents.has(id) })
      : new JsonLinesFeedbackSink(config.feedbackDir, onFeedbackError, (id) => knowledge.intents.has(id));
  // The agent desk's key (issue #19): configured, generated now (auth off, none set), or none (desk off).
  const desk = resolveDeskKey(agentRouteSettings(config));
  const { bot, cases } = createBot(config, knowledge, logger, stores.storage, { transcriptStore, feedback, ...(desk.on ? { agentDeskKey: desk.key } : {}) });
  const adapter = createAdapter(env, logger, { transcripts, connectorTimeoutMs: config.connectorTimeoutMs, authTimeoutMs: config.authTimeoutMs });
  // The bot's replies to the local Direct Line bridge, and the bridge's forwards of requests it accepted, belong
  // to turns in flight: served while draining.
  const drain = new RequestDrain((req) => req.path().startsWith('/v3/conversations/') || req.header(BRIDGE_FORWARD_HEADER, '') === BRIDGE_FORWARD_MARK);
  // Auth on: the Bot Framework's signing keys, loaded with the first well-formed token, then refreshed on a
  // schedule (issue #15). Not at start-up: a bot that only ever sees unsigned requests makes no outbound call.
  const signingKeys = config.microsoftAppId === '' ? undefined : createSigningKeyCache(env, logger, config.authTimeoutMs);
  const server = createServer({
    ...(signingKeys === undefined ? {} : { knownSigningKey: (kid: string) => signingKeys.knows(kid) }),
    adapter,
    bot,
    logger,
    authOff: config.microsoftAppId === '',
    allowRemote: config.allowUnauthenticatedRemote,
    health: () => ({
      status: 'ok',
      version: packageVersion,
      knowledge: { intents: knowledge.intents.size, versionRows: knowledge.versions.length, files: knowledge.fileCount },
    }),
    readiness: createReadiness(() => knowledge.intents.size, stores),
    drain,
  });
  // The local Direct Line bridge's store, when the bridge runs (auth off, no Azure Direct Line secret).
  const directLineStore = config.localDirectLine && config.directLineSecret === '' ? new ConversationStore() : undefined;
  registerWebChatRoutes(server, { config, logger, ...(directLineStore === undefined ? {} : { store: directLineStore }) });
  const relay = relayFor(cases, adapter);
  registerAgentDesk(server, { desk, store: cases.store, relay, logger });
  logger.info('agent desk', desk.on ? { state: desk.generated ? 'on (key generated at start)' : 'on (AGENT_DESK_KEY)' } : { state: 'off', reason: desk.reason });
  const sweeper = new CaseTimeoutSweeper({ store: cases.store, relay, timeoutSeconds: config.handoffQueueTimeoutSeconds, logger });
  sweeper.start();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const url = `http://${config.host}:${server.address().port}`;
  logger.info('listening', { url, auth: config.microsoftAppId === '' ? 'off (local)' : 'on', intents: knowledge.intents.size, storage: stores.choice.kind });
  return {
    config,
    server,
    logger,
    url,
    directLineStore,
    agentDesk: desk.on ? { url: `${url}/agent`, key: desk.key, generated: desk.generated } : undefined,
    close: async () => {
      const { unfinished } = await drain.drain(server, config.shutdownTimeoutMs);
      signingKeys?.stop();
      await sweeper.stop();
      storageOpen.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Whatever is still open after the deadline (a turn that did not finish) is cut.
        server.server.closeAllConnections();
      });
      await transcripts?.flush();
      transcripts?.close();
      await fileTranscripts?.close();
      await feedback.close();
      logger.info('stopped', { unfinishedRequests: unfinished });
    },
  };
}

/** The transcript spool, or none (logged) when its folder cannot be used: the bot still runs, without the fallback. */
function openSpool(config: AppConfig, logger: Logger): TranscriptSpool | undefined {
  try {
    return new TranscriptSpool(config.transcriptSpoolDir, config.transcriptSpoolMaxBytes);
  } catch (error) {
    logger.error('transcript spool unavailable: entries are lost while the transcript store is down', { folder: config.transcriptSpoolDir, error });
    return undefined;
  }
}
