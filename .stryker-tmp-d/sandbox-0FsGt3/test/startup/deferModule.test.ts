// @ts-nocheck
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deferModule } from '../../src/startup/deferModule';
import { makeTempDir, removeDir } from '../support/tempDir';

/** Counts how often the fixture's heavy module really loaded (it bumps this when it runs). */
interface LoadCounter {
  cpkDeferLoads?: number;
}
const counter = globalThis as LoadCounter;
/** Node's own loader, as the requiring code would call it. */
const load = createRequire(__filename);

describe('deferModule (start-up: modules the stack requires but never calls)', () => {
  let dir: string;
  let requirer: string;

  beforeEach(() => {
    counter.cpkDeferLoads = 0;
    dir = makeTempDir('defer');
    writeFileSync(path.join(dir, 'heavy.js'), 'globalThis.cpkDeferLoads += 1;\nexports.value = 42;\nexports.greet = (name) => `hello ${name}`;\n');
    // Like restify's server: requires at load time, reads a property only when called.
    writeFileSync(path.join(dir, 'requirer.js'), "const heavy = require('./heavy');\nexports.use = () => heavy.greet('cpk');\nexports.heavy = heavy;\n");
    requirer = path.join(dir, 'requirer.js');
  });

  afterEach(() => removeDir(dir));

  it('lets the requirer load without the module, and loads it once on first use with the same behaviour', () => {
    assert.equal(deferModule(requirer, './heavy'), 'deferred');
    const loaded = load(requirer) as { use(): string; heavy: { value: number } };
    assert.equal(counter.cpkDeferLoads, 0, 'requiring the requirer did not run the deferred module');
    assert.equal(loaded.use(), 'hello cpk');
    assert.equal(loaded.heavy.value, 42);
    assert.equal(counter.cpkDeferLoads, 1, 'loaded exactly once, on first use');
    const direct = load(path.join(dir, 'heavy.js')) as { value: number };
    assert.equal(direct.value, 42);
    assert.equal(counter.cpkDeferLoads, 1, 'a later require gets the real module from the cache');
  });

  it('still works for code that copies the exports (spread, keys, `in`)', () => {
    deferModule(requirer, './heavy');
    const { heavy } = load(requirer) as { heavy: Record<string, unknown> };
    assert.deepEqual(Object.keys(heavy).sort(), ['greet', 'value']);
    assert.equal('greet' in heavy, true);
    const copy = { ...heavy } as { greet(name: string): string };
    assert.equal(copy.greet('x'), 'hello x');
  });

  it('leaves a module that is already loaded alone', () => {
    const real = load(path.join(dir, 'heavy.js')) as { value: number };
    assert.equal(deferModule(requirer, './heavy'), 'already-loaded');
    assert.equal(load(path.join(dir, 'heavy.js')), real);
    assert.equal(counter.cpkDeferLoads, 1);
  });
});
