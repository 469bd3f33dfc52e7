import assert from 'node:assert/strict';
import { furtherQuestions, nextContext, preferInContext, readFollowUp, type TopicContext } from '../../../src/core/routing/followUp';
import type { Route } from '../../../src/core/routing/route';
import { realKnowledge } from '../../support/testConversation';

describe('follow-ups read against the previous topic (issue #17, item 3)', () => {
  const rules = realKnowledge().followUps;
  const rotation: TopicContext = { intent: 'rotate-key', turnsLeft: 3 };
  const table: [string, TopicContext | undefined, string][] = [
    ['what about snapshots?', rotation, 'inContext'],
    ['and in Java?', rotation, 'inContext'],
    ['same for python?', rotation, 'inContext'],
    ['does that work on Azure Files?', rotation, 'inContext'],
    ['in go?', rotation, 'inContext'],
    ['why?', rotation, 'why'],
    ['how come', rotation, 'why'],
    ['what about snapshots?', undefined, 'standalone'],
    ['what about snapshots?', { intent: 'rotate-key', turnsLeft: 0 }, 'standalone'],
    ['how do I rotate a key', rotation, 'standalone'],
    ['and what about the snapshots and versions that were written with the old key last year?', rotation, 'standalone'],
    ['why does my download fail with 409', rotation, 'standalone'],
  ];
  for (const [text, context, kind] of table) {
    it(`"${text}" with ${context === undefined ? 'no context' : `${context.intent} (${context.turnsLeft} turns left)`} -> ${kind}`, () => {
      const reading = readFollowUp(text, context, rules);
      assert.equal(reading.kind, kind);
      if (reading.kind === 'inContext') {
        assert.ok(reading.text.startsWith(text) && /customer-provided key/.test(reading.text));
        assert.match(reading.reason, /follow-up of rotate-key/);
      }
    });
  }

  it('a newly answered topic replaces the context; otherwise it ages out after the configured turns', () => {
    let context = nextContext(undefined, 'rotate-key', rules);
    assert.deepEqual(context, { intent: 'rotate-key', turnsLeft: rules.contextTurns });
    for (let turn = 1; turn < rules.contextTurns; turn += 1) {
      context = nextContext(context, undefined, rules);
      assert.equal(context?.intent, 'rotate-key');
    }
    assert.equal(nextContext(context, undefined, rules), undefined);
    assert.equal(nextContext(context, 'lost-key', rules)?.intent, 'lost-key');
  });

  it('finds the further questions of a message that asks two', () => {
    assert.deepEqual(furtherQuestions('How do I rotate a key? And does it work with snapshots?'), ['And does it work with snapshots?']);
    assert.deepEqual(furtherQuestions('How do I rotate a key?'), []);
    assert.deepEqual(furtherQuestions('really? ok'), []);
  });
});

describe('preferInContext: the context reading of a follow-up against its own route (issue #17, item 2)', () => {
  const alone: Route = { kind: 'fallback', reason: 'out-of-scope', rule: 'no-intent-words', outOfScope: true };
  const table: [string, Route, Route][] = [
    ['an answer in context, marked as such', { kind: 'answer', intent: 'data-protection', confidence: 0.5, via: 'text' }, { kind: 'answer', intent: 'data-protection', confidence: 0.5, via: 'context' }],
    ['"Did you mean" between topics', { kind: 'didYouMean', candidates: [{ intent: 'data-protection', confidence: 0.39 }, { intent: 'key-operations', confidence: 0.35 }] }, { kind: 'didYouMean', candidates: [{ intent: 'data-protection', confidence: 0.39 }, { intent: 'key-operations', confidence: 0.35 }] }],
    ['a CPK question no topic answers, never out of scope', { kind: 'fallback', reason: 'cpk-unanswered', outOfScope: false }, { kind: 'fallback', reason: 'cpk-unanswered', outOfScope: false }],
    ['any other fallback: the message\'s own route', { kind: 'fallback', reason: 'below-threshold', outOfScope: false }, alone],
  ];
  for (const [name, inContext, expected] of table) {
    it(name, () => {
      assert.deepEqual(preferInContext(inContext, alone), expected);
    });
  }
});
