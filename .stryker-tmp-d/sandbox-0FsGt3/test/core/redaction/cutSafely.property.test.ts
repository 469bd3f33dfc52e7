/**
 * Redact before any cut (issue #15): a key that crosses a length limit must not leave a piece behind, whether
 * the text is stored (redacted, then cut) or still read by the bot (cut before the key). Random keys at random
 * offsets around the limit; the seed is printed for replay (PROPERTY_SEED).
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { boundFeedbackRecord } from '../../../src/core/feedback/boundFeedbackRecord';
import { keySafeCutIndex, redactThenCut } from '../../../src/core/redaction/cutSafely';
import { redactSecrets } from '../../../src/core/redaction/redact';
import { normalizeInput } from '../../../src/core/text/normalizeInput';
import { everyShape, keyRuns, leakedRuns } from '../../support/keyShapes';
import { propertySeed, seededRandom } from '../../support/seededRandom';

describe('cutting text never leaves part of a key (property test)', () => {
  const seed = propertySeed();

  it(`stored text is redacted before it is cut, and the input limit cuts before a key (seed ${seed})`, () => {
    const random = seededRandom(seed);
    let checked = 0;
    for (let round = 0; round < 40; round += 1) {
      for (const key of everyShape(random)) {
        const limit = 200 + random.int(800);
        const prefix = 'n'.repeat(Math.max(0, limit - random.int(key.value.length + 1)));
        const text = `${prefix} ${key.value} and more`;
        const runs = keyRuns([key]);
        assert.deepEqual(leakedRuns(redactThenCut(text, limit), runs), [], `seed ${seed}: ${key.shape} stored`);
        const input = normalizeInput(text, limit);
        assert.ok(input.text.length <= limit);
        // What the cut input keeps of the key is still recognised, so the redactor catches it wherever it is written.
        assert.deepEqual(leakedRuns(redactSecrets(input.text), runs), [], `seed ${seed}: ${key.shape} input cut through the key`);
        checked += 1;
      }
    }
    assert.ok(checked > 1500);
  });

  it('cuts at the limit when no key crosses it', () => {
    assert.equal(keySafeCutIndex('a'.repeat(5000), 4000), 4000);
    assert.equal(keySafeCutIndex('short', 4000), 5);
  });
});

describe('feedback records are bounded field by field (issue #15)', () => {
  const envelope = { time: '2026-12-06T00:00:00Z', conversationId: 'c'.repeat(10_000), channel: 'webchat' };
  const known = (id: string): boolean => id === 'rotate-key';

  it('an intent id the knowledge base does not know is recorded as unknown, even a 100 KB one', () => {
    const record = boundFeedbackRecord({ kind: 'feedback', intent: 'x'.repeat(100_000), helpful: true, ...envelope }, known);
    assert.deepEqual({ ...record, conversationId: '' }, { kind: 'feedback', intent: 'unknown', helpful: true, time: envelope.time, channel: 'webchat', conversationId: '' });
    assert.ok(record.conversationId.length <= 200);
    assert.equal(boundFeedbackRecord({ kind: 'comment', intent: 'rotate-key', comment: 'ok', ...envelope }, known).kind, 'comment');
  });

  it('every text field is redacted and cut, and the whole line stays small', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const record = boundFeedbackRecord({ kind: 'unanswered', text: `${'q'.repeat(990)} ${key}`, reason: 'r'.repeat(5000), rule: key, ...envelope }, known);
    const line = JSON.stringify(record);
    assert.ok(line.length < 2000, String(line.length));
    assert.ok(!line.includes(key.slice(0, 12)));
  });
});
