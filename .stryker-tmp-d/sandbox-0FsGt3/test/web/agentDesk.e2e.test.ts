/**
 * The agent desk page in headless Chromium against the running bot (issue #19, item 2): opened with the URL the
 * bot prints (generated key in the fragment), it lists a web chat user's case with its summary, shows the
 * redacted transcript, accepts, carries replies both ways and closes; without a key, or with a wrong one, it
 * shows the key form. Every request stays on loopback. `UPDATE_SCREENSHOTS=1` refreshes docs/screenshots/agent-desk.png.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../src/app';
import { CASE_TEXT } from '../../src/core/cases/caseViews';
import { projectRoot } from '../../src/paths';
import { type ConnectorCapture, startConnectorCapture } from '../support/connectorCapture';
import { botOutputDirs } from '../support/tempDir';
import { webChatUser } from '../support/caseUser';
import { launchChromium } from './launchChromium';

const WAIT_MS = 15_000;
const CONVERSATION = `dl-e2e-${randomBytes(4).toString('hex')}`;

describe('agent desk page in headless Chromium: a web chat user\'s case listed, accepted, carried both ways, closed', function () {
  this.timeout(90_000);
  const output = botOutputDirs('agent-desk-e2e');
  let app: RunningApp;
  let capture: ConnectorCapture;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const offLoopback: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    capture = await startConnectorCapture();
    app = await startApp({ PORT: '0', LOG_LEVEL: 'warn', ...output.env }, () => undefined);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
    await context.route('**/*', async (route) => {
      const { hostname, protocol } = new URL(route.request().url());
      if (['127.0.0.1', 'localhost'].includes(hostname) || ['data:', 'about:'].includes(protocol)) {
        await route.continue();
      } else {
        offLoopback.push(route.request().url());
        await route.abort();
      }
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await capture.close();
    output.remove();
  });

  async function say(body: Record<string, unknown>): Promise<void> {
    await webChatUser(() => app.url, capture.url, CONVERSATION)(body);
  }

  it('without a key shows the key form, and a wrong key is refused', async () => {
    assert.ok(app.agentDesk?.generated === true, 'auth off and no AGENT_DESK_KEY: a key was generated');
    await page.goto(`${app.url}/agent`, { waitUntil: 'load' });
    assert.ok(await page.locator('#key-form').isVisible());
    await page.locator('#key-input').fill('not-the-key-but-long-enough-to-try-it');
    await page.locator('#key-form button').click();
    await page.locator('#status', { hasText: 'That key was refused.' }).waitFor({ timeout: WAIT_MS });
    assert.ok(await page.locator('#key-form').isVisible());
  });

  it('opened with the printed URL, lists the case with its summary and shows the redacted transcript', async () => {
    await say({ text: 'Download fails with BlobCustomerSpecifiedEncryptionMismatch' });
    await say({ text: 'talk to a human' });
    await say({ value: { cpk: 'handoff' } });
    await say({ text: 'We rotated keys yesterday; request id 1b2c3d4e-0000-1111-2222-333344445555' });
    await page.goto(`${app.agentDesk!.url}#key=${app.agentDesk!.key}`, { waitUntil: 'load' });
    // The key leaves the address bar (and so the history) as soon as the page has read it.
    await page.waitForFunction("window.location.hash === ''", undefined, { timeout: WAIT_MS });
    const entry = page.locator('#cases button', { hasText: 'Download fails with BlobCustomerSpecifiedEncryptionMismatch' });
    await entry.waitFor({ timeout: WAIT_MS });
    assert.match(await entry.innerText(), /waiting/i);
    await entry.click();
    await page.locator('#case-facts', { hasText: 'BlobCustomerSpecifiedEncryptionMismatch' }).waitFor({ timeout: WAIT_MS });
    assert.match(await page.locator('#case-facts').innerText(), /We rotated keys yesterday/);
    const transcript = page.frameLocator('#transcript');
    await transcript.locator('body', { hasText: 'talk to a human' }).waitFor({ timeout: WAIT_MS });
    assert.ok(await page.locator('#reply').isDisabled(), 'no reply before Accept');
  });

  it('Accept with the engineer\'s name tells the user, and the reply box sends to the user', async () => {
    await page.locator('#agent-name').fill('Alex Rivera');
    await page.locator('#accept').click();
    await page.locator('#messages li', { hasText: 'Alex Rivera from support has joined.' }).waitFor({ timeout: WAIT_MS });
    await capture.waitFor((item) => item.url.includes(CONVERSATION) && item.body.text === CASE_TEXT.joined('Alex Rivera'));
    await page.locator('#reply').fill('Which key version did you rotate to?');
    await page.locator('#reply-form button').click();
    await capture.waitFor((item) => item.body.text === 'Alex Rivera (support): Which key version did you rotate to?');
    await page.locator('#messages li.agent', { hasText: 'Which key version did you rotate to?' }).waitFor({ timeout: WAIT_MS });
    // The page empties the box when its own request returns, which can come after the list shows the message.
    for (const deadline = Date.now() + WAIT_MS; (await page.locator('#reply').inputValue()) !== '' && Date.now() < deadline; ) {
      await page.waitForTimeout(50);
    }
    assert.equal(await page.locator('#reply').inputValue(), '', 'the box empties once sent');
  });

  it('shows the user\'s reply, then Close brings the bot back for the user', async () => {
    await say({ text: 'Version 3 from Key Vault' });
    await page.locator('#messages li.user', { hasText: 'Version 3 from Key Vault' }).waitFor({ timeout: WAIT_MS });
    const screenshotDir = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(projectRoot, 'docs', 'screenshots') : output.dir;
    await page.screenshot({ path: path.join(screenshotDir, 'agent-desk.png') });
    await page.locator('#close').click();
    await page.locator('#case-state', { hasText: 'closed' }).waitFor({ timeout: WAIT_MS });
    await capture.waitFor((item) => item.url.includes(CONVERSATION) && item.body.text === CASE_TEXT.back.agent);
    await page.locator('#no-cases').waitFor({ state: 'visible', timeout: WAIT_MS });
    assert.deepEqual(offLoopback, []);
    assert.deepEqual(pageErrors, []);
  });
});
