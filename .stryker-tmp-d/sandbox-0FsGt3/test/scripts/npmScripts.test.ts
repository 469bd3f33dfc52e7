/**
 * npm scripts with one build assumption (issue #16 item 6): every script that runs compiled code builds first, in
 * the same script, so each works on a fresh clone after `npm ci`; no `pre`/`post` hook runs hidden steps.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

const scripts = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('npm scripts: one build assumption', () => {
  it('has no pre or post hooks', () => {
    assert.deepEqual(Object.keys(scripts).filter((name) => /^(pre|post)/.test(name)), []);
  });

  it('builds first in every script that runs compiled code', () => {
    const running = Object.entries(scripts).filter(([name, command]) => name !== 'build' && /\bdist\//.test(command));
    assert.ok(running.length >= 8, running.map(([name]) => name).join(', '));
    for (const [name, command] of running) {
      assert.match(command, /^npm run (--silent )?build && /, `${name}: ${command}`);
    }
  });

  it('starts the bot as the script process itself (exec), so a signal to npm reaches the bot', () => {
    assert.match(scripts.start ?? '', / && exec node .* dist\/src\/index\.js$/);
  });
});
