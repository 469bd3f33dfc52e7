/**
 * Configuration read from the environment (and an optional `.env` file), validated once at start-up.
 * Every variable has an embedded default so `npm start` works with no Azure account; a bad value stops the
 * bot with one line naming the variable and what is allowed (issue #2, item 4).
 */
import path from 'node:path';
import { projectRoot } from './paths';

export interface AppConfig {
  /** TCP port of the HTTP server. */
  port: number;
  /** Interface to bind; loopback by default so a laptop run is not exposed. */
  host: string;
  /** Bot Framework app id; empty means auth off (Emulator, local clients). */
  microsoftAppId: string;
  /** Folder with `intents/*.json` and `versions.json`. */
  knowledgeDir: string;
  /** Minimum matcher confidence (0-1) to answer without asking. */
  matchThreshold: number;
  /** When the top two intents are closer than this (0-1), the bot asks "Did you mean". */
  ambiguityMargin: number;
  /** Longest user text (characters) the bot reads; longer text is cut before matching. */
  maxInputChars: number;
  /** `debug` | `info` | `warn` | `error`. */
  logLevel: LogLevel;
  /** Folder of Emulator-format `.transcript` files, one per conversation, redacted (issue #6). */
  transcriptDir: string;
  /** Folder of redacted JSON-lines records: feedback, unanswered questions, escalations (issue #6). */
  feedbackDir: string;
  /** After this many seconds in the agents' queue with no hand-back, the bot comes back (issue #6). */
  handoffQueueTimeoutSeconds: number;
  /** Teams agents' channel or chat that receives escalations as a proactive card; empty = not configured. */
  teamsAgentsServiceUrl: string;
  teamsAgentsConversationId: string;
  teamsAgentsTenantId: string;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** Thrown for an invalid configuration value; its message is the one line shown at start-up. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly allowed: string,
    readonly got: string,
  ) {
    // The value itself is not echoed: a misplaced secret in the wrong variable must not reach a log.
    super(`Invalid configuration: ${variable} must be ${allowed} (got a value of ${got.length} characters).`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function readString(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value.trim() === '' ? fallback : value.trim();
}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = readString(env, name, String(fallback));
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `a whole number from ${min} to ${max}`, raw);
  }
  return value;
}

function readFraction(env: Env, name: string, fallback: number): number {
  const raw = readString(env, name, String(fallback));
  const value = Number(raw);
  if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(raw) || Number.isNaN(value)) {
    throw new ConfigError(name, 'a number from 0 to 1 (e.g. 0.5)', raw);
  }
  return value;
}

function readChoice<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = readString(env, name, fallback);
  const found = allowed.find((choice) => choice === raw);
  if (found === undefined) {
    throw new ConfigError(name, `one of ${allowed.join(', ')}`, raw);
  }
  return found;
}

/** Reads and validates the configuration; throws `ConfigError` on the first bad value. */
export function loadConfig(env: Env = process.env): AppConfig {
  return {
    port: readInteger(env, 'PORT', 3978, 0, 65535),
    host: readString(env, 'HOST', '127.0.0.1'),
    microsoftAppId: readString(env, 'MicrosoftAppId', ''),
    knowledgeDir: path.resolve(projectRoot, readString(env, 'KNOWLEDGE_DIR', 'knowledge')),
    matchThreshold: readFraction(env, 'MATCH_THRESHOLD', 0.3),
    ambiguityMargin: readFraction(env, 'MATCH_AMBIGUITY_MARGIN', 0.05),
    maxInputChars: readInteger(env, 'MAX_INPUT_CHARS', 4000, 100, 100000),
    logLevel: readChoice(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
    transcriptDir: path.resolve(projectRoot, readString(env, 'TRANSCRIPT_DIR', 'data/transcripts')),
    feedbackDir: path.resolve(projectRoot, readString(env, 'FEEDBACK_DIR', 'data/feedback')),
    handoffQueueTimeoutSeconds: readInteger(env, 'HANDOFF_QUEUE_TIMEOUT_SECONDS', 900, 1, 86400),
    teamsAgentsServiceUrl: readString(env, 'TEAMS_AGENTS_SERVICE_URL', ''),
    teamsAgentsConversationId: readString(env, 'TEAMS_AGENTS_CONVERSATION_ID', ''),
    teamsAgentsTenantId: readString(env, 'TEAMS_AGENTS_TENANT_ID', ''),
  };
}

/**
 * Loads `.env` from the project root into `process.env` when the file exists. Variables already set in the
 * environment win, as with dotenv.
 */
export function loadDotEnv(file = path.join(projectRoot, '.env')): void {
  try {
    process.loadEnvFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
}
