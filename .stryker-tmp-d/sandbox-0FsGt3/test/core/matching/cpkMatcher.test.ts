// @ts-nocheck
import assert from 'node:assert/strict';
import { CpkMatcher } from '../../../src/core/matching/cpkMatcher';
import type { MatchDecision } from '../../../src/core/matching/decision';
import { loadConfig } from '../../../src/config';
import { realKnowledge } from '../../support/testConversation';

function productionMatcher(): CpkMatcher {
  const config = loadConfig({});
  return CpkMatcher.fromKnowledge(realKnowledge(), { threshold: config.matchThreshold, ambiguityMargin: config.ambiguityMargin });
}

function summary(decision: MatchDecision): string {
  switch (decision.kind) {
    case 'answer':
      return `answer ${decision.intent}`;
    case 'didYouMean':
      return `didYouMean ${decision.candidates.map((candidate) => candidate.intent).join(',')}`;
    case 'fallback':
      return `fallback ${decision.reason}`;
  }
}

describe('CpkMatcher: entities decide first', () => {
  const matcher = productionMatcher();
  const table: [string, string][] = [
    ['ErrorCode: BlobCustomerSpecifiedEncryptionMismatch', 'answer error-key-mismatch'],
    ['Status: 409 x-ms-error-code: BlobUsesCustomerSpecifiedEncryption', 'answer error-key-missing'],
    ['<Code>InvalidHeaderValue</Code>', 'answer error-invalid-header'],
    ['I keep getting BlobCustomerSpecifiedEncrytionMismatch', 'answer error-key-mismatch'],
    ['409 BlobDoesNotUseCustomerSpecifiedEncryption on setMetadata', 'answer error-key-not-used'],
    ['CannotVerifyCopySource: The blob is encrypted with customer specified encryption, but it was not provided', 'answer error-key-missing'],
    // The code's own name spelt out as words (errorCodes.ts SERVICE_MESSAGE_TEXTS).
    ["the nightly export job dies with 'blob uses customer provided encryption' on some files", 'answer error-key-missing'],
    ['our second region reader gets blob customer specified encryption mismatch', 'answer error-key-mismatch'],
    ["the thumbnailer trips over 'blob uses customer encryption' on get", 'answer error-key-missing'],
    // Out-of-scope codes are never forced into a CPK intent.
    ['409 LeaseIdMissing when deleting a blob', 'fallback out-of-scope'],
    ['<Code>AuthorizationPermissionMismatch</Code> This request is not authorized', 'fallback out-of-scope'],
    ['CannotVerifyCopySource 404 the source blob was not found', 'fallback out-of-scope'],
    ['BlobNotFound when I download', 'fallback out-of-scope'],
    // InvalidHeaderValue belongs to the header the message names (entityRules.ts OTHER_HEADER).
    ['x-ms-access-tier Hot on put blob returns 400 InvalidHeaderValue', 'fallback out-of-scope'],
    ['400 InvalidHeaderValue HeaderName Content-Language when uploading', 'fallback out-of-scope'],
    ['InvalidHeaderValue when I set x-ms-version to 2019-02-02 and send my encryption key', 'answer error-invalid-header'],
    ['400 InvalidHeaderValue, x-ms-encryption-key-sha256 computed in powershell', 'answer error-invalid-header'],
  ];
  for (const [text, expected] of table) {
    it(`"${text}" -> ${expected}`, () => {
      const decision = matcher.match(text);
      assert.equal(summary(decision), expected);
      if (expected.startsWith('answer error')) {
        assert.equal(decision.kind === 'answer' ? decision.confidence : 0, 1, 'a code decides with confidence 1');
      }
    });
  }
});

describe('CpkMatcher: everyday words, typos and short inputs', () => {
  const matcher = productionMatcher();
  const table: [string, string][] = [
    ['how do I do key rotaion for cpk', 'answer rotate-key'],
    ['lost my cpk', 'answer lost-key'],
    ['we misplaced the encrytion key, can the blobs be recovered', 'answer lost-key'],
    ['which version of the python sdk supports customer provided keys', 'answer sdk-versions'],
    ['how should I compute the sha256 header for my key', 'answer error-invalid-header'],
    ['hi', 'answer greeting'],
    ['hello there', 'answer greeting'],
    ['thanks', 'answer thanks'],
    ['see you', 'answer goodbye'],
    ['I want to talk to a human', 'answer escalate'],
    ['what can you do', 'answer help'],
    // How short messages are typed (normaliseTyping): only question marks, spaced letters, accents, a wave.
    ['??', 'answer help'],
    ['b y e', 'answer goodbye'],
    ['adiós amigo', 'answer goodbye'],
    ['👋👋', 'answer greeting'],
    ['namaskar', 'answer greeting'],
    ['ello, anyone around?', 'answer greeting'],
    ['tell me what you support', 'answer help'],
    ['please open a CRI for this CPK outage', 'answer escalate'],
    // No key sent vs a well-formed wrong key vs a key nobody kept (phrases.ts).
    ['my reader job gets a 409, I think the key is not being attached on the read path', 'answer error-key-missing'],
    ["the worker that downloads isn't passing the cpk", 'answer error-key-missing'],
    ['the key we send is valid base64 and the hash looks correct, still 409 mismatch', 'answer error-key-mismatch'],
    ['we never backed up the cpk and the server is gone, can the blobs be read', 'answer lost-key'],
    ["we don't have that encryption key anymore, blobs are unreadable", 'answer lost-key'],
    // Texted and dictated forms (phrases.ts DICTATION).
    ['why do I get a key miss match on download question mark', 'answer error-key-mismatch'],
    ['what r u able to do', 'answer help'],
    // Numbers, hashes and header names read out by voice typing.
    ['four hundred bad request on put blob with x ms encryption key', 'answer error-invalid-header'],
    ['the x ms encryption key sha two five six header gets rejected', 'answer error-invalid-header'],
    ['which x ms version do i need for customer provided keys', 'answer sdk-versions'],
    ['we have four hundred blobs to re-encrypt with the new key', 'answer rotate-key'],
    ['thank you comma that helped', 'answer thanks'],
    ['ok by for now', 'answer goodbye'],
    ['good by', 'answer goodbye'],
    ['by now the blobs should be re-encrypted with the new key', 'answer rotate-key'],
    ['goodnight', 'answer goodbye'],
    ['take it easy', 'answer goodbye'],
    ['Dear support team,', 'answer greeting'],
    ['thanks to you it works now', 'answer thanks'],
    ['Dear support, our cpk was deleted and the blobs are unreadable', 'answer lost-key'],
    ['connect me to our account team', 'answer escalate'],
    ['can my TAM get involved', 'answer escalate'],
    ['please have the storage PG look at this', 'answer escalate'],
    ['our account team said cpk is fine, how do I rotate it', 'answer rotate-key'],
    ['that did it', 'answer thanks'],
    // Staff introducing themselves are not asking for staff; sign-offs that say nothing more is needed.
    ["I'm an escalation engineer, what topics can this bot cover?", 'answer help'],
    ['morning, storage agent here, new shift', 'answer greeting'],
    ['this is the on-call agent, need the storage product group', 'answer escalate'],
    ['nothing more for today', 'answer goodbye'],
    ['we are all set then', 'answer goodbye'],
    ['no more questions about that, but how do I rotate the cpk?', 'answer rotate-key'],
    // Small-talk words the anchors or the lexicon did not know (scope.ts CONVERSATION_ANCHORS, concepts.ts).
    ['hlo there', 'answer greeting'],
    ['well top of the morning everyone', 'answer greeting'],
    ['whassup', 'answer greeting'],
    ['oi', 'answer greeting'],
    ['see ya next week', 'answer goodbye'],
    ["we're all set here", 'answer goodbye'],
    ['no further questions for now', 'answer goodbye'],
    ["peace y'all", 'answer goodbye'],
    ['bai for now', 'answer goodbye'],
    ['tks a lot', 'answer thanks'],
    ["you're a legend", 'answer thanks'],
    // Menu questions by their shape: the bot in the third person, "what I can ask", "help using this".
    ['which topics do you know about', 'answer help'],
    ['can you tell me what I can ask here', 'answer help'],
    ['how can I chat with this bot', 'answer help'],
    ['I need help using this assistant', 'answer help'],
    ['what can this bot help me fix?', 'answer help'],
    ['tips on using this bot', 'answer help'],
    ['any examples of questions I can ask', 'answer help'],
    ["I'm confused, what can I ask", 'answer help'],
    ['options for rotating the cpk', 'answer rotate-key'],
    ['escalate to level 3 please', 'answer escalate'],
    // People asked for by expertise or by their queue.
    ['get me a storage specialist please', 'answer escalate'],
    ['please loop in someone from the product team', 'answer escalate'],
    ['put me in the support queue', 'answer escalate'],
    ['we deleted the key vault that stored the key for our cpk blobs', 'answer lost-key'],
    ['can I speak to an engineer', 'answer escalate'],
    ['which sdk version supports cpk, any breaking changes when upgrading?', 'answer sdk-versions'],
    ['we lost the key vault secret with our cpk in it', 'answer lost-key'],
    // 'none was provided' is the key's absence; a denied other topic and a 'recovery story' keep a message in scope.
    ['the read fails, blob is encrypted with our own key and yet none was provided by the client', 'answer error-key-missing'],
    ['our keys are passed per request, not customer-managed, and we lost one; can the blobs be read', 'answer lost-key'],
    ["what's the recovery story if the key we send per request goes missing", 'answer lost-key'],
  ];
  for (const [text, expected] of table) {
    it(`"${text}" -> ${expected}`, () => {
      assert.equal(summary(matcher.match(text)), expected);
    });
  }
});

describe('CpkMatcher: fallbacks and out of scope (negatives)', () => {
  const matcher = productionMatcher();
  const table: [string, string][] = [
    ['', 'fallback empty-input'],
    ['   ', 'fallback empty-input'],
    ['zxqv plorb', 'fallback no-known-words'],
    ['how do I generate a SAS token for my container', 'fallback out-of-scope'],
    ['rotate the storage account access keys', 'fallback out-of-scope'],
    ['set up customer-managed keys with key vault', 'fallback out-of-scope'],
    ['move blobs to the archive tier', 'fallback out-of-scope'],
    ['what is the weather in Paris tomorrow', 'fallback out-of-scope'],
    ['configure CORS on my storage account', 'fallback out-of-scope'],
    // Near misses of the new small-talk and escalation words stay out of scope.
    ['how do I create a storage queue', 'fallback out-of-scope'],
    ['who is the leading expert on quantum computing', 'fallback out-of-scope'],
    ['I need a good tax professional', 'fallback out-of-scope'],
    ['peace of mind when storing backups in azure', 'fallback out-of-scope'],
    // Key Vault's own operations, other products' keys, asking the bot to speak a language (scope.ts OTHER_TOPIC).
    ['do you speak german', 'fallback out-of-scope'],
    ['our key vault hits 429 on unwrap key operations', 'fallback out-of-scope'],
    ['I purged our key vault by mistake, can it come back', 'fallback out-of-scope'],
    ["what's the encryption tab on the storage account for", 'fallback out-of-scope'],
    ['how do I rotate an apim subscription key', 'fallback out-of-scope'],
    ['rotate the key in a gcp key ring', 'fallback out-of-scope'],
    // Job hunting, politics, changelogs, Python's KeyError, access to a vault, Application Insights' key.
    ['draft a cover letter for a data engineer role', 'fallback out-of-scope'],
    ['tips for a job interview at a bank', 'fallback out-of-scope'],
    ['who will win the election', 'fallback out-of-scope'],
    ["KeyError: 'id' in my flask app", 'fallback out-of-scope'],
    ['we lost access to the key vault after the tenant move', 'fallback out-of-scope'],
    ['where is the app insights instrumentation key', 'fallback out-of-scope'],
    ['azure-storage-blob 12.20 changelog', 'fallback out-of-scope'],
    ['tell me a short story about robots', 'fallback out-of-scope'],
    ['connect me to my bank', 'fallback out-of-scope'],
    ['what does the x ms encryption scope header do', 'fallback out-of-scope'],
    ['what does tam stand for in networking', 'fallback out-of-scope'],
    // A menu word tied to another subject asks about that subject (scope.ts MENU_WORD_FOR_OTHER).
    ['what are my options for moving to a bigger apartment', 'fallback out-of-scope'],
    ['examples of good commit messages', 'fallback out-of-scope'],
    ['features of the new pixel tablet', 'fallback out-of-scope'],
    ["i'm stuck on level 3 of this game", 'fallback out-of-scope'],
    // Near misses of the new rules: a setting 'by default', a diary, an expert mode, speaking at an event, thanks-to.
    ['good by default settings for lifecycle rules', 'fallback out-of-scope'],
    ['dear diary today was a long day', 'fallback out-of-scope'],
    ['is there an expert mode in the azure portal', 'fallback out-of-scope'],
    ['i need to speak at a conference, any tips', 'fallback out-of-scope'],
    ['thanks to the new update my app crashes', 'fallback out-of-scope'],
    ["what's the best way to thank a colleague", 'fallback out-of-scope'],
    ['key vault secret expired what now', 'fallback out-of-scope'],
    ['we use key vault not cmk, how do i rotate the storage account keys', 'fallback out-of-scope'],
    ['not using customer managed keys, how do I set up an encryption scope', 'fallback out-of-scope'],
  ];
  for (const [text, expected] of table) {
    it(`"${text}" -> ${expected}`, () => {
      assert.equal(summary(matcher.match(text)), expected);
    });
  }

  it('names the scope rule behind an out-of-scope fallback, for the logs', () => {
    const rule = (text: string): string | undefined => {
      const decision = matcher.match(text);
      return decision.kind === 'fallback' ? decision.rule : `not a fallback: ${decision.kind}`;
    };
    assert.equal(rule('how do I generate a SAS token for my container'), 'other-topic');
    assert.equal(rule('BlobNotFound when I download'), 'other-error-code');
    assert.equal(rule('zxqv plorb'), undefined);
  });

  it('never throws and always returns confidences on the 0-1 scale', () => {
    for (const text of ['🔑'.repeat(50), 'a'.repeat(5000), '<Code></Code>', 'x-ms-version:', '\u202e', '409']) {
      const decision = matcher.match(text);
      for (const scored of decision.ranked) {
        assert.ok(scored.confidence >= 0 && scored.confidence <= 1, `${scored.intent} ${scored.confidence}`);
      }
    }
  });
});

describe('CpkMatcher: close calls ask "Did you mean"', () => {
  it('asks when the top two are within the margin, and answers when the margin is zero', () => {
    const knowledge = realKnowledge();
    const wide = CpkMatcher.fromKnowledge(knowledge, { threshold: 0.05, ambiguityMargin: 1 });
    const text = 'the key for my blob does not work';
    const asked = wide.match(text);
    assert.equal(asked.kind, 'didYouMean');
    assert.ok(asked.kind === 'didYouMean' && asked.candidates.length >= 2 && asked.candidates.length <= 3);
    const narrow = wide.withPolicy({ threshold: 0.05, ambiguityMargin: 0 });
    assert.equal(narrow.match(text).kind, 'answer');
  });

  it('carries the entities so the dialog can show evidence', () => {
    const decision = productionMatcher().match('Status: 409 ErrorCode: BlobUsesCustomerSpecifiedEncryption RequestId:11111111-2222-3333-4444-555555555555');
    assert.deepEqual(decision.entities?.requestIds, ['11111111-2222-3333-4444-555555555555']);
    assert.deepEqual(decision.entities?.httpStatuses, [409]);
  });
});
