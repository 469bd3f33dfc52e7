/**
 * The composition root: read configuration, load knowledge, build the bot, adapter and server, listen.
 * `src/index.ts` calls it for `npm start`; the HTTP tests call it to run exactly the same thing on a free port.
 */
// First, before anything loads restify or botbuilder: defers modules the stack requires but never calls.
import './startup/deferUnusedModules';
import type { Server } from 'restify';
import { type AppConfig, loadConfig } from './config';
import { createBot } from './createBot';
import { createAdapter } from './bot/createAdapter';
import { EmulatorFileTranscriptStore } from './bot/transcripts/emulatorFileTranscriptStore';
import { JsonLinesFeedbackSink } from './core/feedback/jsonLinesFeedbackSink';
import { loadKnowledge } from './core/knowledge/loadKnowledge';
import { createLogger, type Logger, type LogSink } from './core/logging/logger';
import { createServer } from './server/createServer';
import { registerWebChatRoutes } from './server/webChatRoutes';
import { blobContainerClient } from './storage/blobContainerClient';
import { BlobFeedbackSink } from './storage/blobFeedbackSink';
import { createStores } from './storage/createStores';
import { openStoresPatiently } from './storage/openStoresPatiently';
import { createReadiness } from './storage/readiness';
import { packageVersion } from './version';

export interface RunningApp {
  config: AppConfig;
  server: Server;
  logger: Logger;
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
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
  const knowledge = loadKnowledge(config.knowledgeDir);
  // Storage by configuration (issue #7): fail fast, before listening, when configured storage is unreachable;
  // an identity storage does not let in yet (a new role assignment) is retried behind a 503 /readyz (issue #20).
  const stores = await createStores(config);
  const storageOpen = await openStoresPatiently(stores, logger);
  logger.info('storage', { storage: stores.description });
  // Transcripts (issue #6): shared Blob storage when configured, else Emulator-format files; redacted either way.
  const fileTranscripts = stores.transcriptStore === undefined ? new EmulatorFileTranscriptStore(config.transcriptDir, logger) : undefined;
  const transcriptStore = stores.transcriptStore ?? fileTranscripts;
  // Feedback (issue #20): append blobs when Blob storage is configured, so instances and redeploys keep it.
  const onFeedbackError = (error: unknown): void => logger.error('feedback write failed', { error });
  const feedback =
    stores.choice.kind === 'blob'
      ? new BlobFeedbackSink(await blobContainerClient(config, config.feedbackContainer), { onError: onFeedbackError })
      : new JsonLinesFeedbackSink(config.feedbackDir, onFeedbackError);
  const { bot } = createBot(config, knowledge, logger, stores.storage, { transcriptStore, feedback });
  const adapter = createAdapter(env, logger, { transcriptStore });
  const server = createServer({
    adapter,
    bot,
    logger,
    health: () => ({
      status: 'ok',
      version: packageVersion,
      knowledge: { intents: knowledge.intents.size, versionRows: knowledge.versions.length, files: knowledge.fileCount },
    }),
    readiness: createReadiness(() => knowledge.intents.size, stores),
  });
  registerWebChatRoutes(server, { config, logger });
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
    close: async () => {
      storageOpen.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open for their whole timeout.
        server.server.closeIdleConnections();
      });
      await fileTranscripts?.close();
      await feedback.close();
    },
  };
}
