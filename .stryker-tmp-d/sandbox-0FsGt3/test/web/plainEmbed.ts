/**
 * A plain customer embed of Web Chat (issue #14, item 8): the project's Web Chat bundle and `renderWebChat` with
 * no store middleware, no style options and no CSS of ours, the way a customer pastes it into their own page. The
 * page is served at the bot's own origin by intercepting one URL, so it talks to the bot's token route and bridge.
 */
// @ts-nocheck

import type { Browser, Locator, Page } from 'playwright-core';

const PLAIN_EMBED_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plain Web Chat embed</title></head>
<body style="margin:0"><div id="webchat" role="main" style="height:100vh"></div>
<script src="/vendor/webchat.js"></script>
<script>
fetch('/api/directline/token', { method: 'POST' }).then(function (r) { return r.json(); }).then(function (c) {
  var domain = c.domain.charAt(0) === '/' ? location.origin + c.domain : c.domain;
  window.WebChat.renderWebChat({
    directLine: window.WebChat.createDirectLine({ token: c.token, domain: domain, webSocket: false }),
    userID: c.userId
  }, document.getElementById('webchat'));
});
</script></body></html>`;

export const WAIT_MS = 15_000;

/** Opens the plain embed at `width`×`height` against the running bot at `appUrl`. */
export async function openPlainEmbed(browser: Browser, appUrl: string, width: number, height = 700): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const pageUrl = `${appUrl}/plain-embed.html`;
  await context.route(pageUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: PLAIN_EMBED_HTML }));
  const page = await context.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  await botBubbles(page).first().waitFor({ timeout: WAIT_MS });
  return page;
}

/** Every bot bubble (a bubble not from the user) in the transcript. */
export function botBubbles(page: Page): Locator {
  return page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
}

/** Types `text`, sends it, and waits until the bot's answer bubble(s) arrived; returns how many arrived. */
export async function ask(page: Page, text: string): Promise<number> {
  const before = await botBubbles(page).count();
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
  await botBubbles(page).nth(before).waitFor({ timeout: WAIT_MS });
  // Give a second reply of the same turn time to arrive (the bridge is polled about once a second).
  await page.waitForTimeout(1_500);
  return (await botBubbles(page).count()) - before;
}

/** The few DOM members the broken-word probe uses (the test build has no DOM types). */
interface ProbeText {
  nodeValue: string | null;
  parentElement: unknown;
}
interface ProbeRange {
  setStart(node: ProbeText, offset: number): void;
  setEnd(node: ProbeText, offset: number): void;
  getClientRects(): ArrayLike<{ top: number; width: number }>;
}
interface ProbeDocument {
  createTreeWalker(root: unknown, whatToShow: number): { nextNode(): ProbeText | null };
  createRange(): ProbeRange;
  defaultView: { getComputedStyle(element: unknown): { fontFamily: string } };
}

/**
 * Words of the element's text that the layout broke across two lines ("Micr/osof/t.Az"). Code in a monospace font
 * is left out, and so are encoded values (40+ characters with digits, such as a base64 key in an example): neither
 * fits a phone's line, and wrapping beats overflowing.
 */
export async function brokenWords(element: Locator): Promise<string[]> {
  return element.evaluate((root) => {
    const doc = (globalThis as unknown as { document: ProbeDocument }).document;
    const SHOW_TEXT = 4;
    const broken: string[] = [];
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (/mono|consolas|courier/i.test(doc.defaultView.getComputedStyle(node.parentElement).fontFamily)) {
        continue;
      }
      const value = node.nodeValue ?? '';
      for (const token of value.matchAll(/\S+/g)) {
        if (token[0].length >= 40 && /[0-9]/.test(token[0])) {
          continue;
        }
        // A break after a hyphen or slash is a normal line break (x-ms-encryption-/key); one inside letters is not.
        for (const part of token[0].matchAll(/[^/-]+/g)) {
          const start = (token.index ?? 0) + (part.index ?? 0);
          const range = doc.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + part[0].length);
          const lines = new Set(Array.from(range.getClientRects()).filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) {
            broken.push(part[0]);
          }
        }
      }
    }
    return broken;
  });
}
