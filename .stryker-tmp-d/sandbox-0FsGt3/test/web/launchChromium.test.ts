// @ts-nocheck
import assert from 'node:assert/strict';
import { assertSupportedChromium, bundledChromiumVersion, CHROMIUM_PATH, chromiumVersion, launchChromium } from './launchChromium';

describe('browser tests without Chromium', () => {
  it('fail with the command that installs it (they are never skipped)', async () => {
    await assert.rejects(launchChromium('/nonexistent/chromium'), /apt-get update && apt-get install -y chromium/);
  });
});

describe('browser tests check the Chromium version against playwright-core', () => {
  it('accepts the bundled major and up to four below it, and refuses others with both versions and what to do', () => {
    assertSupportedChromium('Chromium 159.0.8154.6', '159.0.8154.6');
    assertSupportedChromium('Chromium 155.0.1.2 built on Debian GNU/Linux 12 (bookworm)', '159.0.8154.6');
    assert.throws(() => assertSupportedChromium('Chromium 154.0.1.2', '159.0.8154.6'), /Installed Chromium 154 is not one playwright-core supports \(Chromium 155 to 159; it bundles 159\.0\.8154\.6\)\. Update it: `apt-get/);
    assert.throws(() => assertSupportedChromium('Chromium 160.0.1.2', '159.0.8154.6'), /Installed Chromium 160 .*Update playwright-core/);
    assert.throws(() => assertSupportedChromium('not a browser', '159.0.8154.6'), /cannot read the installed Chromium's version/);
  });

  it('the installed Chromium is one the pinned playwright-core supports', () => {
    const installed = chromiumVersion(CHROMIUM_PATH);
    assertSupportedChromium(installed, bundledChromiumVersion());
  });
});
