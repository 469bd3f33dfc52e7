/**
 * `node dist/scripts/cli/mutation.js ci|changed` (issue #21): the mutation run for CI.
 * - `ci`: every named file of stryker.config.json, without the static mutants (each restarts a worker and runs
 *   every listed test: most of the full run's time), failing under `MUTATION_BREAK` (default below).
 * - `changed`: only the named files changed against `MUTATION_BASE` (default `origin/main`, else `HEAD~1`), with
 *   static mutants; nothing to do (exit 0) when none changed.
 * It writes a derived config to a temporary folder and runs Stryker with it; `npm run test:mutation` stays the full
 * manual run. Stryker's own deadline for the whole run: `MUTATION_DEADLINE_MINUTES` (default 80, under CI's 90).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { changedFiles, changedTargets, mutationBase, refExists } from '../lib/mutationTargets';

/** A few points under the score measured for the run without static mutants (docs/mutation-testing.md). */
const DEFAULT_BREAK = 82;
const DEFAULT_DEADLINE_MINUTES = 80;

interface StrykerConfig {
  mutate: string[];
  thresholds?: Record<string, number | null>;
  [option: string]: unknown;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function main(mode: string | undefined): number {
  const configFile = path.join(projectRoot, 'stryker.config.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as StrykerConfig;
  const breakAt = Number(process.env.MUTATION_BREAK ?? DEFAULT_BREAK);
  let mutate = config.mutate;
  let ignoreStatic = true;
  if (mode === 'changed') {
    const base = mutationBase(process.env.MUTATION_BASE, (ref) => refExists(projectRoot, ref));
    mutate = changedTargets(config.mutate, changedFiles(projectRoot, base));
    ignoreStatic = false;
    if (mutate.length === 0) {
      say(`mutation: no named file changed against ${base}; nothing to mutate`);
      return 0;
    }
    say(`mutation: ${mutate.length} named file(s) changed against ${base}: ${mutate.join(', ')}`);
  } else if (mode !== 'ci') {
    say('usage: node dist/scripts/cli/mutation.js ci|changed');
    return 2;
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cpk-mutation-'));
  try {
    const derived = path.join(folder, 'stryker.config.json');
    writeFileSync(derived, JSON.stringify({ ...config, mutate, ignoreStatic, thresholds: { ...config.thresholds, break: breakAt } }, null, 2));
    const stryker = path.join(projectRoot, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
    const minutes = Number(process.env.MUTATION_DEADLINE_MINUTES ?? DEFAULT_DEADLINE_MINUTES);
    const result = spawnSync(process.execPath, [stryker, 'run', derived], { cwd: projectRoot, stdio: 'inherit', timeout: minutes * 60_000 });
    if (result.error !== undefined) {
      say(`mutation: stopped: ${result.error.message}`);
      return 1;
    }
    return result.status ?? 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv[2]);
