// @ts-nocheck
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../src/app';
import { projectRoot } from '../../src/paths';
import { makeTempDir, removeDir } from '../support/tempDir';
import { realKnowledge } from '../support/testConversation';
import { launchChromium } from './launchChromium';
import { ask, botBubbles, brokenWords, openPlainEmbed } from './plainEmbed';

/** The six seed questions, with a fact each card keeps behind "Show details" (what the card tests checked before). */
const SEED_QUESTIONS = [
  { name: 'lost-key', text: 'I lost my customer-provided key, can I still read my blobs?', detail: /discards it/ },
  { name: 'rotate-key', text: 'How do I rotate a customer-provided key?', detail: /Learn more/ },
  { name: 'sdk-versions', text: 'Which SDK versions support customer-provided keys?', detail: /SDK or tool/ },
  { name: 'error-key-mismatch', text: 'I get 409 BlobCustomerSpecifiedEncryptionMismatch when I download', detail: /The given customer specified encryption does not match/ },
  { name: 'error-key-missing', text: 'Got 409 BlobUsesCustomerSpecifiedEncryption reading a blob', detail: /Service message/ },
  { name: 'error-invalid-header', text: '400 InvalidHeaderValue when I send x-ms-encryption-key', detail: /HTTP status/ },
] as const;

const MAX_CARD_HEIGHT = 800;
const STEPS = Object.fromEntries([...realKnowledge().intents.values()].map((entry) => [entry.id, entry.answer.steps]));
const INTERNAL_WORDS = /\b(?:DRIFT|UNCONFIRMED|supportTopicIds?|PesIds?|blackForest|fairfax|mooncake|usnat|ussec)\b/;

/** Docs screenshots are refreshed only on request (`UPDATE_SCREENSHOTS=1`); otherwise they go to a temp folder. */
const screenshotDir = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(projectRoot, 'docs', 'screenshots') : undefined;

async function lastCard(page: Page): Promise<Locator> {
  const bubble = botBubbles(page).last();
  return bubble.locator('.ac-adaptiveCard').first();
}

describe('a plain customer Web Chat embed (no middleware, no CSS of ours) at 375 px', function () {
  this.timeout(180_000);
  let app: RunningApp;
  let browser: Browser;
  let tempDir: string;

  before(async () => {
    tempDir = makeTempDir('plain-embed');
    app = await startApp({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', TRANSCRIPT_DIR: path.join(tempDir, 't'), FEEDBACK_DIR: path.join(tempDir, 'f') }, () => undefined);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    removeDir(tempDir);
  });

  for (const question of SEED_QUESTIONS) {
    it(`${question.name}: one bubble, a card at most ${MAX_CARD_HEIGHT} px tall, steps 1..n, no headings or internal notes, details behind the toggle`, async () => {
      const page = await openPlainEmbed(browser, app.url, 375);
      try {
        assert.equal(await ask(page, question.text), 1, 'exactly one bot bubble for the answer');
        const card = await lastCard(page);
        if (screenshotDir !== undefined) {
          // The transcript scrolls inside Web Chat: a tall window lets the whole card into one picture.
          await page.setViewportSize({ width: 375, height: 1400 });
          await card.screenshot({ path: path.join(screenshotDir, `${question.name}-375.png`) });
          await page.setViewportSize({ width: 375, height: 700 });
        }
        const box = await card.boundingBox();
        assert.ok(box !== null);
        assert.ok(box.height <= MAX_CARD_HEIGHT, `card is ${Math.round(box.height)} px tall before expanding`);
        assert.ok(box.width <= 375);
        const bubble = botBubbles(page).last();
        assert.equal(await bubble.locator('h1, h2, h3').count(), 0, 'no markdown headings in the bot bubble');
        const lists = bubble.locator('ol');
        for (let index = 0; index < (await lists.count()); index += 1) {
          const list = lists.nth(index);
          if (await list.isVisible()) {
            const start = Number((await list.getAttribute('start')) ?? '1');
            assert.equal(start, 1, 'the visible steps start at 1');
            assert.ok((await list.locator('li').count()) <= 3, 'at most three steps before the fold');
          }
        }
        const visibleText = await card.innerText();
        assert.doesNotMatch(visibleText, INTERNAL_WORDS);
        assert.deepEqual(await brokenWords(card), [], 'no word broken across lines');
        assert.doesNotMatch(visibleText, question.detail, 'the detail is folded before expanding');

        await card.getByRole('button', { name: 'Show details' }).click();
        const expanded = await card.innerText();
        assert.match(expanded, question.detail, 'the detail is reachable behind "Show details"');
        assert.doesNotMatch(expanded, INTERNAL_WORDS);
        assert.deepEqual(await brokenWords(card), [], 'no word broken across lines, expanded');
        const links = card.locator('a[href^="https://"]');
        assert.ok((await links.count()) > 0, 'sources are links in the text');
        const stepsAfterFold = STEPS[question.name].slice(3);
        stepsAfterFold.forEach((step, index) => {
          assert.ok(expanded.includes(`${index + 4}. ${step}`), `step ${index + 4} keeps its number behind the fold`);
        });
      } finally {
        await page.context().close();
      }
    });
  }

  it(`every guidance topic's card (asked with a typical question, its own and the error code pasted) is at most ${MAX_CARD_HEIGHT} px tall at 375 px`, async () => {
    const page = await openPlainEmbed(browser, app.url, 375);
    try {
      for (const entry of realKnowledge().intents.values()) {
        if (entry.kind !== 'guidance') {
          continue;
        }
        // The error code pasted as well: the card then also shows what it found in the message (the tallest case).
        const question = `${entry.examples[0] ?? entry.title}${entry.answer.error === undefined ? '' : ` ${entry.answer.error.code}`}`;
        assert.equal(await ask(page, question), 1, entry.id);
        const card = await lastCard(page);
        const box = await card.boundingBox();
        assert.ok(box !== null, entry.id);
        assert.ok(box.height <= MAX_CARD_HEIGHT, `${entry.id}: card is ${Math.round(box.height)} px tall before expanding`);
      }
    } finally {
      await page.context().close();
    }
  });

  it('every answer and the welcome also fit a 1000 px window, in one bubble each', async () => {
    const page = await openPlainEmbed(browser, app.url, 1000, 1400);
    const out = screenshotDir ?? makeTempDir('screens');
    try {
      for (const question of SEED_QUESTIONS) {
        assert.equal(await ask(page, question.text), 1, question.name);
        const card = await lastCard(page);
        assert.deepEqual(await brokenWords(card), [], question.name);
        await card.screenshot({ path: path.join(out, `${question.name}-1000.png`) });
        assert.ok(fs.statSync(path.join(out, `${question.name}-1000.png`)).size > 5_000);
      }
    } finally {
      await page.context().close();
      if (screenshotDir === undefined) {
        removeDir(out);
      }
    }
  });

  it('"Which SDK are you on?" answers one row of the table', async () => {
    const page = await openPlainEmbed(browser, app.url, 375);
    try {
      await ask(page, 'Which SDK versions support customer-provided keys?');
      const card = await lastCard(page);
      await card.locator('select').selectOption({ label: 'Python v12' });
      await card.getByRole('button', { name: 'Show my SDK' }).click();
      await botBubbles(page).nth(2).waitFor({ timeout: 15_000 });
      const row = await lastCard(page);
      assert.match(await row.innerText(), /Python azure-storage-blob \(v12\)/);
      assert.match(await row.innerText(), /12\.0\.0b3/);
      assert.doesNotMatch(await row.innerText(), /AzCopy/);
    } finally {
      await page.context().close();
    }
  });
});
