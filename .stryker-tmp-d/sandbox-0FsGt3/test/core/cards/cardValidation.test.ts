// @ts-nocheck
import assert from 'node:assert/strict';
import { didYouMeanView, errorView, fallbackView, uploadedFilesView, welcomeView } from '../../../src/core/cards/conversationViews';
import { guidanceView } from '../../../src/core/cards/guidanceView';
import { renderAdaptiveCard } from '../../../src/core/cards/renderAdaptiveCard';
import { renderPlainText } from '../../../src/core/cards/renderPlainText';
import type { CheckId } from '../../../src/core/knowledge/types';
import { validateAdaptiveCard } from '../../support/validateAdaptiveCard';
import { realKnowledge } from '../../support/testConversation';

const allChecks = new Set<CheckId>(['key-check', 'version-check', 'blob-check', 'key-inventory']);

describe('cards: every card the bot can send is a valid Adaptive Card 1.5', () => {
  const kb = realKnowledge();
  for (const entry of kb.intents.values()) {
    it(`guidance card for ${entry.id}`, () => {
      const card = renderAdaptiveCard(guidanceView(kb, entry, { availableChecks: allChecks }));
      assert.equal(card.version, '1.5');
      assert.deepEqual(validateAdaptiveCard(card), []);
    });
  }
  const others: [string, () => ReturnType<typeof welcomeView>][] = [
    ['welcome', () => welcomeView(kb)],
    ['did you mean', () => didYouMeanView(kb, [{ intent: 'lost-key', confidence: 0.5 }, { intent: 'rotate-key', confidence: 0.48 }])],
    ['fallback', () => fallbackView(kb, { outOfScope: false, offerHuman: true })],
    ['out of scope', () => fallbackView(kb, { outOfScope: true, offerHuman: false })],
    ['error', () => errorView('00000000-0000-4000-8000-000000000000')],
    ['uploaded files', () => uploadedFilesView(kb)],
  ];
  for (const [name, build] of others) {
    it(`${name} card`, () => {
      assert.deepEqual(validateAdaptiveCard(renderAdaptiveCard(build())), []);
    });
  }

  it('the validator really fails bad cards (unknown element, unknown property, link without url)', () => {
    assert.notDeepEqual(validateAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Carousel' }] }), []);
    assert.notDeepEqual(validateAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', colour: 'red' }] }), []);
    assert.notDeepEqual(validateAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', actions: [{ type: 'Action.OpenUrl', title: 'x' }] }), []);
  });

  it('user text goes into TextRuns (no markdown), and the plain text reads alone', () => {
    const view = { title: 'T', blocks: [{ type: 'userText' as const, text: '[click](https://evil.example) **bold**' }], actions: [] };
    const card = JSON.stringify(renderAdaptiveCard(view));
    assert.match(card, /"type":"TextRun","text":"\[click\]\(https:\/\/evil.example\) \*\*bold\*\*"/);
    assert.match(renderPlainText(view), /^T\n\n\[click\]/);
  });
});
