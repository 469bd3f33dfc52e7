/**
 * Entry point for `npm start`: loads `.env` (or the file `--dotenv=<path>` names, or none with `--no-dotenv`),
 * starts the app, and turns a bad configuration value or knowledge file into one clear line and exit code 1.
 */
import { startApp } from './app';
import { ConfigError, dotEnvFileFromArgs, loadDotEnv } from './config';
import { KnowledgeError } from './core/knowledge/validate';

async function main(): Promise<void> {
  // Not `loadDotEnv(file)` with `file` undefined: a default parameter would read the project's `.env` after all.
  const dotEnvFile = dotEnvFileFromArgs(process.argv.slice(2));
  if (dotEnvFile !== undefined) {
    loadDotEnv(dotEnvFile);
  }
  const app = await startApp(process.env);
  const stop = (): void => {
    void app.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdout.write(`CPK support bot listening on ${app.url} (POST ${app.url}/api/messages)\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
