// @ts-nocheck
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanForSecrets, SECRETS_SENT_BY_TESTS } from '../support/secretsScan';

describe('the end-of-suite secrets scan', () => {
  it('finds a secret in a nested file and passes a clean folder', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'cpk-scan-'));
    try {
      await fs.mkdir(path.join(folder, 'a', 'b'), { recursive: true });
      await fs.writeFile(path.join(folder, 'a', 'clean.json'), '[{"text":"[key sha256=3QFFFpRA5+XANHqwwbT4yXDmrT/2JaLt/FKHjzhOdoE=]"}]');
      assert.deepEqual(await scanForSecrets([folder], SECRETS_SENT_BY_TESTS), []);
      await fs.writeFile(path.join(folder, 'a', 'b', 'leak.transcript'), `[{"text":"${SECRETS_SENT_BY_TESTS[0]}="}]`);
      const hits = await scanForSecrets([folder], SECRETS_SENT_BY_TESTS);
      assert.equal(hits.length, 1);
      assert.match(hits[0], /leak\.transcript/);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});
