/**
 * Launches the Debian Chromium for browser tests. A missing browser is a failure with the install command,
 * never a skip (issue #5, Tests); so is a Chromium version the pinned playwright-core does not support, since
 * Debian's version floats while playwright-core is pinned (issue #21).
 */
// @ts-nocheck

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from '../../src/paths';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed at ${executablePath}. The browser tests need it: ` +
        'run `apt-get update && apt-get install -y chromium` (Debian), or set CHROMIUM_PATH.',
    );
  }
  assertSupportedChromium(chromiumVersion(executablePath), bundledChromiumVersion());
  return chromium.launch({
    executablePath,
    headless: true,
    timeout: 30_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Majors below the bundled Chromium that playwright-core still drives: it speaks the Chrome DevTools Protocol of
 * its bundled build and supports the stable channel, a few majors behind it. Debian bookworm's 156 with
 * playwright-core 1.65.1 (bundles 159) passes the browser tests (2026-12-06).
 */
export const SUPPORTED_MAJORS_BEHIND = 4;

/** The Chromium version playwright-core was built against (its browsers.json). */
export function bundledChromiumVersion(): string {
  const file = path.join(projectRoot, 'node_modules', 'playwright-core', 'browsers.json');
  const browsers = (JSON.parse(fs.readFileSync(file, 'utf8')) as { browsers: { name: string; browserVersion?: string }[] }).browsers;
  const version = browsers.find((browser) => browser.name === 'chromium')?.browserVersion;
  if (version === undefined) {
    throw new Error(`${file} names no Chromium version`);
  }
  return version;
}

/** `chromium --version` of the installed browser (Debian's wrapper script may print shell noise on stderr). */
export function chromiumVersion(executablePath: string): string {
  return execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 15_000 }).trim();
}

/** Throws with both versions and what to do when the installed Chromium is outside what playwright-core supports. */
export function assertSupportedChromium(installed: string, bundled: string): void {
  const major = (text: string): number | undefined => {
    const match = /(\d+)\.\d+\.\d+(\.\d+)?/.exec(text);
    return match === null ? undefined : Number(match[1]);
  };
  const have = major(installed);
  const want = major(bundled);
  if (want === undefined) {
    throw new Error(`cannot read the Chromium version playwright-core bundles from "${bundled}"`);
  }
  const range = `${want - SUPPORTED_MAJORS_BEHIND} to ${want}`;
  if (have === undefined) {
    throw new Error(`cannot read the installed Chromium's version from "${installed}"; playwright-core supports Chromium ${range}.`);
  }
  if (have < want - SUPPORTED_MAJORS_BEHIND || have > want) {
    throw new Error(
      `Installed Chromium ${have} is not one playwright-core supports (Chromium ${range}; it bundles ${bundled}). ` +
        (have < want - SUPPORTED_MAJORS_BEHIND
          ? 'Update it: `apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH to a newer one.'
          : 'Update playwright-core in package.json to a release built for this Chromium, or set CHROMIUM_PATH to an older one.'),
    );
  }
}
