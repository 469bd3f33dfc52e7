// @ts-nocheck
import assert from 'node:assert/strict';
import { isNewQuestionForCheck } from '../../../src/core/checks/pastedCheckInput';
import type { IntentKind } from '../../../src/core/knowledge/types';
import type { MatchDecision } from '../../../src/core/matching/decision';

const answer = (intent: string): MatchDecision => ({ kind: 'answer', intent, confidence: 0.9, ranked: [] });
const kinds: Record<string, IntentKind> = { 'error-invalid-header': 'guidance', greeting: 'conversation' };
const kindOf = (id: string): IntentKind | undefined => kinds[id];

describe('a new question while a check waits for pasted text', () => {
  const table: [string, string, string, MatchDecision, boolean][] = [
    ['version check, a CPK question', 'version-check', 'what does InvalidHeaderValue mean?', answer('error-invalid-header'), true],
    ['version check, a library with a version', 'version-check', 'InvalidHeaderValue with @azure/storage-blob 12.1.0', answer('error-invalid-header'), false],
    ['key check, a CPK question', 'key-check', 'what does InvalidHeaderValue mean?', answer('error-invalid-header'), true],
    ['key check, labelled values', 'key-check', 'InvalidHeaderValue, key: MDEyMzQ1NjcwMTIzNDU2NzAxMjM0NTY3MDEyMzQ1Njc=', answer('error-invalid-header'), false],
    ['key check, two bare tokens', 'key-check', 'InvalidHeaderValue again', answer('error-invalid-header'), false],
    ['key check, small talk', 'key-check', 'hello there my friend', answer('greeting'), false],
    ['key check, unclear text', 'key-check', 'not sure what you need', { kind: 'fallback', reason: 'below-threshold', ranked: [] }, false],
    ['the handoff note is never interrupted', 'handoff', 'what does InvalidHeaderValue mean?', answer('error-invalid-header'), false],
    ['the blob check prompts are never interrupted', 'blob-check', 'what does InvalidHeaderValue mean?', answer('error-invalid-header'), false],
  ];
  for (const [name, dialog, text, decision, expected] of table) {
    it(name, () => assert.equal(isNewQuestionForCheck(dialog, text, () => decision, kindOf), expected));
  }

  it('asks the matcher only when the text is not the check input', () => {
    let asked = 0;
    const decide = (): MatchDecision => {
      asked += 1;
      return answer('error-invalid-header');
    };
    isNewQuestionForCheck('handoff', 'what does InvalidHeaderValue mean?', decide, kindOf);
    isNewQuestionForCheck('version-check', '@azure/storage-blob 12.1.0', decide, kindOf);
    assert.equal(asked, 0);
    isNewQuestionForCheck('version-check', 'what does InvalidHeaderValue mean?', decide, kindOf);
    assert.equal(asked, 1);
  });
});
