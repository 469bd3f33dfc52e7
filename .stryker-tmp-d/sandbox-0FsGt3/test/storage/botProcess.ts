/**
 * Runs the real entry point (`node dist/src/index.js`) as a child process on a free loopback port and talks to
 * it over HTTP with `deliveryMode: 'expectReplies'`. Callers must `stop()` every process in an `after` hook.
 * The process reads no `.env` (`--no-dotenv`) and writes its files into a temporary folder removed on stop.
 */
// @ts-nocheck

import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { projectRoot } from '../../src/paths';
import { makeTempDir, removeDir } from '../support/tempDir';

export interface BotProcess {
  url: string;
  pid: number;
  output(): string;
  /**
   * Sends one activity and returns the replies of the turn (typing left out). `withinMs` bounds the wait
   * (issue #18: an answer within the deadline is part of the contract); past it the request is aborted.
   */
  send(activity: Partial<Activity>, withinMs?: number): Promise<Partial<Activity>[]>;
  /** SIGKILL: a crash, not a graceful stop. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  /** Sends a signal and returns at once. */
  signal(signal: NodeJS.Signals): void;
  /** How the process ended; rejects if it still runs after `withinMs`. */
  exited(withinMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const dir = makeTempDir('bot-process');
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist', 'src', 'index.js'), '--no-dotenv'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', TRANSCRIPT_DIR: path.join(dir, 'transcripts'), FEEDBACK_DIR: path.join(dir, 'feedback'), TRANSCRIPT_SPOOL_DIR: path.join(dir, 'spool'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bot did not start: ${output}`)), 15000);
      const onData = (): void => {
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match !== null) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`bot exited with ${String(code)}: ${output}`));
      });
    });
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve({ code: child.exitCode, signal: child.signalCode });
      }
      child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    return {
      url,
      pid: child.pid ?? 0,
      output: () => output,
      async send(activity, withinMs = 30000) {
        const response = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
          signal: AbortSignal.timeout(withinMs),
        });
        if (response.status !== 200) {
          throw new Error(`HTTP ${response.status} from ${url}`);
        }
        const body = (await response.json()) as { activities?: Partial<Activity>[] };
        return (body.activities ?? []).filter((reply) => reply.type !== 'typing');
      },
      kill: async () => {
        await stopChild(child, 'SIGKILL');
        removeDir(dir);
      },
      stop: async () => {
        await stopChild(child, 'SIGTERM');
        removeDir(dir);
      },
      signal: (signal) => {
        child.kill(signal);
      },
      async exited(withinMs) {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`the bot process still runs after ${withinMs} ms`)), withinMs);
        });
        try {
          const code = await Promise.race([exit, late]);
          removeDir(dir);
          return code;
        } finally {
          clearTimeout(timer);
        }
      },
    };
  } catch (error) {
    await stopChild(child, 'SIGKILL');
    removeDir(dir);
    throw error;
  }
}
