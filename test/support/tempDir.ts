/** Temporary folders for tests that let the bot write files (transcripts, feedback). */
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
