// @ts-nocheck
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../src/app';
import { botOutputDirs } from '../support/tempDir';
import { launchChromium } from './launchChromium';

const WAIT_MS = 15_000;

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') {
    return true;
  }
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

describe('web chat page in headless Chromium against the running bot (local Direct Line)', function () {
  const output = botOutputDirs('web-chat');
  this.timeout(90_000);
  let app: RunningApp;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  let conversationId: string | undefined;

  before(async () => {
    app = await startApp({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...output.env }, () => undefined);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1100, height: 820 } });
    // Every request is checked; anything off loopback is recorded and never sent.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      requested.push(url);
      if (isLoopback(url)) {
        await route.continue();
      } else {
        blocked.push(url);
        await route.abort();
      }
    });
    page = await context.newPage();
    page.on('response', async (response) => {
      if (response.url().endsWith('/api/directline/token')) {
        conversationId = ((await response.json()) as { conversationId: string }).conversationId;
      }
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') {
        pageErrors.push(message.text());
      }
    });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    output.remove();
  });

  const cards = (): ReturnType<Page['locator']> => page.locator('#webchat .ac-adaptiveCard');

  it('shows the branded page with the privacy note', async () => {
    await page.goto(app.url, { waitUntil: 'load' });
    assert.match(await page.title(), /CPK support bot/);
    assert.match(await page.locator('.privacy').innerText(), /never paste an encryption key/i);
  });

  it('shows the welcome card sent on conversationUpdate', async () => {
    await cards().first().waitFor({ timeout: WAIT_MS });
    assert.match(await cards().first().innerText(), /CPK troubleshooting assistant/);
  });

  it('answers a seed question with its guidance card', async () => {
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('How do I rotate a customer-provided key?');
    await input.press('Enter');
    await cards().nth(1).waitFor({ timeout: WAIT_MS });
    assert.match(await cards().nth(1).innerText(), /Rotate a customer-provided key/);
  });

  it('a follow-up button on the card brings the next card', async () => {
    await cards().nth(1).getByRole('button', { name: 'I lost my key' }).click();
    await cards().nth(2).waitFor({ timeout: WAIT_MS });
    const next = cards().nth(2);
    assert.match(await next.locator('.ac-textBlock').first().innerText(), /Lost customer-provided key/);
    await next.scrollIntoViewIfNeeded();
    // Into the test's temporary folder: a run leaves nothing in the project (issue #21).
    const screenshot = path.join(output.dir, 'webchat.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    assert.ok(fs.statSync(screenshot).size > 10_000);
  });

  it('shows the typing indicator when the bot sends typing (as ShowTypingMiddleware does during a slow turn)', async () => {
    assert.ok(conversationId !== undefined);
    const indicator = page.locator('#webchat .webchat__typing-indicator');
    assert.equal(await indicator.isVisible(), false, 'no typing indicator before the bot types');
    // The test plays the bot: it presents the connector secret the bridge put into the bot's serviceUrl.
    const secret = app.directLineStore?.get(conversationId)?.connectorSecret;
    assert.ok(secret !== undefined);
    const response = await fetch(`${app.url}/bridge/${secret}/v3/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'typing', from: { id: 'cpk-support-bot', name: 'CPK support bot', role: 'bot' } }),
    });
    assert.equal(response.status, 200);
    await indicator.first().waitFor({ state: 'visible', timeout: WAIT_MS });
  });

  it('shows each bot reply as its card alone, in one bubble (the bot sends no text copy; the page hides nothing)', async () => {
    const botBubbles = page.locator('#webchat .webchat__bubble:not(.webchat__bubble--from-user)');
    const withCard = page.locator('#webchat .webchat__bubble:not(.webchat__bubble--from-user):has(.ac-adaptiveCard)');
    assert.equal(await withCard.count(), 3);
    assert.equal(await botBubbles.count(), 3);
  });

  it('made no request outside loopback and loaded Web Chat from this server', () => {
    assert.deepEqual(blocked, []);
    assert.ok(requested.some((url) => url.endsWith('/vendor/webchat.js')));
    assert.ok(requested.some((url) => url.includes('/v3/directline/conversations')));
  });

  it('logged no page errors (CSP violations included)', () => {
    assert.deepEqual(pageErrors, []);
  });
});
