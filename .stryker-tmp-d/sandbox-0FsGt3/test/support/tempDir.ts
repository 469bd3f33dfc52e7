/** Temporary folders for tests that let the bot write files (transcripts, feedback). */
// @ts-nocheck

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `cpk-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every file under a folder with its text. */
export function readAllFiles(dir: string): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const visit = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) {
        visit(full);
      } else {
        found.push({ file: full, text: readFileSync(full, 'utf8') });
      }
    }
  };
  visit(dir);
  return found;
}

/** A temporary folder for a bot started by a test, and the settings that send its transcripts and feedback there. */
export interface BotOutputDirs {
  /** The temporary folder itself (other files of the same test may go there too). */
  dir: string;
  env: { TRANSCRIPT_DIR: string; FEEDBACK_DIR: string; TRANSCRIPT_SPOOL_DIR: string };
  /** Call after the bot has closed: a bot still running could write into the folder again. */
  remove(): void;
}

/** Keeps a test bot's files out of the project's data/ folder (issue #21: a run wrote ~53 MB there). */
export function botOutputDirs(prefix: string): BotOutputDirs {
  const dir = makeTempDir(prefix);
  return {
    dir,
    env: { TRANSCRIPT_DIR: path.join(dir, 'transcripts'), FEEDBACK_DIR: path.join(dir, 'feedback'), TRANSCRIPT_SPOOL_DIR: path.join(dir, 'spool') },
    remove: () => removeDir(dir),
  };
}
