// @ts-nocheck
import assert from 'node:assert/strict';
import { LISTENING_LINE } from '../../bench/childServer';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

const entry = path.join(projectRoot, 'dist', 'src', 'index.js');

/** Runs the real entry point and collects its output until it exits or prints the listening line. */
async function run(env: Record<string, string>, untilListening: boolean): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [entry, '--no-dotenv'], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (untilListening && stdout.includes('listening on')) {
      child.kill('SIGTERM');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

describe('start-up (the real entry point in a child process)', () => {
  it('starts on embedded defaults and stops cleanly on SIGTERM', async () => {
    const result = await run({ PORT: '0' }, true);
    assert.match(result.stdout, /CPK support bot listening on http:\/\/127\.0\.0\.1:\d+ \(web chat http:\/\/127\.0\.0\.1:\d+\/ /);
    // The bench starts the bot and reads its URL from this line.
    assert.match(LISTENING_LINE.exec(result.stdout)?.[1] ?? '', /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(result.code, 0);
  });

  it('stops with one clear line when a configuration value is bad', async () => {
    const result = await run({ PORT: 'abc' }, false);
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim().split('\n').filter((line) => !line.includes('DeprecationWarning') && !line.includes('trace-deprecation')).length, 1);
    assert.match(result.stderr, /Invalid configuration: PORT must be a whole number/);
  });

  it('stops naming the file when the knowledge folder is broken', async () => {
    const result = await run({ PORT: '0', KNOWLEDGE_DIR: '/nonexistent-knowledge' }, false);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /nonexistent-knowledge\/intents: \(folder\) cannot be read/);
  });
});
