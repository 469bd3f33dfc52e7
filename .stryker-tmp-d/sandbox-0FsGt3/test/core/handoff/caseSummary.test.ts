// @ts-nocheck
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { type CaseLog, newCaseLog, recordAnswer, recordCardShown, recordCheck, recordTurn } from '../../../src/core/handoff/caseLog';
import { buildCaseSummary } from '../../../src/core/handoff/caseSummary';
import { caseSummaryView } from '../../../src/core/handoff/caseSummaryView';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import { caseFactsOf } from '../../../src/core/handoff/caseFacts';
import { redactSecrets } from '../../../src/core/redaction/redact';
import { decideWhileHandedOff } from '../../../src/core/handoff/handoffState';
import { confirmHandoffView, feedbackCommentView, handoffNoteView } from '../../../src/core/handoff/handoffViews';
import { renderAdaptiveCard } from '../../../src/core/cards/renderAdaptiveCard';
import { realKnowledge } from '../../support/testConversation';
import { validateAdaptiveCard } from '../../support/validateAdaptiveCard';

/** Records a user turn the way the bot does: with the facts of its one reading, then the topic answered (if any). */
function said(log: CaseLog, text: string, intent?: string, confidence = 1): void {
  recordTurn(log, text, extractEntities(text));
  if (intent !== undefined) {
    recordAnswer(log, intent, confidence);
  }
}

/** The case-summary facts of one message, read by the bot's one recogniser (issue #16). */
function factsOf(text: string): ReturnType<typeof caseFactsOf> {
  return caseFactsOf(extractEntities(text), redactSecrets(text));
}

describe('facts for the case summary (from the one recogniser)', () => {
  const table: [string, string, string][] = [
    ['errorCode', 'got BlobUsesCustomerSpecifiedEncryption on read', 'BlobUsesCustomerSpecifiedEncryption'],
        ['httpStatus', 'the call returns 409', '409'],
    ['httpStatus', 'HTTP/1.1 400 Bad Request', '400'],
    ['requestId', 'x-ms-request-id: 0f8fad5b-d9cb-469f-a165-70867728950e', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['xMsVersion', 'x-ms-version: 2019-02-02', '2019-02-02'],
    ['sdkVersion', 'using @azure/storage-blob@12.1.0', '@azure/storage-blob 12.1.0'],
    ['sdkVersion', 'Azure.Storage.Blobs 12.19.1', 'Azure.Storage.Blobs 12.19.1'],
    ['account', 'https://myacct01.blob.core.windows.net/data/x.bin', 'myacct01'],
    ['container', 'https://myacct01.blob.core.windows.net/data/x.bin', 'data'],
    ['blob', 'https://myacct01.blob.core.windows.net/data/dir/x.bin?sv=1', 'dir/x.bin'],
    ['keyFingerprint', 'marker [key sha256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=] here', 'sha256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
    ['keyFingerprint', 'x-ms-encryption-key-sha256: 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=', 'sha256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
  ];
  for (const [kind, text, value] of table) {
    it(`${kind} from "${text}"`, () => {
      assert.ok(
        factsOf(text).some((entity) => entity.kind === kind && entity.value === value),
        JSON.stringify(factsOf(text)),
      );
    });
  }
});

describe('case summary', () => {
  const knowledge = realKnowledge();
  const key = Buffer.alloc(32, 8).toString('base64');

  function summary(): ReturnType<typeof buildCaseSummary> {
    const log = newCaseLog();
    said(log, `Reads fail with BlobCustomerSpecifiedEncryptionMismatch, key ${key}`, 'error-key-mismatch', 0.8123);
    said(log, 'talk to a human', 'escalate', 0.9);
    recordCardShown(log, 'Key mismatch');
    recordCardShown(log, 'Key mismatch');
    recordCheck(log, { check: 'key-check', status: 'mismatch', summary: 'the SHA-256 does not match the blob' });
    return buildCaseSummary({
      log,
      knowledge,
      reason: 'check-needs-support',
      channel: 'webchat',
      conversationId: 'c1',
      now: new Date('2026-01-01T00:00:00Z'),
      userNote: 'urgent',
      checkResults: [{ check: 'blob-check', status: 'error', summary: 'service returned 500', supportNeeded: true }],
    });
  }

  it('has the problem in one line, intent and confidence, entities, checks, cards, support metadata and channel', () => {
    const result = summary();
    assert.ok(!result.problem.includes('\n'));
    assert.match(result.problem, /BlobCustomerSpecifiedEncryptionMismatch/);
    assert.deepEqual(result.intent, {
      id: 'error-key-mismatch',
      title: knowledge.intents.get('error-key-mismatch')?.title,
      confidence: 0.81,
      basis: 'the error code BlobCustomerSpecifiedEncryptionMismatch the user pasted, which the bot answered',
    });
    const fingerprint = createHash('sha256').update(Buffer.from(key, 'base64')).digest('base64');
    assert.deepEqual(result.entities.filter((entity) => entity.kind === 'keyFingerprint'), [{ kind: 'keyFingerprint', value: `sha256=${fingerprint}` }]);
    assert.deepEqual(result.checks.map((check) => check.check), ['key-check', 'blob-check']);
    assert.deepEqual(result.cardsShown, ['Key mismatch']);
    assert.deepEqual(result.support?.supportTopicIds, knowledge.intents.get('error-key-mismatch')?.support?.supportTopicIds);
    assert.equal(result.channel, 'webchat');
    assert.equal(result.userNote, 'urgent');
  });

  it('never holds the key', () => {
    assert.ok(!JSON.stringify(summary()).includes(key));
  });

  it('renders as a valid Adaptive Card with user text in TextRuns', () => {
    const card = renderAdaptiveCard(caseSummaryView(summary()));
    assert.deepEqual(validateAdaptiveCard(card), []);
  });
});

describe('quiet-after-handoff rule', () => {
  const state = { startedAt: '2026-01-01T10:00:00.000Z', route: 'event' as const };
  const at = (iso: string): Date => new Date(iso);
  const table: [string, Parameters<typeof decideWhileHandedOff>[1], string, string][] = [
    ['message before timeout', { type: 'message', isCancel: false }, '2026-01-01T10:05:00Z', 'quiet'],
    ['message at timeout', { type: 'message', isCancel: false }, '2026-01-01T10:10:00Z', 'timeout'],
    ['cancel', { type: 'message', isCancel: true }, '2026-01-01T10:01:00Z', 'cancelled'],
    ['status completed', { type: 'event', name: 'handoff.status', value: { state: 'completed' }, isCancel: false }, '2026-01-01T10:01:00Z', 'completed'],
    ['status failed', { type: 'event', name: 'handoff.status', value: { state: 'failed' }, isCancel: false }, '2026-01-01T10:01:00Z', 'failed'],
    ['status accepted', { type: 'event', name: 'handoff.status', value: { state: 'accepted' }, isCancel: false }, '2026-01-01T10:01:00Z', 'quiet'],
    ['status without value', { type: 'event', name: 'handoff.status', isCancel: false }, '2026-01-01T10:01:00Z', 'quiet'],
    ['other event after timeout', { type: 'event', name: 'other', isCancel: false }, '2026-01-01T11:00:00Z', 'quiet'],
    ['typing', { type: 'typing', isCancel: false }, '2026-01-01T11:00:00Z', 'quiet'],
  ];
  for (const [name, input, now, expected] of table) {
    it(`${name} -> ${expected}`, () => {
      assert.equal(decideWhileHandedOff(state, input, at(now), 600), expected);
    });
  }
});

describe('handoff and feedback question cards are valid Adaptive Cards', () => {
  const views = [
    confirmHandoffView('user-request'),
    confirmHandoffView('repeated-fallback'),
    confirmHandoffView('check-needs-support'),
    handoffNoteView(),
    feedbackCommentView(true),
    feedbackCommentView(false),
  ];
  for (const view of views) {
    it(view.title, () => {
      assert.deepEqual(validateAdaptiveCard(renderAdaptiveCard(view)), []);
    });
  }
});
