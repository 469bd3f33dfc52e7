// @ts-nocheck
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../../src/paths';

const run = promisify(execFile);

describe('@azure/storage-blob is loaded lazily', () => {
  it('building the bot with its check dialogs does not load the SDK', async function () {
    this.timeout(20000);
    const script = [
      `const { createBot } = require(${JSON.stringify(path.join(projectRoot, 'dist/src/createBot.js'))});`,
      `const { loadConfig } = require(${JSON.stringify(path.join(projectRoot, 'dist/src/config.js'))});`,
      `const { loadKnowledge } = require(${JSON.stringify(path.join(projectRoot, 'dist/src/core/knowledge/loadKnowledge.js'))});`,
      `const { createLogger } = require(${JSON.stringify(path.join(projectRoot, 'dist/src/core/logging/logger.js'))});`,
      'const config = loadConfig({});',
      'createBot(config, loadKnowledge(config.knowledgeDir), createLogger("error", () => undefined));',
      'process.stdout.write(String(Object.keys(require.cache).some((file) => file.includes("storage-blob"))));',
    ].join('\n');
    const { stdout } = await run(process.execPath, ['-e', script], { timeout: 15000 });
    assert.equal(stdout, 'false');
  });
});
