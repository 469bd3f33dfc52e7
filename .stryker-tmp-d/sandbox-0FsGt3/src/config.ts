/**
 * Configuration read from the environment (and an optional `.env` file), validated once at start-up.
 * Every variable has an embedded default so `npm start` works with no Azure account; a bad value stops the
 * bot with one line naming the variable and what is allowed (issue #2, item 4).
 */
// @ts-nocheck

import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths';
import { CLOSED_CLOUD_SUFFIX } from './core/checks/blob/endpointPolicy';
import { LOG_LEVELS, type LogLevel } from './core/logging/logger';

export interface AppConfig {
  /** TCP port of the HTTP server. */
  port: number;
  /** Interface to bind; loopback by default so a laptop run is not exposed. */
  host: string;
  /**
   * With auth off, a non-loopback HOST is refused unless this is true (issue #15): anyone who can reach an
   * unauthenticated bot can drive it. Setting it also lifts the loopback Host-header check.
   */
  allowUnauthenticatedRemote: boolean;
  /** Bot Framework app id; empty means auth off (Emulator, local clients). */
  microsoftAppId: string;
  /**
   * The bot identity's kind (botbuilder reads it as `MicrosoftAppType`): required with an app id, because botbuilder
   * takes an empty one for MultiTenant, which Azure stopped creating after 31 July 2025 (issue #20).
   */
  microsoftAppType: BotIdentityKind | '';
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
  /**
   * The local Direct Line bridge for the web chat page (issue #5). On by default only while auth is off; it can
   * never be on with `MicrosoftAppId` set, because its requests to the bot are unsigned.
   */
  localDirectLine: boolean;
  /** Azure Direct Line secret; when set, the page gets tokens exchanged for it. Never sent to the browser. */
  directLineSecret: string;
  /** Direct Line service base URL (token exchange and the page's connection); regional endpoints differ. */
  directLineEndpoint: string;
  /** Origins sent as `trustedOrigins` when a token is generated, and the only origins allowed to ask for one. */
  directLineTrustedOrigins: string[];
  /**
   * Azure Storage connection string for shared state and transcripts (issue #7). Empty = embedded stores.
   * A secret: never logged.
   */
  storageConnectionString: string;
  /** Blob service URL (https://<account>.blob.core.windows.net) used with managed identity instead of a key. */
  storageAccountUrl: string;
  /** Blob container for conversation state. */
  stateContainer: string;
  /** Blob container for transcripts. */
  transcriptContainer: string;
  /** Blob container for feedback records (append blobs) when Blob storage is configured (issue #20). */
  feedbackContainer: string;
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
  /**
   * Bearer key of the agent desk (`/agent`, `/api/agent/*`, issue #19). A secret: never logged. At least 32
   * characters, else the desk is off; empty with auth off = a key generated at start (see agentRoutes.ts).
   */
  agentDeskKey: string;
  /** Time limit (ms) of each live-check request and of a whole key inventory (issue #4). */
  checkTimeoutMs: number;
  /** Blob host suffixes the live checks accept besides the built-in clouds (e.g. `.blob.core.sovcloud-api.fr`). */
  checkExtraBlobHostSuffixes: string[];
  /** `https://host:port` of a local storage emulator the live checks may call; empty = not allowed. */
  checkEmulatorEndpoint: string;
  /** Most blobs a key inventory lists before it stops and reports a partial result. */
  checkInventoryMaxBlobs: number;
  /**
   * PEM text of the emulator's certificate (read from CHECK_EMULATOR_CA_FILE at start), trusted only for
   * `checkEmulatorEndpoint`; empty = system roots. Read here so the check dialogs never touch the file system.
   */
  checkEmulatorCaPem: string;
  /** Blobs per listing request of the key inventory; a progress message follows each page. */
  checkInventoryPageSize: number;
  /**
   * Client-side deadline (ms) of each state read, write or delete, retries included, and of the /readyz probe
   * (issue #18): a partitioned storage account costs a turn seconds, not minutes.
   */
  storageTimeoutMs: number;
  /** Client-side deadline (ms) of each transcript write; past it the entry goes to the local spool (issue #18). */
  transcriptTimeoutMs: number;
  /** Folder of the bounded on-disk spool that holds transcript entries while the transcript store is down. */
  transcriptSpoolDir: string;
  /** Most bytes the spool may hold; entries beyond it are dropped and logged (the disk must not fill up). */
  transcriptSpoolMaxBytes: number;
  /** Client-side deadline (ms) of each Bot Connector call (replies, typing, proactive messages) (issue #18). */
  connectorTimeoutMs: number;
  /** Client-side deadline (ms) of the Direct Line token exchange and of the Bot Framework OpenID metadata fetch. */
  authTimeoutMs: number;
  /** On SIGTERM/SIGINT, how long (ms) in-flight turns may take to finish before the process ends anyway. */
  shutdownTimeoutMs: number;
}

export type BotIdentityKind = 'UserAssignedMSI' | 'SingleTenant';
const BOT_IDENTITY_KINDS: readonly BotIdentityKind[] = ['UserAssignedMSI', 'SingleTenant'];

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
/** Reads the emulator's PEM certificate; a missing or non-PEM file stops start-up with one clear line. */
function readCaPem(file: string): string {
  if (file === '') {
    return '';
  }
  let pem = '';
  try {
    pem = fs.readFileSync(path.resolve(projectRoot, file), 'utf8');
  } catch {
    pem = '';
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new ConfigError('CHECK_EMULATOR_CA_FILE', 'a readable PEM certificate file', file);
  }
  return pem;
}

export function loadConfig(env: Env = process.env): AppConfig {
  return {
    port: readInteger(env, 'PORT', 3978, 0, 65535),
    host: readString(env, 'HOST', '127.0.0.1'),
    allowUnauthenticatedRemote: readChoice(env, 'ALLOW_UNAUTHENTICATED_REMOTE', 'false', ['true', 'false'] as const) === 'true',
    microsoftAppId: readString(env, 'MicrosoftAppId', ''),
    microsoftAppType: readBotIdentityKind(env),
    knowledgeDir: path.resolve(projectRoot, readString(env, 'KNOWLEDGE_DIR', 'knowledge')),
    matchThreshold: readFraction(env, 'MATCH_THRESHOLD', 0.3),
    ambiguityMargin: readFraction(env, 'MATCH_AMBIGUITY_MARGIN', 0.05),
    maxInputChars: readInteger(env, 'MAX_INPUT_CHARS', 4000, 100, 100000),
    logLevel: readChoice(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
    localDirectLine: readLocalDirectLine(env),
    directLineSecret: readString(env, 'DIRECT_LINE_SECRET', ''),
    directLineEndpoint: readHttpUrl(env, 'DIRECT_LINE_ENDPOINT', 'https://directline.botframework.com'),
    directLineTrustedOrigins: readOrigins(env, 'DIRECT_LINE_TRUSTED_ORIGINS'),
    ...readStorageSettings(env),
    transcriptDir: path.resolve(projectRoot, readString(env, 'TRANSCRIPT_DIR', 'data/transcripts')),
    feedbackDir: path.resolve(projectRoot, readString(env, 'FEEDBACK_DIR', 'data/feedback')),
    handoffQueueTimeoutSeconds: readInteger(env, 'HANDOFF_QUEUE_TIMEOUT_SECONDS', 900, 1, 86400),
    teamsAgentsServiceUrl: readString(env, 'TEAMS_AGENTS_SERVICE_URL', ''),
    teamsAgentsConversationId: readString(env, 'TEAMS_AGENTS_CONVERSATION_ID', ''),
    teamsAgentsTenantId: readString(env, 'TEAMS_AGENTS_TENANT_ID', ''),
    agentDeskKey: readString(env, 'AGENT_DESK_KEY', ''),
    checkTimeoutMs: readInteger(env, 'CHECK_TIMEOUT_MS', 15000, 1000, 120000),
    checkExtraBlobHostSuffixes: readHostSuffixes(env, 'CHECK_EXTRA_BLOB_HOSTS'),
    checkEmulatorEndpoint: readHttpsOrigin(env, 'CHECK_EMULATOR_ENDPOINT'),
    checkInventoryMaxBlobs: readInteger(env, 'CHECK_INVENTORY_MAX_BLOBS', 5000, 1, 100000),
    checkEmulatorCaPem: readCaPem(readString(env, 'CHECK_EMULATOR_CA_FILE', '')),
    checkInventoryPageSize: readInteger(env, 'CHECK_INVENTORY_PAGE_SIZE', 1000, 10, 5000),
    storageTimeoutMs: readInteger(env, 'STORAGE_TIMEOUT_MS', 3000, 100, 60000),
    transcriptTimeoutMs: readInteger(env, 'TRANSCRIPT_TIMEOUT_MS', 2000, 100, 60000),
    transcriptSpoolDir: path.resolve(projectRoot, readString(env, 'TRANSCRIPT_SPOOL_DIR', 'data/transcript-spool')),
    transcriptSpoolMaxBytes: readInteger(env, 'TRANSCRIPT_SPOOL_MAX_BYTES', 50 * 1024 * 1024, 1024, 10 * 1024 * 1024 * 1024),
    connectorTimeoutMs: readInteger(env, 'CONNECTOR_TIMEOUT_MS', 5000, 100, 60000),
    authTimeoutMs: readInteger(env, 'AUTH_TIMEOUT_MS', 10000, 100, 60000),
    shutdownTimeoutMs: readInteger(env, 'SHUTDOWN_TIMEOUT_MS', 10000, 0, 120000),
  };
}

/** Container names: 3-63 lowercase letters, digits and single hyphens (Azure naming rules). */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

function readContainer(env: Env, name: string, fallback: string): string {
  const value = readString(env, name, fallback);
  if (!CONTAINER_NAME.test(value)) {
    throw new ConfigError(name, '3-63 lowercase letters, digits and single hyphens', value);
  }
  return value;
}

/**
 * Storage settings (issue #7): a connection string OR an account URL for managed identity, never both, so it
 * is always clear which credential the bot uses.
 */
function readStorageSettings(
  env: Env,
): Pick<AppConfig, 'storageConnectionString' | 'storageAccountUrl' | 'stateContainer' | 'transcriptContainer' | 'feedbackContainer'> {
  const storageConnectionString = readString(env, 'STORAGE_CONNECTION_STRING', '');
  const storageAccountUrl = readString(env, 'STORAGE_ACCOUNT_URL', '');
  if (storageConnectionString !== '' && !/(^|;)\s*(AccountName|BlobEndpoint|UseDevelopmentStorage)\s*=/i.test(storageConnectionString)) {
    throw new ConfigError('STORAGE_CONNECTION_STRING', 'an Azure Storage connection string (AccountName=...;AccountKey=... or BlobEndpoint=...)', storageConnectionString);
  }
  if (storageAccountUrl !== '') {
    if (storageConnectionString !== '') {
      throw new ConfigError('STORAGE_ACCOUNT_URL', 'empty when STORAGE_CONNECTION_STRING is set (use one of them)', storageAccountUrl);
    }
    if (!/^https:\/\/[^/?#\s]+\/?$/.test(storageAccountUrl)) {
      throw new ConfigError('STORAGE_ACCOUNT_URL', 'an https blob service URL such as https://<account>.blob.core.windows.net', storageAccountUrl);
    }
  }
  return {
    storageConnectionString,
    storageAccountUrl: storageAccountUrl.replace(/\/$/, ''),
    stateContainer: readContainer(env, 'STATE_CONTAINER', 'bot-state'),
    transcriptContainer: readContainer(env, 'TRANSCRIPT_CONTAINER', 'bot-transcripts'),
    feedbackContainer: readContainer(env, 'FEEDBACK_CONTAINER', 'bot-feedback'),
  };
}

/**
 * `MicrosoftAppType`: UserAssignedMSI or SingleTenant, with a tenant, whenever an app id is set (auth on);
 * MultiTenant is refused always, and so is an empty type with an app id (botbuilder would take it for MultiTenant).
 */
function readBotIdentityKind(env: Env): BotIdentityKind | '' {
  const raw = readString(env, 'MicrosoftAppType', '');
  const authOn = readString(env, 'MicrosoftAppId', '') !== '';
  const allowed = 'UserAssignedMSI or SingleTenant (Azure stopped creating MultiTenant bots after 31 July 2025)';
  const kind = BOT_IDENTITY_KINDS.find((choice) => choice === raw);
  if (kind === undefined && (raw !== '' || authOn)) {
    throw new ConfigError('MicrosoftAppType', `${allowed}${authOn ? ' when MicrosoftAppId is set' : ''}`, raw);
  }
  if (authOn && readString(env, 'MicrosoftAppTenantId', '') === '') {
    throw new ConfigError('MicrosoftAppTenantId', `the bot's Entra tenant id with MicrosoftAppType ${String(kind)}`, '');
  }
  return kind ?? '';
}

/** `auto` (default) = on while auth is off; `true` is refused when auth is on (issue #5: never in production). */
function readLocalDirectLine(env: Env): boolean {
  const choice = readChoice(env, 'LOCAL_DIRECT_LINE', 'auto', ['auto', 'true', 'false'] as const);
  const authOn = readString(env, 'MicrosoftAppId', '') !== '';
  if (choice === 'true' && authOn) {
    throw new ConfigError('LOCAL_DIRECT_LINE', 'auto or false while MicrosoftAppId is set (the local bridge is for auth-off use only)', choice);
  }
  return choice === 'true' || (choice === 'auto' && !authOn);
}

function readHttpUrl(env: Env, name: string, fallback: string): string {
  const raw = readString(env, name, fallback);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'an http(s) URL', raw);
  }
  // The Direct Line secret travels to this URL: plain http only to loopback (local stand-ins in tests).
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new ConfigError(name, 'an https URL (http only for loopback)', raw);
  }
  return raw.replace(/\/+$/, '');
}

function readOrigins(env: Env, name: string): string[] {
  const raw = readString(env, name, '');
  const origins = raw === '' ? [] : raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || parsed.origin !== origin) {
      throw new ConfigError(name, 'a comma-separated list of origins such as https://support.contoso.com', raw);
    }
  }
  return origins;
}

/**
 * A comma-separated list of host suffixes such as `.blob.core.sovcloud-api.fr` (at least three DNS labels each).
 * Azure Germany's suffix is refused: that cloud closed on 2021-10-29 (cpk-facts §12b).
 */
function readHostSuffixes(env: Env, name: string): string[] {
  const raw = readString(env, name, '');
  const suffixes = raw === '' ? [] : raw.split(',').map((item) => item.trim().toLowerCase());
  if (suffixes.some((suffix) => !/^(\.[a-z0-9-]+){3,}$/.test(suffix))) {
    throw new ConfigError(name, 'a comma-separated list of host suffixes like .blob.core.sovcloud-api.fr', raw);
  }
  if (suffixes.includes(CLOSED_CLOUD_SUFFIX)) {
    throw new ConfigError(name, 'no Azure Germany suffix: that cloud closed on 2021-10-29', raw);
  }
  return suffixes;
}

/** Empty, or an `https://host[:port]` origin with nothing after it. */
function readHttpsOrigin(env: Env, name: string): string {
  const raw = readString(env, name, '');
  if (raw === '') {
    return '';
  }
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (url === undefined || url.protocol !== 'https:' || url.origin !== raw.replace(/\/$/, '')) {
    throw new ConfigError(name, 'empty or an https origin like https://127.0.0.1:10443', raw);
  }
  return url.origin;
}

/**
 * Which `.env` file the entry point reads, from its command-line arguments: the project's `.env` by default,
 * `--dotenv=<path>` another one, `--no-dotenv` none. Tests start the bot with `--no-dotenv`, so a developer's
 * local `.env` cannot change what they test (issue #21).
 */
export function dotEnvFileFromArgs(args: readonly string[]): string | undefined {
  let file: string | undefined = path.join(projectRoot, '.env');
  for (const arg of args) {
    if (arg === '--no-dotenv') {
      file = undefined;
    } else if (arg.startsWith('--dotenv=') && arg.length > '--dotenv='.length) {
      file = path.resolve(arg.slice('--dotenv='.length));
    } else {
      throw new ConfigError('the command line', '--dotenv=<file> or --no-dotenv', arg);
    }
  }
  return file;
}

/**
 * Loads a `.env` file (the project root's by default) into `process.env` when the file exists. Variables already
 * set in the environment win, as with dotenv.
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
