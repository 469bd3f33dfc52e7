/**
 * The route table's choices in full (rank, reason and route), for the rows whose outcome another row can mimic:
 * a waiting question that reads a message and one that only asks again both give `prompt-input`, so mutation
 * testing (issue #21) found the prompts' own rules, the version verdict's rules and the non-text rows untested
 * when only rank and route kind were checked.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { CheckId } from '../../../src/core/knowledge/types';
import type { Matcher, MatchDecision } from '../../../src/core/matching/decision';
import type { Route } from '../../../src/core/routing/route';
import { chooseRoute, type RouteChoice, type RouteSituation, type WaitingPrompt } from '../../../src/core/routing/routeTable';
import { readTurn, type Turn } from '../../../src/core/routing/turn';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import { realKnowledge } from '../../support/testConversation';

const answer = (intent: string): MatchDecision => ({ kind: 'answer', intent, confidence: 0.8, ranked: [] });
const notUnderstood: MatchDecision = { kind: 'fallback', reason: 'below-threshold', ranked: [] };
const fixed = (decision: MatchDecision): Matcher => ({ match: () => decision });
const typed = (text: string, decision: MatchDecision = notUnderstood): Turn =>
  readTurn({ type: 'message', text }, fixed({ ...decision, entities: extractEntities(text) }), 4000);
const kb = realKnowledge();

function situation(waiting?: WaitingPrompt, inContext?: (alone: Route) => Route, checks: CheckId[] = ['key-check', 'version-check', 'blob-check', 'key-inventory']): RouteSituation {
  return {
    ...(waiting === undefined ? {} : { waiting }),
    availableChecks: new Set(checks),
    isGuidance: (intent) => kb.intents.get(intent)?.kind === 'guidance',
    asksSomething: kb.scope.asksSomething.regex,
    ...(inContext === undefined ? {} : { inContext }),
  };
}

const reads = (waiting: WaitingPrompt): RouteChoice => ({ rank: 'prompt-input', reason: `the waiting ${waiting} reads this message`, route: { kind: 'prompt' } });
const asksAgain = (waiting: WaitingPrompt): RouteChoice => ({ rank: 'prompt-input', reason: `not a question: the waiting ${waiting} says what it needs`, route: { kind: 'prompt' } });
const leaves = (waiting: WaitingPrompt, route: Route): RouteChoice => ({ rank: 'new-question', reason: `a new question leaves the waiting ${waiting}`, route });
const rotate: Route = { kind: 'answer', intent: 'rotate-key', confidence: 0.8, via: 'text' };
const URL = 'https://acct.blob.core.windows.net/c/b.bin';
const KEY = Buffer.alloc(32, 3).toString('base64');
const HASH = createHash('sha256').update(Buffer.alloc(32, 3)).digest('base64');

describe('route table: each choice in full', () => {
  const cases: [string, Turn, RouteSituation, RouteChoice][] = [
    ['key check: two bare tokens', typed('abc def'), situation('key-check'), reads('key-check')],
    ['key check: three words of small talk', typed('thanks a lot', answer('thanks')), situation('key-check'), asksAgain('key-check')],
    ['key check: values in a sentence', typed(`my key is ${KEY} and its hash is ${HASH}`, answer('thanks')), situation('key-check'), reads('key-check')],
    ['version check: a package and its version', typed('Azure.Storage.Blobs 12.6.0'), situation('version-check'), reads('version-check')],
    ['version check: small talk', typed('thanks a lot', answer('thanks')), situation('version-check'), asksAgain('version-check')],
    ['blob check: a yes', typed('yes'), situation('blob-check'), reads('blob-check')],
    ['blob check: a URL in a CPK question is the answer', typed(`how do I rotate the key for ${URL}?`, answer('rotate-key')), situation('blob-check'), reads('blob-check')],
    ['blob check: a CPK question leaves', typed('how do I rotate the key?', answer('rotate-key')), situation('blob-check'), leaves('blob-check', rotate)],
    ['key inventory: a CPK question leaves', typed('how do I rotate the key?', answer('rotate-key')), situation('key-inventory'), leaves('key-inventory', rotate)],
    ['key inventory: a no', typed('no'), situation('key-inventory'), reads('key-inventory')],
    ['handoff note: a CPK question leaves', typed('how do I rotate the key?', answer('rotate-key')), situation('handoff'), leaves('handoff', rotate)],
    ['handoff note: a note', typed('please call me tomorrow', answer('thanks')), situation('handoff'), reads('handoff')],
    [
      'comment: a question the bot can only partly answer leaves',
      typed('how do I rotate the key?', { kind: 'fallback', reason: 'cpk-unanswered', ranked: [] }),
      situation('feedback-comment'),
      leaves('feedback-comment', { kind: 'fallback', reason: 'cpk-unanswered', rule: undefined, outOfScope: false }),
    ],
    [
      'comment: a did-you-mean question leaves',
      typed('how do I rotate the key?', { kind: 'didYouMean', candidates: [{ intent: 'rotate-key', confidence: 0.5 }], ranked: [] }),
      situation('feedback-comment'),
      leaves('feedback-comment', { kind: 'didYouMean', candidates: [{ intent: 'rotate-key', confidence: 0.5 }] }),
    ],
    [
      'blob check: a did-you-mean question asks again (only the free-text prompts leave for it)',
      typed('how do I rotate the key?', { kind: 'didYouMean', candidates: [{ intent: 'rotate-key', confidence: 0.5 }], ranked: [] }),
      situation('blob-check'),
      asksAgain('blob-check'),
    ],
    [
      'key check: a check read in context leaves',
      typed('and what about this one please', answer('thanks')),
      situation('key-check', () => ({ kind: 'check', check: 'blob-check' })),
      leaves('key-check', { kind: 'check', check: 'blob-check' }),
    ],
    [
      'key check: topic details read in context leave',
      typed('and what about this one please', answer('thanks')),
      situation('key-check', () => ({ kind: 'topicDetails', intent: 'rotate-key' })),
      leaves('key-check', { kind: 'topicDetails', intent: 'rotate-key' }),
    ],
    [
      'key check: a version row read in context leaves',
      typed('and what about this one please', answer('thanks')),
      situation('key-check', () => ({ kind: 'versionRow', row: 'dotnet' })),
      leaves('key-check', { kind: 'versionRow', row: 'dotnet' }),
    ],
    ['nothing waiting: an empty message', readTurn({ type: 'message', text: '' }, fixed(notUnderstood), 4000), situation(), { rank: 'fallback', reason: 'empty-input', route: { kind: 'fallback', reason: 'empty-input', outOfScope: false } }],
    [
      'nothing waiting: a button the bot does not know',
      readTurn({ type: 'message', value: { cpk: 'nonsense' } }, fixed(notUnderstood), 4000),
      situation(),
      { rank: 'fallback', reason: 'unknown-action', route: { kind: 'fallback', reason: 'unknown-action', outOfScope: false } },
    ],
    [
      'a button the bot does not know at a prompt: it asks again',
      readTurn({ type: 'message', value: { cpk: 'nonsense' } }, fixed(notUnderstood), 4000),
      situation('blob-check'),
      { rank: 'prompt-input', reason: 'nothing to read (unknownAction): the waiting blob-check asks again', route: { kind: 'prompt' } },
    ],
    [
      'the contact-support button asks for a human',
      readTurn({ type: 'message', value: { cpk: 'intent', intent: 'escalate' } }, fixed(notUnderstood), 4000),
      situation(),
      { rank: 'handoff-request', reason: 'asked for a human', route: { kind: 'handoff' } },
    ],
    [
      'another intent button is a button',
      readTurn({ type: 'message', value: { cpk: 'intent', intent: 'rotate-key' } }, fixed(notUnderstood), 4000),
      situation(),
      { rank: 'button', reason: 'button "intent"', route: { kind: 'answer', intent: 'rotate-key', confidence: 1, via: 'button' } },
    ],
    ['a check the deployment cannot run is read as a question', typed('check my key', answer('rotate-key')), situation(undefined, undefined, []), { rank: 'new-question', reason: 'a question (answer)', route: rotate }],
    ['a package and version not understood get the version verdict', typed('Azure.Storage.Blobs 12.6.0'), situation(), { rank: 'new-question', reason: 'a question (check)', route: { kind: 'check', check: 'version-check' } }],
    [
      'a package and version without the version check stay not understood',
      typed('Azure.Storage.Blobs 12.6.0'),
      situation(undefined, undefined, ['key-check']),
      { rank: 'fallback', reason: 'not understood (fallback)', route: { kind: 'fallback', reason: 'below-threshold', rule: undefined, outOfScope: false } },
    ],
    [
      'the versions card with a package and version stays the versions card',
      typed('Azure.Storage.Blobs 12.6.0', answer('sdk-versions')),
      situation(),
      { rank: 'new-question', reason: 'a question (check)', route: { kind: 'check', check: 'version-check' } },
    ],
    [
      'a typed message without a decision (a turn built without the matcher) is not understood',
      { ...typed('zzz'), decision: undefined },
      situation(),
      { rank: 'fallback', reason: 'not understood (fallback)', route: { kind: 'fallback', reason: 'empty-input', outOfScope: false } },
    ],
    ['a request for help with a package and version stays help', typed('help me with Azure.Storage.Blobs 12.6.0', answer('help')), situation(), { rank: 'new-question', reason: 'a question (help)', route: { kind: 'help' } }],
  ];
  for (const [name, turn, where, expected] of cases) {
    it(name, () => {
      assert.deepEqual(chooseRoute(turn, where), expected);
    });
  }
});
