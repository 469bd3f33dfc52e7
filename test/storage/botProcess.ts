/**
 * Runs the real entry point (`node dist/src/index.js`) as a child process on a free loopback port and talks to
 * it over HTTP with `deliveryMode: 'expectReplies'`. Callers must `stop()` every process in an `after` hook.
 * The process reads no `.env` (`--no-dotenv`) and writes its files into a temporary folder removed on stop.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { projectRoot } from '../../src/paths';
import { makeTempDir, removeDir } from '../support/tempDir';

export interface BotProcess {
  url: string;
  output(): string;
  /** Sends one activity and returns the replies of the turn (typing left out). */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** SIGKILL: a crash, not a graceful stop. */
  kill(): Promise<void>;
  stop(): Promise<void>;
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
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', TRANSCRIPT_DIR: path.join(dir, 'transcripts'), FEEDBACK_DIR: path.join(dir, 'feedback'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bot did not start: ${output}`)), 15000);
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
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
    return {
      url,
      output: () => output,
      async send(activity) {
        const response = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
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
    };
  } catch (error) {
    await stopChild(child, 'SIGKILL');
    removeDir(dir);
    throw error;
  }
}
