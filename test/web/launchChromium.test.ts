import assert from 'node:assert/strict';
import { launchChromium } from './launchChromium';

describe('browser tests without Chromium', () => {
  it('fail with the command that installs it (they are never skipped)', async () => {
    await assert.rejects(launchChromium('/nonexistent/chromium'), /apt-get update && apt-get install -y chromium/);
  });
});
