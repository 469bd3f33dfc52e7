/**
 * Issue #18, item 4, in headless Chromium against the real server: the page recovers by itself from a bot
 * restart (a new conversation, and it says so), and a Direct Line client created with `webSocket: true` against
 * the local bridge gets a clear error (Web Chat shows it) and ends instead of crashing or hanging.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../src/app';
import { freePort } from '../support/childProcess';
import { launchChromium } from './launchChromium';
import { botOutputDirs } from '../support/tempDir';

/** The bot's transcripts, feedback and spool go to a temporary folder, never into the project (issue #21). */
const outputs = botOutputDirs('recovery');

const WAIT_MS = 30_000;

describe('web chat page recovers from a bot restart; WebSocket clients get an error (issue #18)', function () {
  after(() => outputs.remove());
  this.timeout(120_000);
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let port = 0;
  const pageErrors: string[] = [];
  const env = (): Record<string, string> => ({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', SHUTDOWN_TIMEOUT_MS: '2000' });

  before(async () => {
    port = await freePort();
    app = await startApp({ ...env(), ...outputs.env }, () => undefined);
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  const cards = (): ReturnType<Page['locator']> => page.locator('#webchat .ac-adaptiveCard');

  it('starts a new conversation by itself after the bot restarts, says so, and answers again', async () => {
    await page.goto(app!.url, { waitUntil: 'load' });
    await cards().first().waitFor({ timeout: WAIT_MS });
    await app!.close();
    app = await startApp({ ...env(), ...outputs.env }, () => undefined);
    await page.locator('#status', { hasText: 'new conversation' }).waitFor({ timeout: WAIT_MS });
    await cards().first().waitFor({ timeout: WAIT_MS });
    assert.match(await cards().first().innerText(), /CPK troubleshooting assistant/, 'the new conversation starts with the welcome');
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('How do I rotate a customer-provided key?');
    await input.press('Enter');
    await page.locator('#webchat .ac-adaptiveCard', { hasText: 'Rotate a customer-provided key' }).first().waitFor({ timeout: WAIT_MS });
  });

  it('a Direct Line client with webSocket: true against the bridge ends with an error, neither crashing nor hanging', async () => {
    const outcome = await page.evaluate(async (limitMs: number) => {
      const token = (await (await fetch('/api/directline/token', { method: 'POST' })).json()) as { token: string; domain: string };
      type DirectLineLike = { connectionStatus$: { subscribe(next: (status: number) => void): void }; activity$: { subscribe(next: () => void, error: (error: unknown) => void): void }; end(): void };
      // Runs in the page (no DOM types in this project): the page's globals, typed by hand.
      const page = globalThis as unknown as { WebChat: { createDirectLine(options: object): DirectLineLike }; location: { origin: string } };
      const directLine = page.WebChat.createDirectLine({ token: token.token, domain: page.location.origin + token.domain, webSocket: true });
      return new Promise<string>((resolve) => {
        const timer = setTimeout(() => resolve('hung'), limitMs);
        directLine.connectionStatus$.subscribe((status) => {
          // 4 = FailedToConnect, 5 = Ended
          if (status === 4 || status === 5) {
            clearTimeout(timer);
            resolve(`status ${status}`);
          }
        });
        directLine.activity$.subscribe(
          () => undefined,
          (error) => {
            clearTimeout(timer);
            resolve(`error ${String(error)}`);
          },
        );
      });
    }, 40_000);
    assert.notEqual(outcome, 'hung');
    assert.match(outcome, /conversation ended|status [45]/, outcome);
    assert.doesNotMatch(outcome, /Invalid URL/);
    assert.ok(!pageErrors.some((message) => /Invalid URL/.test(message)), pageErrors.join('\n'));
  });

  it('Web Chat itself, given a webSocket: true connection to the bridge, shows the error instead of hanging', async () => {
    const shown = await page.evaluate(async (limitMs: number) => {
      const token = (await (await fetch('/api/directline/token', { method: 'POST' })).json()) as { token: string; domain: string };
      const page = globalThis as unknown as {
        WebChat: { createDirectLine(options: object): unknown; renderWebChat(options: object, element: unknown): void };
        location: { origin: string };
        document: { createElement(tag: string): { innerText: string; style: Record<string, string> }; body: { appendChild(element: unknown): void } };
      };
      const element = page.document.createElement('div');
      element.style.height = '400px';
      page.document.body.appendChild(element);
      page.WebChat.renderWebChat({ directLine: page.WebChat.createDirectLine({ token: token.token, domain: page.location.origin + token.domain, webSocket: true }) }, element);
      for (let waited = 0; waited < limitMs; waited += 250) {
        if (/does not support WebSockets/.test(element.innerText)) {
          return element.innerText;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return `hung: ${element.innerText}`;
    }, 45_000);
    assert.match(shown, /This local Direct Line bridge does not support WebSockets: connect with webSocket: false/);
  });
});
