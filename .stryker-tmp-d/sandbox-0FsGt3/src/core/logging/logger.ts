/**
 * A small structured logger: one JSON object per line on stderr, every message and field passed through
 * `redactSecrets` first so a key or SAS signature can never reach a log (issue #4 item 6, issue #6 item 5).
 */
// @ts-nocheck

import { redactSecrets } from '../redaction/redact';

/** How much the logger writes; chosen by LOG_LEVEL at start. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Where log lines go; tests pass an array collector. */
export type LogSink = (line: string) => void;

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, inner: unknown) =>
      inner instanceof Error ? { name: inner.name, message: inner.message, stack: inner.stack } : inner,
    );
  } catch {
    return JSON.stringify({ unserializable: true });
  }
}

/** Creates a logger that drops lines below `level`. */
export function createLogger(level: LogLevel, sink: LogSink = (line) => process.stderr.write(`${line}\n`)): Logger {
  const write = (lineLevel: LogLevel, message: string, fields: LogFields = {}): void => {
    if (ORDER[lineLevel] < ORDER[level]) {
      return;
    }
    const record = { time: new Date().toISOString(), level: lineLevel, message, ...fields };
    sink(redactSecrets(safeJson(record)));
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

/** A logger that writes nothing (tests that do not look at logs). */
export const silentLogger: Logger = createLogger('error', () => undefined);
