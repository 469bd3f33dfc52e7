/**
 * `npm run --silent ask -- "question"`: prints the bot's answer to one message as plain text, built the way the
 * main dialog builds it (same routing, same card views, same evidence blocks), rendered with renderPlainText.
 * A first message has no fallback streak, so "offer a human" never appears here.
 */
// @ts-nocheck

import type { CardBlock, CardView } from '../../src/core/cards/cardView';
import { didYouMeanView, fallbackView, welcomeView } from '../../src/core/cards/conversationViews';
import { guidanceView } from '../../src/core/cards/guidanceView';
import { renderPlainText } from '../../src/core/cards/renderPlainText';
import { evidenceBlocks, keyMaterialWarning } from '../../src/core/entities/evidence';
import type { KnowledgeBase } from '../../src/core/knowledge/types';
import type { Matcher } from '../../src/core/matching/decision';
import { chooseRoute } from '../../src/core/routing/routeTable';
import { readTurn } from '../../src/core/routing/turn';
import { loadMatcher } from '../lib/loadMatcher';
import { versionRowView } from '../../src/core/cards/versionViews';
import { findNamedRow } from '../../src/core/checks/version/findNamedRow';

function intentView(kb: KnowledgeBase, intentId: string, extraBlocks: CardBlock[]): CardView {
  const entry = kb.intents.get(intentId);
  return entry === undefined ? fallbackView(kb, { outOfScope: false, offerHuman: false }) : guidanceView(kb, entry, { extraBlocks });
}

/** The view the bot would send for `text` as the first message of a conversation. */
export function answerFor(kb: KnowledgeBase, matcher: Matcher, text: string, maxChars: number): CardView {
  const turn = readTurn({ type: 'message', text }, matcher, maxChars);
  const { input } = turn;
  const { route } = chooseRoute(turn, {
    availableChecks: new Set(),
    isGuidance: (intent) => kb.intents.get(intent)?.kind === 'guidance',
    asksSomething: kb.scope.asksSomething.regex,
  });
  const evidence = input.kind === 'text' ? evidenceBlocks(turn.entities) : [];
  const warning = keyMaterialWarning(turn.entities.keyMaterial);
  const withWarning = (view: CardView): CardView => (warning === undefined ? view : { ...view, blocks: [warning, ...view.blocks] });
  switch (route.kind) {
    case 'answer': {
      const namedRow = route.intent === 'sdk-versions' && input.kind === 'text' ? findNamedRow(kb.versions, input.text) : undefined;
      return namedRow === undefined ? intentView(kb, route.intent, evidence) : versionRowView(kb, namedRow);
    }
    case 'versionRow':
      return intentView(kb, 'sdk-versions', []);
    case 'topicDetails':
      return intentView(kb, route.intent, []);
    case 'handoff':
      return intentView(kb, 'escalate', evidence);
    case 'help':
      return intentView(kb, 'help', []);
    case 'restart':
      return welcomeView(kb);
    case 'didYouMean':
      return withWarning(didYouMeanView(kb, route.candidates));
    case 'fallback':
      return withWarning(fallbackView(kb, { outOfScope: route.outOfScope, offerHuman: false }));
    case 'check':
    case 'feedback':
    case 'prompt':
      return intentView(kb, 'help', []);
  }
}

function main(): void {
  const text = process.argv.slice(2).join(' ');
  if (text.trim() === '') {
    process.stderr.write('usage: npm run --silent ask -- "your question"\n');
    process.exitCode = 2;
    return;
  }
  const { knowledge, matcher, config } = loadMatcher();
  process.stdout.write(`${renderPlainText(answerFor(knowledge, matcher, text, config.maxInputChars))}\n`);
}

if (require.main === module) {
  main();
}
