/**
 * `node dist/scripts/cli/mutation.js all|ci|changed` (issue #21): the mutation run, in groups (see
 * scripts/lib/mutationGroups.ts), with a verdict per file.
 * - `all` (`npm run test:mutation`): every named file of stryker.config.json, static mutants included.
 * - `ci` (`npm run test:mutation:ci`, called by `.ci/run`): every named file without the static mutants (each
 *   restarts a worker and runs every test of its group: most of the full run's time).
 * - `changed`: only the named files changed against `MUTATION_BASE` (default `origin/main`, else `HEAD~1`), with
 *   static mutants; nothing to do (exit 0) when none changed.
 * A run fails when Stryker fails or when any file scores under `MUTATION_BREAK` (default: the issue's 85%). It
 * writes derived configs and reports to a temporary folder, prints each file's score and every surviving mutant,
 * and gives the whole run a deadline (`MUTATION_DEADLINE_MINUTES`, default below, under CI's 90).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { fileScores, filesUnder, mutationGroups, type MutationGroup, type MutationReport } from '../lib/mutationGroups';
import { changedFiles, changedTargets, mutationBase, refExists } from '../lib/mutationTargets';

const DEFAULT_BREAK = 85;
const DEFAULT_DEADLINE_MINUTES = 60;

interface StrykerConfig {
  mutate: string[];
  mochaOptions: { spec: string[]; [option: string]: unknown };
  [option: string]: unknown;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The named files this mode mutates, or a reason to stop early (exit code). */
function targets(mode: string | undefined, named: string[]): string[] | number {
  if (mode === 'all' || mode === 'ci') {
    return named;
  }
  if (mode === 'changed') {
    const base = mutationBase(process.env.MUTATION_BASE, (ref) => refExists(projectRoot, ref));
    const changed = changedTargets(named, changedFiles(projectRoot, base));
    say(changed.length === 0 ? `mutation: no named file changed against ${base}; nothing to mutate` : `mutation: changed against ${base}: ${changed.join(', ')}`);
    return changed.length === 0 ? 0 : changed;
  }
  say('usage: node dist/scripts/cli/mutation.js all|ci|changed');
  return 2;
}

/** Runs one group; true when Stryker finished and every file reached `breakAt`. */
function runGroup(config: StrykerConfig, group: MutationGroup, folder: string, ignoreStatic: boolean, breakAt: number, deadline: number): boolean {
  const report = path.join(folder, `${group.name.replace(/\W+/g, '-')}.json`);
  const derived = path.join(folder, 'stryker.config.json');
  writeFileSync(
    derived,
    JSON.stringify({
      ...config,
      mutate: group.mutate,
      ignoreStatic,
      mochaOptions: { ...config.mochaOptions, spec: group.spec },
      reporters: ['progress', 'json'],
      jsonReporter: { fileName: report },
      thresholds: { high: 90, low: breakAt, break: null },
    }),
  );
  say(`\nmutation: ${group.name}: ${group.mutate.length} file(s), ${group.spec.length} test file(s)${ignoreStatic ? ', static mutants left out' : ''}`);
  const stryker = path.join(projectRoot, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
  // The workers' temporary files (tests that start bots) go to a folder this run removes, not the machine's /tmp.
  const workerTemp = path.join(folder, 'tmp');
  mkdirSync(workerTemp, { recursive: true });
  const env = { ...process.env, TMPDIR: workerTemp, TMP: workerTemp, TEMP: workerTemp };
  const result = spawnSync(process.execPath, [stryker, 'run', derived], { cwd: projectRoot, env, stdio: 'inherit', timeout: Math.max(deadline - Date.now(), 1) });
  if (result.error !== undefined || result.status !== 0 || !existsSync(report)) {
    say(`mutation: ${group.name}: Stryker stopped (${result.error?.message ?? `exit ${String(result.status)}`})`);
    return false;
  }
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as MutationReport;
  const scores = fileScores(parsed);
  for (const entry of scores) {
    say(`  ${entry.score === undefined ? '   -  ' : entry.score.toFixed(2).padStart(6)}  ${entry.file} (${entry.detected} detected, ${entry.survived} survived, ${entry.noCoverage} not covered)`);
    for (const mutant of parsed.files[entry.file]?.mutants ?? []) {
      if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
        const at = mutant.location === undefined ? '?' : `${mutant.location.start.line}:${mutant.location.start.column}`;
        say(`      ${mutant.status} ${entry.file}:${at} ${mutant.mutatorName ?? ''} ${JSON.stringify(mutant.replacement ?? '').slice(0, 100)}`);
      }
    }
  }
  const under = filesUnder(scores, breakAt);
  for (const entry of under) {
    say(`mutation: ${entry.file} scores ${entry.score?.toFixed(2) ?? '-'}, under ${breakAt}`);
  }
  return under.length === 0;
}

function main(mode: string | undefined): number {
  const config = JSON.parse(readFileSync(path.join(projectRoot, 'stryker.config.json'), 'utf8')) as StrykerConfig;
  const chosen = targets(mode, config.mutate);
  if (typeof chosen === 'number') {
    return chosen;
  }
  const breakAt = Number(process.env.MUTATION_BREAK ?? DEFAULT_BREAK);
  const deadline = Date.now() + Number(process.env.MUTATION_DEADLINE_MINUTES ?? DEFAULT_DEADLINE_MINUTES) * 60_000;
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cpk-mutation-'));
  try {
    let passed = true;
    for (const group of mutationGroups(chosen, config.mochaOptions.spec)) {
      passed = runGroup(config, group, folder, mode === 'ci', breakAt, deadline) && passed;
    }
    say(passed ? `mutation: every file scores ${breakAt} or more` : 'mutation: failed');
    return passed ? 0 : 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv[2]);
