// @ts-nocheck
import assert from 'node:assert/strict';
import { type AloneReading, type FollowUpReading, furtherQuestions, nextContext, readFollowUp, type TopicContext } from '../../../src/core/routing/followUp';
import { realKnowledge } from '../../support/testConversation';

describe('follow-ups read against the previous topic (issue #17, item 3)', () => {
  const rules = realKnowledge().followUps;
  const at = (intent: string): TopicContext => ({ intent, turnsLeft: 3 });
  const nothing: AloneReading = { otherSubject: false };
  const otherSubject: AloneReading = { otherSubject: true };
  // [message, context, what the message says alone, reading kind, topic, language, reason]
  const table: [string, TopicContext | undefined, AloneReading, FollowUpReading['kind'], string | undefined, string | undefined, RegExp][] = [
    ['what about snapshots?', at('data-protection'), nothing, 'topic', 'data-protection', undefined, /names snapshots, versions and backups, which it covers/],
    ['what about snapshots?', at('rotate-key'), nothing, 'topic', 'data-protection', undefined, /answered by data-protection/],
    ['and in Java?', at('sdk-versions'), nothing, 'topic', 'sdk-versions', 'Java', /names Java/],
    ['and in Go?', at('generate-key'), { topic: 'sdk-versions', otherSubject: false }, 'topic', 'generate-key', 'Go', /follow-up of generate-key: names Go/],
    ['same for pyhton', at('rotate-key'), nothing, 'topic', 'rotate-key', 'Python', /names Python/],
    ['node?', at('sdk-versions'), nothing, 'topic', 'sdk-versions', 'JavaScript', /names JavaScript/],
    ['does that work on Azure Files?', at('lost-key'), otherSubject, 'topic', 'service-support', undefined, /names another service or cloud, answered by service-support/],
    ['ok and for the CLI', at('rotate-key'), nothing, 'topic', 'tools-and-access', undefined, /names the CLI/],
    ['and for azcopy', at('sdk-versions'), nothing, 'topic', 'sdk-versions', undefined, /which it covers/],
    ['and for azcopy', at('generate-key'), nothing, 'topic', 'tools-and-access', undefined, /answered by tools-and-access/],
    ['what if the key is right but it still fails with 409', at('error-invalid-header'), nothing, 'topic', 'error-key-mismatch', undefined, /names a wrong key/],
    ['409 again?', at('error-invalid-header'), { topic: 'error-key-missing', otherSubject: false }, 'topic', 'error-key-missing', undefined, /names a 409, answered by error-key-missing/],
    ['what if I lose it', at('generate-key'), nothing, 'topic', 'lost-key', undefined, /names a lost key/],
    ['does that also apply to page blobs?', at('rotate-key'), nothing, 'topic', 'rotate-key', undefined, /leans on it/],
    ['how do I send the key then', at('error-key-missing'), nothing, 'topic', 'error-key-missing', undefined, /leans on it/],
    ['is it possible to recover the data?', at('rotate-key'), { topic: 'lost-key', otherSubject: false }, 'standalone', undefined, undefined, /does not lean on it/],
    ['how?', at('cmk-vs-cpk'), nothing, 'topic', 'cmk-vs-cpk', undefined, /asks how/],
    ['why?', at('error-key-mismatch'), nothing, 'why', 'error-key-mismatch', undefined, /asks why/],
    ['why tho', at('error-key-mismatch'), nothing, 'why', 'error-key-mismatch', undefined, /asks why/],
    ['y', at('lost-key'), nothing, 'why', 'lost-key', undefined, /asks why/],
    ['how come', at('rotate-key'), nothing, 'why', 'rotate-key', undefined, /asks why/],
    ['and in french please', at('key-operations'), otherSubject, 'standalone', undefined, undefined, /about another subject/],
    ['and what about the weather tomorrow?', at('generate-key'), otherSubject, 'standalone', undefined, undefined, /about another subject/],
    ['thanks!', at('rotate-key'), nothing, 'standalone', undefined, undefined, /does not lean on it/],
    ['how do I rotate a key', at('lost-key'), { topic: 'rotate-key', otherSubject: false }, 'standalone', undefined, undefined, /does not lean on it/],
    ['what about snapshots?', undefined, nothing, 'standalone', undefined, undefined, /no live context/],
    ['what about snapshots?', { intent: 'rotate-key', turnsLeft: 0 }, nothing, 'standalone', undefined, undefined, /no live context/],
    ['and what about the snapshots and versions that were written with the old key last year?', at('rotate-key'), nothing, 'standalone', undefined, undefined, /longer than/],
    ['why does my download fail with 409', at('rotate-key'), { topic: 'error-key-missing', otherSubject: false }, 'standalone', undefined, undefined, /does not lean on it/],
    ['how do I compute the hash correctly', at('error-invalid-header'), nothing, 'topic', 'error-invalid-header', undefined, /names a new key, which it covers/],
    ['zxqv plorb', at('rotate-key'), nothing, 'standalone', undefined, undefined, /does not lean on it/],
  ];
  for (const [text, context, alone, kind, topic, language, reason] of table) {
    it(`"${text}" with ${context === undefined ? 'no context' : `${context.intent} (${context.turnsLeft} turns left)`} -> ${kind} ${topic ?? ''}`, () => {
      const reading = readFollowUp(text, context, rules, alone);
      assert.equal(reading.kind, kind);
      assert.match(reading.reason, reason);
      assert.equal(reading.kind === 'standalone' ? undefined : reading.topic, topic);
      assert.equal(reading.kind === 'topic' ? reading.language?.name : undefined, language);
    });
  }

  // One message per subject of followups.json, naming that subject first.
  const subjectSamples: Record<string, string> = {
    'an error code': 'and BlobUsesCustomerSpecifiedEncryption?',
    'a key sent to a blob without one': 'what if the blob never had a key',
    'a blob that uses a key': 'and if the blob does use a key?',
    'a wrong key': 'and with the wrong key?',
    'no key sent': 'what if I send no key',
    'a lost key': 'what if I lost it',
    'exists()': 'what about exists()?',
    'an SDK or API version': 'and which version do I need?',
    'a Key Vault': 'and key vault?',
    'a new key': 'and how do I generate one?',
    'a rotation': 'and rotation?',
    'CMK, scopes and other encryption': 'what about encryption scopes?',
    'snapshots, versions and backups': 'what about soft delete?',
    'another service or cloud': 'and in azure china?',
    'a copy': 'what about copy blob?',
    'AzCopy, the portal and Storage Explorer': 'and storage explorer?',
    'the CLI, a SAS or a browser': 'ok and for the CLI',
    'blob operations': 'and tags?',
    'a malformed header': 'what about a 400?',
    'a 409': 'and 409?',
  };

  it('every subject has a sample here, and the sample names that subject first', () => {
    assert.deepEqual(rules.subjects.map((subject) => subject.name).sort(), Object.keys(subjectSamples).sort());
    for (const [name, text] of Object.entries(subjectSamples)) {
      assert.equal(rules.subjects.find((subject) => subject.regex.test(text))?.name, name, text);
    }
  });

  it('a named subject keeps the topic in context when its card answers it, else the message\'s own answer when listed, else the first', () => {
    const guidance = [...realKnowledge().intents.values()].filter((entry) => entry.kind === 'guidance').map((entry) => entry.id);
    for (const subject of rules.subjects) {
      const text = subjectSamples[subject.name] ?? '';
      for (const context of guidance) {
        const read = (alone: AloneReading): string | undefined => {
          const reading = readFollowUp(text, at(context), rules, alone);
          return reading.kind === 'topic' ? reading.topic : undefined;
        };
        const last = subject.topics[subject.topics.length - 1];
        if (subject.topics.includes(context)) {
          assert.equal(read(nothing), context, `${text} after ${context}`);
          assert.equal(read({ topic: last, otherSubject: false }), context, `${text} after ${context}, own answer ${last}`);
        } else {
          assert.equal(read(nothing), subject.topics[0], `${text} after ${context}`);
          assert.equal(read({ topic: last, otherSubject: false }), last, `${text} after ${context}, own answer ${last}`);
          assert.equal(read({ topic: context, otherSubject: false }), subject.topics[0], `${text} after ${context}, own answer not listed`);
        }
      }
    }
  });

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
