/** The start-up line of the bot and the reference servers: "… listening on http://127.0.0.1:<port>". */
// @ts-nocheck

export const LISTENING_LINE = /listening on (http:\/\/[0-9.]+:\d+)/;

/** Starts a server script as a child process and waits for its "listening on <url>" line. */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { startCommandFlags } from '../scripts/lib/startFlags';

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the listening line. */
  startMs: number;
  stop(): Promise<void>;
}

/** Starts `script` with the same Node flags as `npm start` (scripts/lib/startFlags.ts), plus `extraFlags`. */
export async function startChildServer(script: string, env: Record<string, string> = {}, extraFlags: readonly string[] = []): Promise<ChildServer> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...startCommandFlags(), ...extraFlags, script], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 20 s`)), 20000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING_LINE.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${String(code)} before listening`)));
  });
  const startMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    url,
    child,
    startMs,
    stop: async () => {
      if (child.exitCode !== null) {
        return;
      }
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resident set size of a process in MB, read from /proc (Linux). */
export function rssMb(pid: number | undefined): number {
  if (pid === undefined) {
    return Number.NaN;
  }
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/**
 * CPU time (user + system, all threads) the process has used so far, in ms, from /proc (Linux). Divided by the
 * turns served, it is the cost of a turn; unlike turns/s it hardly moves when the load generator competes for the
 * same two cores.
 */
export function cpuMs(pid: number | undefined): number {
  if (pid === undefined) {
    return Number.NaN;
  }
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ", utime and stime are the 12th and 13th fields, in clock ticks (100 per second here).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
