/**
 * Docker is not available on the CI machine (no engine), so the Dockerfile is checked as text for the rules of
 * issue #7 item 4; README.md says how to build it where Docker exists.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { startCommandFlags } from '../../scripts/lib/startFlags';

describe('Dockerfile', () => {
  const text = fs.readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8');
  const stages = text.split(/^FROM /m).slice(1);
  const runtime = stages.at(-1) ?? '';

  it('is multi-stage on Node 20 slim: the build compiles with dev dependencies, the runtime keeps production ones only', () => {
    assert.ok(stages.length >= 2);
    for (const stage of stages) {
      assert.match(stage, /^node:20[\w.-]*-slim\b/);
    }
    assert.match(stages[0], /npm ci/);
    assert.match(stages[0], /tsc/);
    assert.match(stages[0], /node dist\/scripts\/buildModel\.js/, 'the build stage writes the prebuilt model artifact');
    assert.match(stages[0], /npm prune --omit=dev/);
    assert.doesNotMatch(runtime, /npm (ci|install)(?![^\n]*--omit=dev)/, 'no dev install in the runtime');
  });

  it('runs as a non-root user, listens on 0.0.0.0 and health-checks /healthz', () => {
    const user = /^USER (\S+)/m.exec(runtime)?.[1];
    assert.ok(user !== undefined && user !== 'root' && user !== '0');
    assert.match(runtime, /HOST=0\.0\.0\.0/);
    assert.match(runtime, /HEALTHCHECK[\s\S]*\/healthz/);
    const cmd = JSON.stringify(['node', ...startCommandFlags(), 'dist/src/index.js']).replace(/,/g, ', ');
    assert.ok(runtime.includes(`CMD ${cmd}`), `the runtime starts like npm start: CMD ${cmd}`);
  });

  it('copies everything the bot reads at run time', () => {
    for (const needed of ['package.json', 'node_modules', 'dist/src', 'dist/dialogs', 'dist/model', 'knowledge']) {
      assert.match(runtime, new RegExp(`COPY .*${needed.replace('/', '\\/')}`), needed);
    }
  });

  it('.dockerignore keeps .env, node_modules and git out of the build context', () => {
    const ignore = fs.readFileSync(path.join(projectRoot, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['.env', 'node_modules', '.git']) {
      assert.ok(ignore.includes(entry), entry);
    }
  });
});
