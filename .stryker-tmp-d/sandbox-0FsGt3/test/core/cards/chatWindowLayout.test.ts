// @ts-nocheck
import assert from 'node:assert/strict';
import { activityFromView } from '../../../src/bot/activityFromView';
import { didYouMeanView, fallbackView, welcomeView } from '../../../src/core/cards/conversationViews';
import { guidanceView } from '../../../src/core/cards/guidanceView';
import { renderAdaptiveCard } from '../../../src/core/cards/renderAdaptiveCard';
import { renderPlainText } from '../../../src/core/cards/renderPlainText';
import { versionRowView } from '../../../src/core/cards/versionViews';
import { channelRendering } from '../../../src/core/cards/channelRendering';
import type { CheckId } from '../../../src/core/knowledge/types';
import { actionTitles, realKnowledge } from '../../support/testConversation';
import { validateAdaptiveCard } from '../../support/validateAdaptiveCard';

const allChecks = new Set<CheckId>(['key-check', 'version-check', 'blob-check', 'key-inventory']);
const INTERNAL_WORDS = /\b(?:DRIFT|UNCONFIRMED|supportTopicIds?|PesIds?|blackForest|fairfax|mooncake|usnat|ussec)\b/;

type Json = Record<string, unknown>;

/** The elements a user sees before pressing any toggle: folded containers (isVisible false) are left out. */
function firstView(elements: unknown[]): Json[] {
  return elements.flatMap((element): Json[] => {
    const record = element as Json;
    if (record.isVisible === false) {
      return [];
    }
    const children = [record.items, record.columns].filter(Array.isArray).flatMap((list) => firstView(list as unknown[]));
    return [record, ...children];
  });
}

describe('cards fit a chat window (issue #14)', () => {
  const kb = realKnowledge();
  for (const entry of kb.intents.values()) {
    describe(`guidance card for ${entry.id}`, () => {
      const card = renderAdaptiveCard(guidanceView(kb, entry, { availableChecks: allChecks }));
      const visible = firstView(card.body as unknown[]);

      it('shows at most three steps, in one text block numbered 1..n', () => {
        const stepBlocks = visible.filter((element) => element.type === 'TextBlock' && /^1\. /.test(String(element.text)));
        assert.ok(stepBlocks.length <= 1);
        if (entry.answer.steps.length > 0) {
          const lines = String(stepBlocks[0]?.text).split('\n');
          assert.deepEqual(lines.map((line) => Number(/^(\d+)\. /.exec(line)?.[1])), lines.map((_line, index) => index + 1));
          assert.ok(lines.length <= 3);
        }
      });

      it('offers at most three next steps in its row, and every action title fits 32 characters', () => {
        const submitSets = visible.filter((element) => element.type === 'ActionSet' && (element.actions as Json[]).some((action) => action.type === 'Action.Submit'));
        for (const set of submitSets) {
          assert.ok((set.actions as unknown[]).length <= 3);
        }
        assert.deepEqual(actionTitles(card).filter((title) => title.length > 32), []);
      });

      it('folds every further part behind a toggle that targets it', () => {
        const folded = (card.body as Json[]).filter((element) => element.isVisible === false);
        const targets = actionTitles(card).length > 0 ? JSON.stringify(card) : '';
        for (const section of folded) {
          assert.ok(targets.includes(`"targetElements":["${String(section.id)}"]`), String(section.id));
        }
        if (entry.answer.code.length > 0) {
          assert.ok(folded.some((section) => section.id === 'code'));
        }
      });

      it('holds no internal notes and stays a valid Adaptive Card 1.5', () => {
        assert.doesNotMatch(JSON.stringify(card), INTERNAL_WORDS);
        assert.deepEqual(validateAdaptiveCard(card), []);
      });
    });
  }

  it('the version table and each row read without internal words, and each row card is valid', () => {
    const sdk = kb.intents.get('sdk-versions');
    assert.ok(sdk !== undefined);
    const table = JSON.stringify(renderAdaptiveCard(guidanceView(kb, sdk, { availableChecks: allChecks })));
    assert.match(table, /"type":"Table"/);
    for (const row of kb.versions) {
      const card = renderAdaptiveCard(versionRowView(kb, row));
      assert.doesNotMatch(JSON.stringify(card), INTERNAL_WORDS, row.id);
      assert.deepEqual(validateAdaptiveCard(card), [], row.id);
      assert.ok(row.shortName.length <= 24);
      assert.ok(table.includes(JSON.stringify(row.shortName)), `${row.id} is in the table`);
    }
  });

  it('welcome, did-you-mean and fallback cards keep every action title within 32 characters', () => {
    for (const view of [welcomeView(kb), didYouMeanView(kb, [{ intent: 'lost-key', confidence: 0.5 }, { intent: 'error-key-mismatch', confidence: 0.48 }]), fallbackView(kb, { outOfScope: true, offerHuman: true })]) {
      assert.deepEqual(actionTitles(renderAdaptiveCard(view)).filter((title) => title.length > 32), [], view.title);
    }
  });
});

describe('one rendering per channel (issue #14, item 1)', () => {
  const kb = realKnowledge();
  const invalidHeader = kb.intents.get('error-invalid-header');
  assert.ok(invalidHeader !== undefined);
  const view = guidanceView(kb, invalidHeader, { availableChecks: allChecks });

  it('the channel table: cards for Teams, Web Chat, Direct Line, the Emulator and tests; plain text for the rest', () => {
    for (const channel of ['msteams', 'webchat', 'directline', 'emulator', 'test']) {
      assert.equal(channelRendering(channel), 'card', channel);
    }
    for (const channel of ['slack', 'telegram', 'sms', 'email', undefined]) {
      assert.equal(channelRendering(channel), 'plainText', String(channel));
    }
  });

  it('a card channel gets the card alone, a short summary and a short fallbackText', () => {
    const activity = activityFromView(view, 'msteams');
    assert.equal(activity.text, undefined);
    assert.equal(activity.attachments?.length, 1);
    assert.ok((activity.summary ?? '').length <= 160);
    const content = activity.attachments?.[0]?.content as { fallbackText?: string };
    assert.equal(content.fallbackText, activity.summary);
  });

  it('a plain-text channel gets text only, marked plain, with code indented as a block and no line that reads as a heading', () => {
    const activity = activityFromView(view, 'slack');
    assert.equal(activity.attachments, undefined);
    assert.equal(activity.textFormat, 'plain');
    const text = activity.text ?? '';
    assert.equal(text, renderPlainText(view));
    assert.doesNotMatch(text, /^#/m, 'a comment line in code must not become a heading');
    for (const snippet of invalidHeader.answer.code) {
      for (const line of snippet.code.split('\n').filter((codeLine) => codeLine !== '')) {
        assert.ok(text.includes(`    ${line}`), `code line kept as an indented block: ${line}`);
      }
    }
    assert.ok(text.includes(invalidHeader.answer.details[0]), 'folded details are written out in plain text');
  });
});
