/**
 * The case state machine (issue #19) under random sequences of steps: the state only moves waiting -> active ->
 * closed, one agent keeps an accepted case, nothing changes a closed case, messages stay bounded and redacted,
 * and the queue timeout applies to waiting cases only. Replay a failure with PROPERTY_SEED=<seed>.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { acceptCase, addAgentMessage, addMessage, closeCase, type CaseStep, hasTimedOut, openCase } from '../../../src/core/cases/caseTransitions';
import { decideCaseTurn } from '../../../src/core/cases/decideCaseTurn';
import { CASE_LIMITS, type ClosedBy, type SupportCase } from '../../../src/core/cases/supportCase';
import { medianSeconds, waitEstimateText } from '../../../src/core/cases/waitEstimate';
import type { CaseSummary } from '../../../src/core/handoff/caseSummary';
import { propertySeed, seededRandom } from '../../support/seededRandom';

const SUMMARY: CaseSummary = { problem: 'p', reason: 'user-request', entities: [], checks: [], cardsShown: [], channel: 'directline', conversationId: 'c1', createdAt: '2026-01-01T00:00:00.000Z' };
const START = new Date('2026-01-01T10:00:00Z');

function fresh(): SupportCase {
  return openCase({
    id: '00000000-0000-4000-8000-000000000001',
    reference: { channelId: 'directline', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'c1' }, bot: { id: 'b' }, user: { id: 'u' } },
    summary: SUMMARY,
    transcript: [],
    now: START,
  });
}

const RANK = { waiting: 0, active: 1, closed: 2 } as const;

describe('case state machine (property): random steps never break the rules', () => {
  const seed = propertySeed();
  const random = seededRandom(seed);
  const agents = ['Alex', 'Sam', '  Alex  ', ''];
  const closers: ClosedBy[] = ['agent', 'user', 'timeout', 'hub-completed', 'hub-failed'];

  it(`holds for 300 random sequences (seed ${seed})`, () => {
    for (let run = 0; run < 300; run += 1) {
      let current = fresh();
      let now = START;
      const steps = 1 + random.int(40);
      for (let index = 0; index < steps; index += 1) {
        now = new Date(now.getTime() + random.int(120_000));
        const before = current;
        const kind = random.int(5);
        const key = random.bytes(32).toString('base64');
        const text = random.int(3) === 0 ? `key ${key}` : 'x'.repeat(random.int(6000));
        let step: CaseStep;
        switch (kind) {
          case 0:
            step = acceptCase(current, random.pick(agents), now);
            break;
          case 1:
            step = addMessage(current, 'user', text, now);
            break;
          case 2:
            step = addAgentMessage(current, text, now);
            break;
          case 3:
            step = closeCase(current, random.pick(closers), now);
            break;
          default:
            step = addMessage(current, 'bot', text, now);
        }
        if (!step.ok) {
          assert.equal(step.current, before, 'a refused step changes nothing');
          if (before.state === 'closed') {
            assert.equal(step.refusal, 'closed', `seed ${seed}`);
          }
          continue;
        }
        current = step.next;
        assert.ok(RANK[current.state] >= RANK[before.state], `the state never goes back (seed ${seed})`);
        assert.notEqual(before.state, 'closed', `a closed case never changes (seed ${seed})`);
        if (before.state === 'active') {
          assert.equal(current.agentName, before.agentName, `one agent keeps the case (seed ${seed})`);
        }
        if (kind === 2) {
          assert.equal(before.state, 'active', 'agent messages only on an accepted case');
          assert.equal(current.messages[current.messages.length - 1]?.agentName, current.agentName, 'the agent is named');
        }
        assert.ok(current.messages.length <= CASE_LIMITS.maxMessages);
        for (const message of current.messages) {
          assert.ok(message.text.length <= CASE_LIMITS.maxMessageChars);
          assert.ok(!message.text.includes(key), `a pasted key is never stored (seed ${seed})`);
        }
      }
    }
  });

  it('times out waiting cases only, at exactly the limit', () => {
    const waiting = fresh();
    for (let trial = 0; trial < 200; trial += 1) {
      const limit = 1 + random.int(86_400);
      const waited = random.int(2 * limit);
      const at = new Date(START.getTime() + waited * 1000);
      assert.equal(hasTimedOut(waiting, at, limit), waited >= limit, `waited ${waited}, limit ${limit} (seed ${seed})`);
      const accepted = acceptCase(waiting, 'Alex', START);
      assert.ok(accepted.ok);
      assert.equal(hasTimedOut(accepted.next, at, limit), false, 'an active case does not time out');
    }
  });
});

describe('what a user\'s turn does while a case exists (table)', () => {
  const waiting = fresh();
  const accepted = acceptCase(waiting, 'Alex', START);
  assert.ok(accepted.ok);
  const active = accepted.next;
  const closedStep = closeCase(active, 'agent', START);
  assert.ok(closedStep.ok);
  const message = (text: string, isCancel = false): { type: string; isCancel: boolean; hasContent: boolean } => ({ type: 'message', isCancel, hasContent: text !== '' });
  const rows: [string, SupportCase | undefined, Parameters<typeof decideCaseTurn>[1], number, ReturnType<typeof decideCaseTurn>][] = [
    ['no case any more', undefined, message('hi'), 0, 'back'],
    ['closed by the engineer', closedStep.next, message('hi'), 0, 'back'],
    ['waiting: acknowledged', waiting, message('hi'), 10, 'acknowledge'],
    ['active: relayed', active, message('hi'), 10, 'relay'],
    ['cancel while waiting', waiting, message('cancel', true), 10, 'cancel'],
    ['cancel while active', active, message('cancel', true), 10, 'cancel'],
    ['waiting past the timeout', waiting, message('hi'), 900, 'timeout'],
    ['active past the timeout still relays', active, message('hi'), 900, 'relay'],
    ['hub completed', waiting, { type: 'event', name: 'handoff.status', value: { state: 'completed' }, isCancel: false, hasContent: false }, 10, 'hub-completed'],
    ['hub failed', active, { type: 'event', name: 'handoff.status', value: { state: 'failed' }, isCancel: false, hasContent: false }, 10, 'hub-failed'],
    ['hub accepted: nothing', waiting, { type: 'event', name: 'handoff.status', value: { state: 'accepted' }, isCancel: false, hasContent: false }, 10, 'ignore'],
    ['typing: nothing', active, { type: 'typing', isCancel: false, hasContent: false }, 10, 'ignore'],
    ['empty message: nothing', waiting, message(''), 10, 'ignore'],
  ];
  for (const [name, current, input, secondsLater, expected] of rows) {
    it(`${name} -> ${expected}`, () => {
      assert.equal(decideCaseTurn(current, input, new Date(START.getTime() + secondsLater * 1000), 900), expected);
    });
  }
});

describe('how long cases usually wait', () => {
  it('is the median of recent waits, and the queue limit without history', () => {
    const random = seededRandom(propertySeed());
    for (let trial = 0; trial < 100; trial += 1) {
      const waits = Array.from({ length: 1 + random.int(20) }, () => random.int(3600));
      const median = medianSeconds(waits) ?? -1;
      assert.ok(waits.filter((wait) => wait < median).length <= waits.length / 2);
      assert.ok(waits.filter((wait) => wait > median).length <= waits.length / 2);
    }
    assert.match(waitEstimateText([], 900), /within 15 minutes/);
    assert.match(waitEstimateText([60, 240, 300], 900), /usually wait about 4 minutes .*at most 15 minutes/);
  });
});
