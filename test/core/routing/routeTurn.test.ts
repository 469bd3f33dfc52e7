/**
 * routeTurn, the pure router (issue #21: part of the mutation-tested core). Every input kind and every matcher
 * decision maps to one route; the matcher is consulted for typed text only.
 */
import assert from 'node:assert/strict';
import type { CardActionData } from '../../../src/core/cards/cardView';
import type { Matcher, MatchDecision } from '../../../src/core/matching/decision';
import { type Route, routeTurn } from '../../../src/core/routing/routeTurn';

/** A matcher that returns one fixed decision and records what it was asked. */
function fixedMatcher(decision: MatchDecision): Matcher & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    match(text) {
      asked.push(text);
      return decision;
    },
  };
}

const ranked = [
  { intent: 'lost-key', confidence: 0.6 },
  { intent: 'rotate-key', confidence: 0.58 },
];

describe('routeTurn', () => {
  it('maps every card action to its route without asking the matcher', () => {
    const table: [CardActionData, Route][] = [
      [{ cpk: 'intent', intent: 'lost-key' }, { kind: 'answer', intent: 'lost-key', confidence: 1, via: 'button' }],
      [{ cpk: 'intent', intent: 'escalate' }, { kind: 'handoff' }],
      [{ cpk: 'check', check: 'key-check' }, { kind: 'check', check: 'key-check' }],
      [{ cpk: 'versionRow', row: 'dotnet' }, { kind: 'versionRow', row: 'dotnet' }],
      [{ cpk: 'handoff' }, { kind: 'handoff' }],
      [{ cpk: 'restart' }, { kind: 'restart' }],
      [{ cpk: 'help' }, { kind: 'help' }],
      [{ cpk: 'noneOfThese' }, { kind: 'fallback', reason: 'none-of-these', outOfScope: false }],
      [{ cpk: 'feedback', intent: 'lost-key', helpful: false }, { kind: 'feedback', intent: 'lost-key', helpful: false }],
      [{ cpk: 'answer', answer: 'yes' }, { kind: 'fallback', reason: 'unknown-action', outOfScope: false }],
    ];
    for (const [action, route] of table) {
      const matcher = fixedMatcher({ kind: 'fallback', reason: 'below-threshold', ranked: [] });
      assert.deepEqual(routeTurn({ kind: 'action', action }, matcher), route, JSON.stringify(action));
      assert.deepEqual(matcher.asked, []);
    }
  });

  it('empty input and unknown actions fall back with their own reasons, not out of scope', () => {
    const matcher = fixedMatcher({ kind: 'answer', intent: 'lost-key', confidence: 0.9, ranked });
    assert.deepEqual(routeTurn({ kind: 'empty' }, matcher), { kind: 'fallback', reason: 'empty-input', outOfScope: false });
    assert.deepEqual(routeTurn({ kind: 'unknownAction' }, matcher), { kind: 'fallback', reason: 'unknown-action', outOfScope: false });
    assert.deepEqual(matcher.asked, []);
  });

  it('typed text: answer, escalate, help, did-you-mean and fallbacks (out of scope only for out-of-scope)', () => {
    const text = (decision: MatchDecision): Route => routeTurn({ kind: 'text', text: 'some words', truncated: false }, fixedMatcher(decision));
    assert.deepEqual(text({ kind: 'answer', intent: 'lost-key', confidence: 0.8, ranked }), { kind: 'answer', intent: 'lost-key', confidence: 0.8, via: 'text' });
    assert.deepEqual(text({ kind: 'answer', intent: 'escalate', confidence: 0.8, ranked }), { kind: 'handoff' });
    assert.deepEqual(text({ kind: 'answer', intent: 'help', confidence: 0.8, ranked }), { kind: 'help' });
    assert.deepEqual(text({ kind: 'didYouMean', candidates: ranked, ranked }), { kind: 'didYouMean', candidates: ranked });
    assert.deepEqual(text({ kind: 'fallback', reason: 'below-threshold', ranked }), { kind: 'fallback', reason: 'below-threshold', rule: undefined, outOfScope: false });
    assert.deepEqual(text({ kind: 'fallback', reason: 'out-of-scope', rule: 'classified-none', ranked }), {
      kind: 'fallback',
      reason: 'out-of-scope',
      rule: 'classified-none',
      outOfScope: true,
    });
  });

  it('asks the matcher with the typed text itself', () => {
    const matcher = fixedMatcher({ kind: 'fallback', reason: 'no-known-words', ranked: [] });
    routeTurn({ kind: 'text', text: 'zzqx wibble', truncated: false }, matcher);
    assert.deepEqual(matcher.asked, ['zzqx wibble']);
  });
});
