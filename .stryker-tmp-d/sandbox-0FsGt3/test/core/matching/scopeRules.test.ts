// @ts-nocheck
import assert from 'node:assert/strict';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import { scopeDataOf } from '../../../src/core/matching/scope';
import { MessageFacts } from '../../../src/core/matching/scopeFacts';
import { decidingRule, SCOPE_RULES } from '../../../src/core/matching/scopeRules';
import { realKnowledge } from '../../support/testConversation';

/** [message, intent asked about, the rule that decides (or undefined: the intent may answer)]. */
const TABLE: [string, string, string | undefined][] = [
  // CPK error codes are facts: nothing rules them out.
  ['409 BlobUsesCustomerSpecifiedEncryption while rotating storage account keys', 'error-key-missing', 'cpk-error-code'],
  ['got AuthorizationPermissionMismatch on upload', 'error-key-mismatch', 'other-error-code'],
  ['AuthorizationPermissionMismatch, I need an engineer', 'escalate', undefined],
  ['how do I rotate the storage account access keys', 'rotate-key', 'other-topic'],
  ['how do I rotate a customer-provided key', 'rotate-key', undefined],
  ['our own key, not Key Vault, how do we rotate it', 'rotate-key', undefined],
  ['thanks, the SAS worked', 'thanks', undefined],
  ['thanks, and how do I make a SAS?', 'thanks', 'other-topic-question'],
  ['downloads are slow and throttled', 'error-key-mismatch', 'other-symptom'],
  ['downloads are slow and throttled, get me a human', 'escalate', undefined],
  ['lost our google cloud customer supplied key', 'lost-key', 'other-cloud-or-crypto'],
  ['decrypt a file with openssl', 'error-invalid-header', 'other-cloud-or-crypto'],
  ['tell me a joke about keys', 'lost-key', 'chit-chat'],
  ['what can you do?', 'help', 'asks-bot-ability'],
  ['how do I create a queue message', 'escalate', 'other-topic'],
  ['please list the blobs in my container', 'escalate', 'no-intent-words'],
  ['contact azure support please', 'escalate', undefined],
  ['grazie!', 'thanks', undefined],
  ['how do I deploy a web page', 'sdk-versions', 'no-cpk-words'],
  ['which version should I use', 'sdk-versions', 'no-cpk-words'],
  ['which SDK version supports customer-provided keys', 'sdk-versions', undefined],
  ['we lost the cpk, can I just upload a new key?', 'rotate-key', 'intent-veto'],
  ['we lost the cpk, can I just upload a new key?', 'lost-key', undefined],
  ['options for hosting a website', 'help', 'other-topic'],
  ['examples of regex lookbehind', 'help', 'menu-word-for-other-subject'],
  ['help me with my python script', 'help', 'help-with-other-task'],
  ['help me rotate the customer-provided key', 'help', 'help-with-cpk-task'],
  ['help', 'help', undefined],
];

describe('scope rules: the first rule that applies decides, with its name (issue #17, item 0)', () => {
  const data = scopeDataOf(realKnowledge());
  for (const [text, intent, expected] of TABLE) {
    it(`"${text}" for ${intent} -> ${expected ?? 'may answer'}`, () => {
      const facts = new MessageFacts(text, undefined, extractEntities(text), data.lexicon);
      const rule = decidingRule(facts, { intent, guidance: data.guidanceIntents.has(intent), scope: data.intentScopes.get(intent) });
      assert.equal(rule?.verdict === 'inScope' && expected === undefined ? undefined : rule?.name, expected);
    });
  }

  it('every rule decides at least one line of the table', () => {
    const named = new Set(TABLE.map(([, , rule]) => rule));
    assert.deepEqual(SCOPE_RULES.map((rule) => rule.name).filter((name) => !named.has(name)), []);
  });
});
