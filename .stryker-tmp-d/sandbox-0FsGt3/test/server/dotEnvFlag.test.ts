/**
 * The entry point reads the `.env` file its command line names, or none (issue #21: a developer's `.env` made
 * the scale-out test fail with 401). Tests start the bot with `--no-dotenv`.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, dotEnvFileFromArgs } from '../../src/config';
import { projectRoot } from '../../src/paths';
import { makeTempDir, removeDir } from '../support/tempDir';

async function runEntry(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist', 'src', 'index.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('listening on')) {
      child.kill('SIGTERM');
    }
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 15000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(killer);
  return { code, stderr };
}

describe('which .env the entry point reads', function () {
  this.timeout(30000);

  it('the project .env by default, another with --dotenv=<file>, none with --no-dotenv; anything else is refused', () => {
    assert.equal(dotEnvFileFromArgs([]), path.join(projectRoot, '.env'));
    assert.equal(dotEnvFileFromArgs(['--no-dotenv']), undefined);
    assert.equal(dotEnvFileFromArgs(['--dotenv=conf/test.env']), path.resolve('conf/test.env'));
    assert.throws(() => dotEnvFileFromArgs(['--dotenv=']), ConfigError);
    assert.throws(() => dotEnvFileFromArgs(['--port=1']), /Invalid configuration: the command line must be --dotenv=<file> or --no-dotenv/);
  });

  it('the real entry point applies the file --dotenv names, and starts on defaults with --no-dotenv', async () => {
    const dir = makeTempDir('dotenv');
    try {
      const file = path.join(dir, 'bad.env');
      writeFileSync(file, 'MATCH_THRESHOLD=7\n');
      const withFile = await runEntry([`--dotenv=${file}`]);
      assert.equal(withFile.code, 1);
      assert.match(withFile.stderr, /Invalid configuration: MATCH_THRESHOLD/);
      const without = await runEntry(['--no-dotenv']);
      assert.equal(without.code, 0, without.stderr);
    } finally {
      removeDir(dir);
    }
  });
});
