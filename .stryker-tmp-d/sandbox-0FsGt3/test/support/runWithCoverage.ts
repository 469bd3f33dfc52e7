/**
 * `npm test`'s last step: mocha under c8, with the coverage summary printed after the test report (issue #16
 * item 6). c8 collects Node's own V8 coverage from mocha and from every child that inherits the environment (the
 * bots the tests start), so no instrumented build is needed; `.c8rc.json` says what is counted and how it prints.
 * Its raw data (one JSON file per process) goes to a fresh folder outside the project, apart from the run's own
 * temporary folder that test/support/hermeticRun.ts checks, and is removed afterwards, whatever the outcome.
 * Arguments are passed on to mocha.
 */
// @ts-nocheck

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

const rawCoverage = mkdtempSync(path.join(os.tmpdir(), 'cpk-coverage-'));
const c8 = path.join(projectRoot, 'node_modules', 'c8', 'bin', 'c8.js');
// mocha by its path, on this Node: looked up on PATH it is missing outside npm scripts, and c8 then exits 0.
const mocha = path.join(projectRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
const args = [c8, `--temp-directory=${rawCoverage}`, process.execPath, mocha, ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: 'inherit' });

// Ctrl+C reaches mocha too (same process group): wait for it to stop, then clean up.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  rmSync(rawCoverage, { recursive: true, force: true });
  process.stderr.write(`cannot run c8: ${error.message}\n`);
  process.exitCode = 1;
});
child.on('exit', (code, signal) => {
  rmSync(rawCoverage, { recursive: true, force: true });
  process.exitCode = code ?? (signal === null ? 1 : 128 + os.constants.signals[signal]);
});
