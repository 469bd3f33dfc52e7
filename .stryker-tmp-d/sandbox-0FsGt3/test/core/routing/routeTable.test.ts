/**
 * The route table (issue #16, item 2), row by row: which row wins for each kind of message, with and without a
 * waiting question, and the route each button and each matcher decision maps to. Pure: turns are built by
 * `readTurn` with a matcher that returns a fixed decision.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { CardActionData } from '../../../src/core/cards/cardView';
import type { CheckId } from '../../../src/core/knowledge/types';
import type { Matcher, MatchDecision } from '../../../src/core/matching/decision';
import type { Route } from '../../../src/core/routing/route';
import { chooseRoute, routeOfButton, routeOfDecision, type RouteRank, type RouteSituation, type WaitingPrompt } from '../../../src/core/routing/routeTable';
import { readTurn, type Turn } from '../../../src/core/routing/turn';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import { realKnowledge } from '../../support/testConversation';

const ranked = [
  { intent: 'lost-key', confidence: 0.6 },
  { intent: 'rotate-key', confidence: 0.58 },
];
const answer = (intent: string, confidence = 0.8): MatchDecision => ({ kind: 'answer', intent, confidence, ranked });
const notUnderstood: MatchDecision = { kind: 'fallback', reason: 'below-threshold', ranked: [] };

function fixed(decision: MatchDecision): Matcher {
  return { match: () => decision };
}

/** A typed message the matcher reads as `decision`, with the entities the real matcher would find in it. */
function typed(text: string, decision: MatchDecision = notUnderstood): Turn {
  return readTurn({ type: 'message', text }, fixed({ ...decision, entities: extractEntities(text) }), 4000);
}

function pressed(action: CardActionData): Turn {
  return readTurn({ type: 'message', value: action }, fixed(answer('lost-key')), 4000);
}

const ALL_CHECKS: ReadonlySet<CheckId> = new Set(['key-check', 'version-check', 'blob-check', 'key-inventory']);
const kb = realKnowledge();

function situation(waiting?: WaitingPrompt, inContext?: (alone: Route) => Route): RouteSituation {
  return {
    ...(waiting === undefined ? {} : { waiting }),
    availableChecks: ALL_CHECKS,
    isGuidance: (intent) => kb.intents.get(intent)?.kind === 'guidance',
    asksSomething: kb.scope.asksSomething.regex,
    ...(inContext === undefined ? {} : { inContext }),
  };
}

function rankOf(turn: Turn, waiting?: WaitingPrompt): [RouteRank, string] {
  const choice = chooseRoute(turn, situation(waiting));
  return [choice.rank, choice.route.kind];
}

describe('route table: rows in rank order (issue #16)', () => {
  const keyBytes = Buffer.alloc(32, 3);
  const key = keyBytes.toString('base64');
  const hash = createHash('sha256').update(keyBytes).digest('base64');
  const table: [string, Turn, WaitingPrompt | undefined, RouteRank, string][] = [
    ['a command beats everything, even a waiting check', typed('start over'), 'key-check', 'global-command', 'restart'],
    ['help at a prompt is a command', typed('help'), 'feedback-comment', 'global-command', 'help'],
    ['typed request for a human at the key check', typed('talk to a human', answer('escalate')), 'key-check', 'handoff-request', 'handoff'],
    ['the human button at the version check', pressed({ cpk: 'handoff' }), 'version-check', 'handoff-request', 'handoff'],
    ['a request for a human at the handoff confirmation is its yes', typed('talk to a human', answer('escalate')), 'handoff', 'prompt-input', 'prompt'],
    ['a URL the matcher leans to "escalate" is the URL prompt\'s answer', typed('https://acct.blob.core.windows.net/c/b.bin', answer('escalate')), 'blob-check', 'prompt-input', 'prompt'],
    ['an answer button stays with its question', pressed({ cpk: 'answer', answer: 'skip' }), 'handoff', 'prompt-input', 'prompt'],
    ['another button leaves the comment prompt', pressed({ cpk: 'intent', intent: 'sdk-versions' }), 'feedback-comment', 'button', 'answer'],
    ['a stale answer button with nothing waiting', pressed({ cpk: 'answer', answer: 'yes' }), undefined, 'button', 'fallback'],
    ['an explicit check request leaves another check', typed('check my key', answer('lost-key')), 'version-check', 'check-request', 'check'],
    ['key values are the key check\'s input', typed(`key=${key}`), 'key-check', 'prompt-input', 'prompt'],
    ['two bare tokens are the key check\'s input', typed('abc def'), 'key-check', 'prompt-input', 'prompt'],
    ['a package with its version is the version check\'s input', typed('Azure.Storage.Blobs 12.6.0'), 'version-check', 'prompt-input', 'prompt'],
    ['a comment stays a comment', typed('the steps were fine but slow', answer('rotate-key')), 'feedback-comment', 'prompt-input', 'prompt'],
    ['a CPK question leaves the comment prompt', typed('how do I rotate the key?', answer('rotate-key')), 'feedback-comment', 'new-question', 'answer'],
    ['a pasted error code leaves the handoff note', typed('ErrorCode: BlobCustomerSpecifiedEncryptionMismatch', answer('error-key-mismatch')), 'handoff', 'new-question', 'answer'],
    ['a CPK question leaves the key check', typed('what does InvalidHeaderValue mean', answer('error-invalid-header')), 'key-check', 'new-question', 'answer'],
    ['small talk at the key check: the check says what it needs', typed('thanks a lot for that', answer('thanks')), 'key-check', 'prompt-input', 'prompt'],
    ['nothing typed at a prompt: it asks again', readTurn({ type: 'message', text: '   ' }, fixed(notUnderstood), 4000), 'blob-check', 'prompt-input', 'prompt'],
    ['a new question with nothing waiting', typed('how do I rotate the key?', answer('rotate-key')), undefined, 'new-question', 'answer'],
    ['the two CPK headers pasted are a request for the key check', typed(`x-ms-encryption-key: ${key}\nx-ms-encryption-key-sha256: ${hash}`), undefined, 'check-request', 'check'],
    ['a key and hash named in a sentence run the key check', typed(`my key is ${key} and the sha is ${hash}`), undefined, 'new-question', 'check'],
    ['a package and version on their own get the version verdict', typed('we use Azure.Storage.Blobs 12.2.0'), undefined, 'new-question', 'check'],
    ['not understood', typed('zxqv plorb'), undefined, 'fallback', 'fallback'],
    ['an empty message', readTurn({ type: 'message', text: '' }, fixed(notUnderstood), 4000), undefined, 'fallback', 'fallback'],
  ];
  for (const [name, turn, waiting, rank, kind] of table) {
    it(name, () => {
      assert.deepEqual(rankOf(turn, waiting), [rank, kind]);
      assert.notEqual(chooseRoute(turn, situation(waiting)).reason, '');
    });
  }

  it('an answer about something else keeps the version verdict as a second reply', () => {
    const choice = chooseRoute(typed('Exists() throws 409 on Azure.Storage.Blobs 12.6.0', answer('error-key-missing')), situation());
    assert.deepEqual(choice.route, { kind: 'answer', intent: 'error-key-missing', confidence: 0.8, via: 'text', thenCheck: 'version-check' });
  });

  it('a question the context answers leaves a free-text prompt; a plain comment stays', () => {
    const inContext = (): Route => ({ kind: 'answer', intent: 'data-protection', confidence: 0.7, via: 'context' });
    const followUp = chooseRoute(typed('what about snapshots?'), situation('feedback-comment', inContext));
    assert.deepEqual([followUp.rank, followUp.route.kind], ['new-question', 'answer']);
    const comment = chooseRoute(typed('snapshots were the confusing part'), situation('feedback-comment', inContext));
    assert.deepEqual([comment.rank, comment.route.kind], ['prompt-input', 'prompt']);
  });

  it('a check this deployment cannot run is not chosen', () => {
    const choice = chooseRoute(typed('check my key', answer('lost-key')), { ...situation(), availableChecks: new Set() });
    assert.deepEqual(choice.route, { kind: 'answer', intent: 'lost-key', confidence: 0.8, via: 'text' });
  });

  it('every typed question is read against the context, which returns its own route for a message that stands alone', () => {
    const calls: Route[] = [];
    const inContext = (alone: Route): Route => {
      calls.push(alone);
      return alone.kind === 'answer' ? alone : { kind: 'topicDetails', intent: 'rotate-key' };
    };
    assert.deepEqual(chooseRoute(typed('how do I rotate?', answer('rotate-key')), situation(undefined, inContext)).route, { kind: 'answer', intent: 'rotate-key', confidence: 0.8, via: 'text' });
    assert.deepEqual(calls, [{ kind: 'answer', intent: 'rotate-key', confidence: 0.8, via: 'text' }]);
    assert.deepEqual(chooseRoute(typed('why?'), situation(undefined, inContext)).route, { kind: 'topicDetails', intent: 'rotate-key' });
    assert.equal(calls.length, 2);
  });

  it('a pasted key check is not read against the context', () => {
    const calls: Route[] = [];
    const inContext = (alone: Route): Route => {
      calls.push(alone);
      return alone;
    };
    const turn: Turn = { ...typed('key=abc sha256=def'), pastedCheck: 'key-check' };
    assert.deepEqual(chooseRoute(turn, situation(undefined, inContext)).route, { kind: 'check', check: 'key-check' });
    assert.equal(calls.length, 0);
  });
});

describe('route table: buttons and decisions', () => {
  it('maps every card button to its route', () => {
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
      assert.deepEqual(routeOfButton(action), route, JSON.stringify(action));
    }
  });

  it('maps every matcher decision (out of scope only for out-of-scope)', () => {
    assert.deepEqual(routeOfDecision(answer('lost-key')), { kind: 'answer', intent: 'lost-key', confidence: 0.8, via: 'text' });
    assert.deepEqual(routeOfDecision(answer('escalate')), { kind: 'handoff' });
    assert.deepEqual(routeOfDecision(answer('help')), { kind: 'help' });
    assert.deepEqual(routeOfDecision({ kind: 'didYouMean', candidates: ranked, ranked }), { kind: 'didYouMean', candidates: ranked });
    assert.deepEqual(routeOfDecision(notUnderstood), { kind: 'fallback', reason: 'below-threshold', rule: undefined, outOfScope: false });
    assert.deepEqual(routeOfDecision({ kind: 'fallback', reason: 'out-of-scope', rule: 'classified-none', ranked }), {
      kind: 'fallback',
      reason: 'out-of-scope',
      rule: 'classified-none',
      outOfScope: true,
    });
  });
});

describe('the turn is read once', () => {
  it('matches typed text once and never a button or a command', () => {
    const asked: string[] = [];
    const counting: Matcher = {
      match(text) {
        asked.push(text);
        return answer('lost-key');
      },
    };
    readTurn({ type: 'message', value: { cpk: 'intent', intent: 'lost-key' } }, counting, 4000);
    readTurn({ type: 'message', text: 'start over' }, counting, 4000);
    readTurn({ type: 'conversationUpdate' }, counting, 4000);
    assert.deepEqual(asked, []);
    const turn = readTurn({ type: 'message', text: '  I lost my key  ' }, counting, 4000);
    assert.deepEqual(asked, ['I lost my key']);
    assert.equal(turn.decision?.kind, 'answer');
  });

  it('takes its facts from the matcher\'s reading, not from a second recogniser', () => {
    const entities = { errorCodes: [{ code: 'InvalidHeaderValue', fuzzy: false }], httpStatuses: [400], headerNames: [], serviceVersions: [], requestIds: [], sdks: [], urls: [], keyMaterial: [] };
    const turn = readTurn({ type: 'message', text: 'words with no code in them' }, fixed({ ...answer('lost-key'), entities }), 4000);
    assert.deepEqual(turn.entities, entities);
  });

  it('keeps the exact text for the checks (not normalised), cut at 20,000 characters', () => {
    const turn = readTurn({ type: 'message', text: `key:\u00a0${'A'.repeat(30000)}` }, fixed(notUnderstood), 4000);
    assert.equal(turn.checkText.length, 20000);
    assert.ok(turn.checkText.startsWith('key:\u00a0'));
  });
});
