/**
 * The file choice of the changed-files mutation run (`npm run test:mutation:changed`, issue #21): the named files
 * that changed against the base, the base's default, and git's answers on a real repository in a temporary folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { changedFiles, changedTargets, mutationBase, refExists } from '../../scripts/lib/mutationTargets';
import { makeTempDir, removeDir } from '../support/tempDir';

const NAMED = ['src/core/redaction/redact.ts', 'src/core/routing/routeTable.ts', 'src/bot/handoffSender.ts'];

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
}

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe('which files the changed-files mutation run mutates', () => {
  it('keeps the named files that changed, in the configured order, and nothing else', () => {
    assert.deepEqual(changedTargets(NAMED, ['src/bot/handoffSender.ts', 'README.md', 'src/core/redaction/redact.ts']), [NAMED[0], NAMED[2]]);
    assert.deepEqual(changedTargets(NAMED, ['test/core/redaction/redact.test.ts', 'src/core/redaction/redactX.ts']), []);
    assert.deepEqual(changedTargets(NAMED, ['src\\core\\routing\\routeTable.ts']), [NAMED[1]]);
    assert.deepEqual(changedTargets(NAMED, []), []);
  });

  it('compares with MUTATION_BASE when set, else origin/main when it exists, else the previous commit', () => {
    assert.equal(mutationBase('release/1.2', () => true), 'release/1.2');
    assert.equal(mutationBase(' abc123 ', () => false), 'abc123');
    assert.equal(mutationBase(undefined, (ref) => ref === 'origin/main'), 'origin/main');
    assert.equal(mutationBase('', (ref) => ref === 'origin/main'), 'origin/main');
    assert.equal(mutationBase(undefined, () => false), 'HEAD~1');
  });

  it('asks git for what changed since the base: commits of the branch and uncommitted edits, not the base moving on', () => {
    const root = makeTempDir('mutation-targets');
    try {
      git(root, 'init', '--quiet', '--initial-branch=main');
      write(root, NAMED[0] ?? '', 'one\n');
      write(root, NAMED[1] ?? '', 'one\n');
      write(root, NAMED[2] ?? '', 'one\n');
      git(root, 'add', '.');
      git(root, 'commit', '--quiet', '-m', 'first');
      git(root, 'checkout', '--quiet', '-b', 'change');
      write(root, NAMED[1] ?? '', 'two\n');
      git(root, 'commit', '--quiet', '-am', 'change routing');
      git(root, 'checkout', '--quiet', 'main');
      write(root, NAMED[2] ?? '', 'moved on\n');
      git(root, 'commit', '--quiet', '-am', 'main moves on');
      git(root, 'checkout', '--quiet', 'change');
      write(root, NAMED[0] ?? '', 'edited, not committed\n');

      assert.equal(refExists(root, 'main'), true);
      assert.equal(refExists(root, 'origin/main'), false);
      assert.deepEqual(changedTargets(NAMED, changedFiles(root, 'main')), [NAMED[0], NAMED[1]]);
      assert.deepEqual(changedTargets(NAMED, changedFiles(root, 'HEAD~1')), [NAMED[0], NAMED[1]]);
      assert.deepEqual(changedTargets(NAMED, changedFiles(root, 'HEAD')), [NAMED[0]]);
      assert.throws(() => changedFiles(root, 'no-such-branch'), /no common commit with no-such-branch/);
    } finally {
      removeDir(root);
    }
  });
});
