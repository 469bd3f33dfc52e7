/**
 * A last check after the whole suite (a mocha root hook, see .mocharc.json): every file the bot wrote into the
 * project's default output folders during the tests (transcripts, feedback, reports, screenshots' neighbours) is
 * scanned for secrets the tests sent. Issue #8 item 6: after the hostile, load and conversation tests, none may
 * appear. Suites that write elsewhere (temporary folders) scan their own files.
 */
// @ts-nocheck

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { DEV_ACCOUNT_KEY } from './azurite';

/** Secrets the suite pastes into conversations, raw; a redacted file holds only their fingerprints or markers. */
export const SECRETS_SENT_BY_TESTS: readonly string[] = [
  'MDEyMzQ1NjcwMTIzNDU2NzAxMjM0NTY3MDEyMzQ1Njc', // the Azure SDKs' CPK test vector key (without padding)
  DEV_ACCOUNT_KEY.slice(0, 40),
];

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full];
    }),
  );
  return nested.flat();
}

/** Returns `file: secret-prefix` for every hit; empty means clean. */
export async function scanForSecrets(folders: readonly string[], secrets: readonly string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const folder of folders) {
    for (const file of await filesUnder(folder)) {
      const text = (await fs.readFile(file)).toString('latin1');
      for (const secret of secrets) {
        if (text.includes(secret)) {
          hits.push(`${path.relative(projectRoot, file)}: ${secret.slice(0, 6)}…`);
        }
      }
    }
  }
  return hits;
}

export const mochaHooks = {
  async afterAll(this: Mocha.Context): Promise<void> {
    // Reading every file can take a while where earlier local runs filled data/ (a fresh clone starts empty).
    this.timeout(180000);
    const hits = await scanForSecrets([path.join(projectRoot, 'data'), path.join(projectRoot, 'test-output')], SECRETS_SENT_BY_TESTS);
    if (hits.length > 0) {
      throw new Error(`secrets found in files the bot wrote during the tests:\n${hits.join('\n')}`);
    }
  },
};
