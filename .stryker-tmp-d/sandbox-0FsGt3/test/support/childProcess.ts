/**
 * Helpers for child processes the tests start: a free loopback port, waiting for a line of output with a time
 * bound, and a stop that escalates from SIGTERM to SIGKILL so no process outlives the suite.
 */
// @ts-nocheck

import { type ChildProcess } from 'node:child_process';
import net from 'node:net';

/** A port that was free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when the child prints `pattern`; rejects on exit or after `timeoutMs`. */
export async function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  let seen = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`timed out waiting for ${String(pattern)}; output: ${seen.slice(-500)}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString();
      if (pattern.test(seen)) {
        finish();
      }
    };
    const onExit = (code: number | null): void => finish(new Error(`exited with ${String(code)} before ready; output: ${seen.slice(-500)}`));
    function finish(error?: Error): void {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error === undefined) {
        resolve();
      } else {
        reject(error);
      }
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Stops the child: SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
export async function stopChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
