/**
 * How the case summary chooses what it says (issue #21: mutation testing found most of these choices untested):
 * which answered topic it names and why, which message is the problem and how it is cut, how checks are merged,
 * where the support routing comes from, and which of the user's name and note are kept.
 */
import assert from 'node:assert/strict';
import { type CaseLog, newCaseLog, recordAnswer, recordCheck, recordTurn } from '../../../src/core/handoff/caseLog';
import { buildCaseSummary, type CaseSummary, type CaseSummaryInput } from '../../../src/core/handoff/caseSummary';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import { realKnowledge } from '../../support/testConversation';

const knowledge = realKnowledge();

function said(log: CaseLog, text: string, intent?: string, confidence?: number): void {
  recordTurn(log, text, extractEntities(text));
  if (intent !== undefined) {
    recordAnswer(log, intent, confidence ?? 1);
  }
}

function summarise(log: CaseLog, more: Partial<CaseSummaryInput> = {}): CaseSummary {
  return buildCaseSummary({ log, knowledge, reason: 'user-request', channel: 'webchat', conversationId: 'c1', now: new Date('2026-01-01T00:00:00Z'), ...more });
}

function supportOf(intent: string): CaseSummary['support'] {
  const support = knowledge.intents.get(intent)?.support;
  assert.ok(support !== undefined, intent);
  return { articleId: support.articleId, supportTopicIds: support.supportTopicIds, productPesIds: support.productPesIds, cloud: support.cloudEnvironments };
}

describe('case summary: what it chooses to say', () => {
  it('names the last topic answered when no pasted error code supports one', () => {
    const log = newCaseLog();
    said(log, 'how do I rotate my key?', 'rotate-key', 0.7);
    said(log, 'and what if I lost it?', 'lost-key', 0.6);
    said(log, 'thanks', 'thanks', 0.9);
    const summary = summarise(log);
    assert.deepEqual(summary.intent, { id: 'lost-key', title: knowledge.intents.get('lost-key')?.title, confidence: 0.6, basis: 'the last topic the bot answered' });
    assert.equal(summary.problem, 'how do I rotate my key?', 'the first CPK question is the problem');
    assert.deepEqual(summary.support, supportOf('lost-key'));
  });

  it('names the latest answered topic that a pasted error code supports, over later topics', () => {
    const log = newCaseLog();
    said(log, 'Reads fail with BlobCustomerSpecifiedEncryptionMismatch', 'error-key-mismatch', 0.8);
    said(log, 'writes fail with InvalidHeaderValue', 'error-invalid-header', 0.7);
    said(log, 'how do I rotate my key?', 'rotate-key', 0.9);
    said(log, 'what is BlobUsesCustomerSpecifiedEncryption about?', 'rotate-key', 0.5);
    const summary = summarise(log);
    assert.equal(summary.intent?.id, 'error-invalid-header');
    assert.equal(summary.intent?.basis, 'the error code InvalidHeaderValue the user pasted, which the bot answered');
  });

  it('names no topic after small talk only; the problem is the last message that is not a request for a human', () => {
    const log = newCaseLog();
    said(log, 'hello', 'greeting');
    said(log, 'my uploads are broken since Monday');
    said(log, 'talk to a human', 'escalate');
    said(log, '   ');
    const summary = summarise(log);
    assert.equal(summary.intent, undefined);
    assert.equal(summary.problem, 'my uploads are broken since Monday');
    assert.deepEqual(summary.support, supportOf('escalate'), 'the escalation topic routes a case without a topic');
  });

  it('says the user asked for a person when nothing else was said', () => {
    const log = newCaseLog();
    said(log, 'talk to a human', 'escalate');
    assert.equal(summarise(log).problem, 'The user asked to talk to a support engineer.');
    assert.equal(summarise(newCaseLog()).problem, 'The user asked to talk to a support engineer.');
  });

  it('writes the problem on one line, cut to 140 characters with an ellipsis', () => {
    const log = newCaseLog();
    said(log, '  reads\n\n  fail\twith  a mismatch  ', 'error-key-mismatch');
    assert.equal(summarise(log).problem, 'reads fail with a mismatch');
    const exact = newCaseLog();
    said(exact, `${'a'.repeat(139)}b`, 'rotate-key');
    assert.equal(summarise(exact).problem, `${'a'.repeat(139)}b`);
    const long = newCaseLog();
    said(long, `${'a'.repeat(139)}bc`, 'rotate-key');
    assert.equal(summarise(long).problem, `${'a'.repeat(139)}…`);
  });

  it('merges recorded checks with the ones handed over, each result once', () => {
    const log = newCaseLog();
    recordCheck(log, { check: 'key-check', status: 'mismatch', summary: 'no match' });
    recordCheck(log, { check: 'key-check', status: 'mismatch', summary: 'no match' });
    recordCheck(log, { check: 'key-check', status: 'ok', summary: 'match' });
    const summary = summarise(log, {
      checkResults: [
        { check: 'blob-check', status: 'error', summary: 'no match' },
        { check: 'key-check', status: 'ok', summary: 'match' },
      ],
    });
    assert.deepEqual(
      summary.checks.map((check) => `${check.check}: ${check.summary}`),
      ['key-check: no match', 'key-check: match', 'blob-check: no match'],
    );
  });

  it('keeps the user and the note trimmed, and leaves out blank ones', () => {
    const log = newCaseLog();
    said(log, 'how do I rotate my key?', 'rotate-key');
    const named = summarise(log, { user: '  Ana Lopez  ', userNote: '  call me after 3  ' });
    assert.equal(named.user, 'Ana Lopez');
    assert.equal(named.userNote, 'call me after 3');
    const blank = summarise(log, { user: '   ', userNote: ' \n ' });
    assert.equal('user' in blank, false);
    assert.equal('userNote' in blank, false);
  });

  it('a topic answered without a confidence counts as 0', () => {
    const log: CaseLog = { turns: [{ text: 'how do I rotate my key?', intent: 'rotate-key' }], cardsShown: [], checks: [] };
    assert.equal(summarise(log).intent?.confidence, 0);
  });
});
