/**
 * Which files a mutation run mutates (issue #21): all the named files of stryker.config.json, or only those of
 * them that changed against a base commit, so CI can mutate what a change touched when the whole run does not fit
 * in its time. Git is asked with a deadline; the choice itself is a pure function, tested on its own.
 */
import { spawnSync } from 'node:child_process';

/** How long one git command may take (a local repository answers in milliseconds). */
const GIT_DEADLINE_MS = 30_000;

/** The named files (in their configured order) that are among the changed paths. */
export function changedTargets(named: readonly string[], changed: readonly string[]): string[] {
  const changedSet = new Set(changed.map((file) => file.replace(/\\/g, '/')));
  return named.filter((file) => changedSet.has(file));
}

/**
 * The base to compare with: `MUTATION_BASE` when set, else `origin/main` when the clone has it, else the previous
 * commit (a fresh CI clone of one branch may have no `origin/main`).
 */
export function mutationBase(configured: string | undefined, refExists: (ref: string) => boolean): string {
  if (configured !== undefined && configured.trim() !== '') {
    return configured.trim();
  }
  return refExists('origin/main') ? 'origin/main' : 'HEAD~1';
}

function git(cwd: string, args: readonly string[]): { ok: boolean; out: string; err: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', timeout: GIT_DEADLINE_MS });
  return { ok: result.status === 0, out: result.stdout ?? '', err: result.stderr ?? String(result.error ?? '') };
}

/** Whether `ref` names a commit in the repository at `cwd`. */
export function refExists(cwd: string, ref: string): boolean {
  return git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok;
}

/**
 * Paths (relative to the repository root) that differ between the working tree and where `base` and HEAD meet:
 * the change's own commits and anything not yet committed, not what landed on the base since.
 */
export function changedFiles(cwd: string, base: string): string[] {
  const mergeBase = git(cwd, ['merge-base', base, 'HEAD']);
  if (!mergeBase.ok) {
    throw new Error(`no common commit with ${base}: ${mergeBase.err.trim()}`);
  }
  const diff = git(cwd, ['diff', '--name-only', mergeBase.out.trim()]);
  if (!diff.ok) {
    throw new Error(`git diff against ${base} failed: ${diff.err.trim()}`);
  }
  return diff.out.split('\n').filter((line) => line !== '');
}
