/**
 * The scope guard's rules as one ordered table (issue #17, item 0): the first rule that applies to the intent and
 * whose test holds decides, with its reason. `inScope` rules end the search with no reason (the intent may answer).
 * Pure and table-tested (test/core/matching/scopeRules.test.ts asserts the rule for each example, negatives included).
 */
// @ts-nocheck

import type { IntentScope } from '../knowledge/types';
import type { ConceptWord, MessageFacts } from './scopeFacts';

export type ScopeReason = 'no-cpk-words' | 'other-topic' | 'other-error-code' | 'no-intent-words' | 'key-gone';

/** What the rules know about the intent being judged. */
export interface IntentFacts {
  intent: string;
  /** Guidance intents need CPK words to answer. */
  guidance: boolean;
  scope?: IntentScope;
}

export interface ScopeRule {
  name: string;
  appliesTo: (intent: IntentFacts) => boolean;
  test: (message: MessageFacts, intent: IntentFacts) => boolean;
  /** `inScope` ends the search: the intent may answer. */
  verdict: ScopeReason | 'inScope';
}

const isOneOf =
  (...ids: string[]) =>
  (intent: IntentFacts): boolean =>
    ids.includes(intent.intent);
const isNoneOf =
  (...ids: string[]) =>
  (intent: IntentFacts): boolean =>
    !ids.includes(intent.intent);
const always = (): boolean => true;

/** True when a word of the message belongs to `concept` in the lexicon and the anchor does not know the word itself. */
function hasConceptWord(words: readonly ConceptWord[], concept: string, anchor: RegExp): boolean {
  return words.some((entry) => entry.concepts.includes(concept) && !anchor.test(entry.word));
}

/**
 * The anchor's words, typed or typo-corrected, or a lexicon word of the intent's concept ("grazie", "adieu"): the
 * lexicon and the anchors were two lists of the same words, and a word in one but not the other was vetoed. The
 * corrected text is read only where it differs from the typed one (the same text gives the same answer).
 */
function holdsAnchorWord(message: MessageFacts, scope: IntentScope | undefined): boolean {
  const anchor = scope?.anchor?.regex;
  if (anchor === undefined) {
    return true;
  }
  const corrected = message.correctionChanged;
  if (anchor.test(message.text) || (corrected && anchor.test(message.corrected ?? ''))) {
    return true;
  }
  const concept = scope?.anchorConcept;
  return (
    concept !== undefined &&
    (hasConceptWord(message.conceptWords, concept, anchor) || (corrected && hasConceptWord(message.correctedConceptWords, concept, anchor)))
  );
}

/** The rules in the order they are tried. */
export const SCOPE_RULES: readonly ScopeRule[] = [
  { name: 'cpk-error-code', appliesTo: always, test: (m) => m.hasCpkCode, verdict: 'inScope' },
  { name: 'other-error-code', appliesTo: isNoneOf('escalate'), test: (m) => !m.strong && m.entities.errorCodes.length > 0, verdict: 'other-error-code' },
  // A request for people about another topic gets the out-of-scope card too: the handoff goes to CPK support.
  { name: 'other-topic', appliesTo: isNoneOf('goodbye', 'thanks'), test: (m) => !m.strong && m.otherTopic, verdict: 'other-topic' },
  // Thanks and goodbye keep other-topic words ("thanks, the SAS worked") unless the message asks about them.
  { name: 'other-topic-question', appliesTo: isOneOf('goodbye', 'thanks'), test: (m) => !m.strong && m.otherTopic && m.says('asksSomething'), verdict: 'other-topic' },
  { name: 'other-symptom', appliesTo: isNoneOf('goodbye', 'thanks', 'greeting', 'escalate'), test: (m) => !m.strong && m.otherSymptom, verdict: 'other-topic' },
  { name: 'other-cloud-or-crypto', appliesTo: isNoneOf('goodbye', 'thanks', 'greeting'), test: (m) => m.otherCloud || (!m.strong && m.genericCrypto), verdict: 'other-topic' },
  { name: 'chit-chat', appliesTo: always, test: (m) => !m.strong && m.says('chitChat'), verdict: 'other-topic' },
  { name: 'asks-bot-ability', appliesTo: isOneOf('help'), test: (m) => m.says('botAbility'), verdict: 'inScope' },
  { name: 'no-intent-words', appliesTo: (i) => i.scope?.anchor !== undefined, test: (m, i) => !holdsAnchorWord(m, i.scope), verdict: 'no-intent-words' },
  { name: 'no-cpk-words', appliesTo: (i) => i.guidance, test: (m) => !m.cpkAnchor, verdict: 'no-cpk-words' },
  {
    name: 'intent-veto',
    appliesTo: (i) => (i.scope?.vetoes.length ?? 0) > 0,
    test: (m, i) => (i.scope?.vetoes ?? []).some((veto) => veto.pattern.regex.test(m.text)),
    verdict: 'key-gone',
  },
  {
    name: 'menu-word-for-other-subject',
    appliesTo: isOneOf('help'),
    test: (m) => m.says('menuWordForOther') && !m.cpkAnchor && !m.strong,
    verdict: 'no-cpk-words',
  },
  // "help me with my python script": help with a task, not the menu; with CPK words it is that CPK question instead.
  { name: 'help-with-cpk-task', appliesTo: isOneOf('help'), test: (m) => m.says('helpWithTask') && (m.cpkAnchor || m.strong), verdict: 'no-intent-words' },
  { name: 'help-with-other-task', appliesTo: isOneOf('help'), test: (m) => m.says('helpWithTask'), verdict: 'no-cpk-words' },
];

/** The first rule that decides for this intent, or undefined when none does (the intent may answer). */
export function decidingRule(message: MessageFacts, intent: IntentFacts): ScopeRule | undefined {
  return SCOPE_RULES.find((rule) => rule.appliesTo(intent) && rule.test(message, intent));
}
