/**
 * Entry point for `npm start`: loads `.env` (or the file `--dotenv=<path>` names, or none with `--no-dotenv`),
 * starts the app, and turns a bad configuration value or knowledge file into one clear line and exit code 1.
 * SIGTERM/SIGINT stop gracefully (issue #18): in-flight turns finish within SHUTDOWN_TIMEOUT_MS, transcripts and
 * feedback are flushed, exit code 0; a second signal ends at once.
 */
// @ts-nocheck

import { startApp } from './app';
import { ConfigError, dotEnvFileFromArgs, loadDotEnv } from './config';
import { KnowledgeError } from './core/knowledge/validate';

/** Beyond the drain deadline, flushing may take one more storage deadline; past this the process just ends. */
const FLUSH_ALLOWANCE_MS = 5000;

async function main(): Promise<void> {
  // Not `loadDotEnv(file)` with `file` undefined: a default parameter would read the project's `.env` after all.
  const dotEnvFile = dotEnvFileFromArgs(process.argv.slice(2));
  if (dotEnvFile !== undefined) {
    loadDotEnv(dotEnvFile);
  }
  const app = await startApp(process.env);
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      process.stderr.write(`${signal} again: stopping now\n`);
      process.exit(1);
    }
    stopping = true;
    app.logger.info('stopping', { signal, deadlineMs: app.config.shutdownTimeoutMs });
    setTimeout(() => process.exit(1), app.config.shutdownTimeoutMs + FLUSH_ALLOWANCE_MS).unref();
    void app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.logger.error('graceful stop failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdout.write(`CPK support bot listening on ${app.url} (web chat ${app.url}/ , Bot Framework endpoint POST ${app.url}/api/messages)\n`);
  if (app.agentDesk?.generated === true) {
    // Once, on stdout only (never the log), as local notebook servers do: the key was generated for this run (issue #19).
    process.stdout.write(`Agent desk: ${app.agentDesk.url}#key=${app.agentDesk.key}\n`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
