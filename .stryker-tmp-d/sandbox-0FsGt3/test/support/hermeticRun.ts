/**
 * Keeps a mocha run hermetic (issue #21; a mocha root hook, see .mocharc.json). The run gets its own temporary
 * folder (TMPDIR points into it, so `os.tmpdir()` and the children that inherit the environment use it); after
 * the suite, anything left in it, or any new file in the project's output folders, fails the run with the list,
 * and the folder is removed. Runs of other worktrees on the same machine do not disturb the check.
 */
// @ts-nocheck

import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

/** Folders the bot writes to on its defaults; tests must point it at temporary folders instead. */
const PROJECT_OUTPUT = ['data', 'test-output'].map((folder) => path.join(projectRoot, folder));

function filesUnder(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full, { throwIfNoEntry: false })?.isDirectory() === true ? [full, ...filesUnder(full)] : [full];
  });
}

const runTemp = mkdtempSync(path.join(os.tmpdir(), 'cpk-test-run-'));
// Readable by others: the Docker layout test runs the image's CMD as an unprivileged user from a folder in here.
chmodSync(runTemp, 0o755);
process.env.TMPDIR = runTemp;
// npm and Node 24 keep a module compile cache in the temporary folder; it is theirs, not a test's leftover.
process.env.NODE_DISABLE_COMPILE_CACHE = '1';
process.env.TMP = runTemp;
process.env.TEMP = runTemp;
const projectBefore = new Set(PROJECT_OUTPUT.flatMap(filesUnder));

export const mochaHooks = {
  afterAll(): void {
    const leftInTemp = readdirSync(runTemp).map((name) => path.join(runTemp, name));
    const writtenInProject = PROJECT_OUTPUT.flatMap(filesUnder).filter((file) => !projectBefore.has(file));
    rmSync(runTemp, { recursive: true, force: true });
    const problems = [
      ...leftInTemp.map((file) => `left in the temporary folder: ${path.basename(file)}`),
      ...writtenInProject.map((file) => `written into the project: ${path.relative(projectRoot, file)}`),
    ];
    if (problems.length > 0) {
      throw new Error(`the test run is not hermetic:\n${problems.join('\n')}`);
    }
  },
};
