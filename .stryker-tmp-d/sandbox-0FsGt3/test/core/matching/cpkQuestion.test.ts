// @ts-nocheck
import assert from 'node:assert/strict';
import { loadConfig } from '../../../src/config';
import { cpkPartialAnswerView, fallbackView } from '../../../src/core/cards/conversationViews';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import { CpkMatcher } from '../../../src/core/matching/cpkMatcher';
import { namesCpk } from '../../../src/core/matching/cpkQuestion';
import type { MatchDecision } from '../../../src/core/matching/decision';
import { realKnowledge } from '../../support/testConversation';

function outcome(decision: MatchDecision): string {
  return decision.kind === 'fallback' ? `fallback ${decision.reason}` : decision.kind === 'answer' ? `answer ${decision.intent}` : 'didYouMean';
}

/** Issue #17, item 2: no CPK question is out of scope; `none` holds only other subjects. */
describe('CPK questions no topic answers', () => {
  const config = loadConfig({});
  const knowledge = realKnowledge();
  const matcher = CpkMatcher.fromKnowledge(knowledge, { threshold: config.matchThreshold, ambiguityMargin: config.ambiguityMargin });

  const table: [string, string][] = [
    // CPK named, no topic covers it: a partial answer, never "outside what I cover".
    ['x-ms-encryption-key on a queue message?', 'fallback cpk-unanswered'],
    ['what colour is the cpk logo', 'fallback cpk-unanswered'],
    // Other subjects keep the out-of-scope answer, another cloud's customer keys included.
    ['upload to S3 with a customer-supplied encryption key', 'fallback out-of-scope'],
    ['how do I generate a SAS token for a container', 'fallback out-of-scope'],
    ['what is the weather in Seattle tomorrow', 'fallback out-of-scope'],
  ];
  for (const [text, expected] of table) {
    it(`"${text}" -> ${expected}`, () => {
      assert.equal(outcome(matcher.match(text)), expected);
    });
  }

  it('keeps the rule or reason that would have sent the question away, for the unanswered report', () => {
    const decision = matcher.match('x-ms-encryption-key on a queue message?');
    assert.ok(decision.kind === 'fallback' && decision.reason === 'cpk-unanswered');
    assert.match(decision.detail ?? '', /^CPK question no topic answers \(/);
  });

  it('none holds only other subjects: no out-of-scope training example names CPK (other clouds aside)', () => {
    const none = knowledge.intents.get('none');
    assert.ok(none !== undefined);
    const naming = none.examples.filter((text) => namesCpk(text, extractEntities(text), knowledge.scope));
    assert.deepEqual(naming, []);
  });

  it('the partial answer says what is known, links the CPK article and offers a person', () => {
    const view = cpkPartialAnswerView(knowledge);
    assert.deepEqual(fallbackView(knowledge, { outOfScope: false, offerHuman: false, cpkQuestion: true }), view);
    const text = JSON.stringify(view.blocks);
    assert.match(text, /x-ms-encryption-key-sha256/);
    assert.ok(!/outside what I cover|only cover/i.test(text));
    const links = view.blocks.flatMap((block) => (block.type === 'links' ? block.links : []));
    assert.deepEqual(links.map((link) => link.url), ['https://learn.microsoft.com/azure/storage/blobs/encryption-customer-provided-keys']);
    assert.ok(view.actions.some((action) => JSON.stringify(action.data).includes('handoff')));
  });
});
