/**
 * The production matcher (issue #3): entities first, then the classifier, then the scope guard, then the
 * decision policy. Each stage can end the decision; the stage that did is named in `detail` for logs and CLIs.
 * Confidence scale (documented in the README): 1 = decided by a CPK error code; otherwise the mean of the
 * averaged posteriors (naive Bayes and softmax regression) and the nearest-example similarity (all 0-1), scaled by
 * 0.5 + 0.5 x the share of words known.
 */
// @ts-nocheck

import { extractErrorCodes } from '../entities/errorCodes';
import { extractEntities } from '../entities/extractEntities';
import { extractServiceVersions } from '../entities/httpFacts';
import { extractSdks } from '../entities/sdkVersions';
import type { Entities } from '../entities/types';
import type { IntentEntry, KnowledgeBase } from '../knowledge/types';
import { decide } from './decide';
import type { DecisionPolicy, Matcher, MatchDecision } from './decision';
import { intentFromEntities, isCpkCodeIn, isCpkErrorCode } from './entityRules';
import { entityMarkers } from './features';
import { type ClassifierSnapshot, IntentClassifier, type TrainingExample } from './intentClassifier';
import { normaliseTyping } from './phrases';
import { namesCpk } from './cpkQuestion';
import { asksForMenu, type ScopeData, scopeDataOf, ScopeGuard } from './scope';

/** Training examples from the knowledge files, with the entity markers their text carries. */
export function trainingExamples(intents: Iterable<IntentEntry>): TrainingExample[] {
  return [...intents].flatMap((entry) =>
    entry.examples.map((text) => ({ intent: entry.id, text, markers: trainingMarkers(text), kind: entry.kind })),
  );
}

/** Accepts knowledge entries or ready training examples (the dev split passes examples). */
function toExamples(training: Iterable<IntentEntry | TrainingExample>): TrainingExample[] {
  return [...training].flatMap((item) => ('examples' in item ? trainingExamples([item]) : [item]));
}

/** Only the recognisers the markers need: training runs them on every example at start-up. */
function trainingMarkers(text: string): string[] {
  const errorCodes = extractErrorCodes(text, { nearMisses: false });
  const sdks = extractSdks(text);
  const serviceVersions = extractServiceVersions(text);
  return markersOf({ errorCodes, sdks, serviceVersions, httpStatuses: [], headerNames: [], requestIds: [], urls: [], keyMaterial: [] });
}

function markersOf(entities: Entities): string[] {
  return entityMarkers(entities, isCpkErrorCode);
}

export class CpkMatcher implements Matcher {
  private readonly classifier: IntentClassifier;

  /**
   * `training` is the knowledge's intents or ready examples (cross-validation folds); `scope` is what the scope
   * guard reads (word lists and intent scopes from `knowledge/`, see `scopeDataOf`).
   */
  constructor(
    training: Iterable<IntentEntry | TrainingExample>,
    private readonly policy: DecisionPolicy,
    private readonly scope: ScopeData,
    trained?: IntentClassifier,
  ) {
    this.classifier = trained ?? new IntentClassifier(toExamples(training));
  }

  /** A matcher trained on the knowledge base's intents, guarded by its scope words. */
  static fromKnowledge(kb: KnowledgeBase, policy: DecisionPolicy): CpkMatcher {
    return new CpkMatcher(kb.intents.values(), policy, scopeDataOf(kb));
  }

  /** A matcher whose classifier is restored from a snapshot instead of trained (modelArtifact.ts). */
  static restore(kb: KnowledgeBase, policy: DecisionPolicy, snapshot: ClassifierSnapshot): CpkMatcher {
    return new CpkMatcher([], policy, scopeDataOf(kb), new IntentClassifier(snapshot));
  }

  /** The trained classifier as plain data, for the prebuilt model artifact. */
  snapshot(): ClassifierSnapshot {
    return this.classifier.snapshot();
  }

  /** The same trained classifier under another policy (threshold tuning without retraining). */
  withPolicy(policy: DecisionPolicy): CpkMatcher {
    return new CpkMatcher([], policy, this.scope, this.classifier);
  }

  match(text: string): MatchDecision {
    if (text.trim() === '') {
      return { kind: 'fallback', reason: 'empty-input', ranked: [] };
    }
    const decision = this.matchTopics(text);
    // Issue #17, item 2: a question that names CPK is never out of scope; the rule or reason that would have sent it
    // away stays in the decision for the logs and the unanswered-question report.
    if (decision.kind === 'fallback' && decision.entities !== undefined && namesCpk(text, decision.entities, this.scope.lexicon)) {
      const why = decision.rule ?? decision.reason;
      return { ...decision, reason: 'cpk-unanswered', rule: decision.rule, detail: `CPK question no topic answers (${why})` };
    }
    return decision;
  }

  /** The decision over the knowledge's topics: entities, classifier, scope guard, policy. */
  private matchTopics(text: string): MatchDecision {
    const entities = extractEntities(text);
    const decided = intentFromEntities(text, entities);
    if (decided !== undefined) {
      return {
        kind: 'answer',
        intent: decided.intent,
        confidence: 1,
        ranked: [{ intent: decided.intent, confidence: 1 }],
        entities,
        detail: `error code ${decided.code}`,
      };
    }
    const markers = entityMarkers(entities, (code) => isCpkCodeIn(code, text, entities));
    // The words as the classifier and the guard should read them; entities above were read from the text as typed.
    const typed = normaliseTyping(text);
    const prepared = this.classifier.prepare(typed, markers);
    const first = this.classifier.rank(prepared);
    const top = first.ranked[0];
    if (first.known === 0 && (top === undefined || top.confidence === 0)) {
      return { kind: 'fallback', reason: 'no-known-words', ranked: [], entities, detail: 'no known words' };
    }
    // Intents the scope guard rules out for this text leave the ranking; the best remaining one may still
    // answer ("good day" ranked goodbye first, but only greeting has its words). The posterior is then taken
    // over the intents that remain possible.
    const guard = new ScopeGuard(typed, entities, this.scope, this.classifier.correctedText(typed));
    const ranked = first.ranked;
    const verdict = top === undefined ? undefined : guard.verdictFor(top.intent);
    const scope = verdict?.reason;
    // A technical question the guard took from a guidance intent ("which Bot Framework SDK version supports
    // Teams SSO?") is not a request for the menu: help must not inherit it through a generic word ("bot",
    // "where", "information"), only through words that plainly ask for the menu ("how to use"). The
    // out-of-scope answer lists what the bot covers anyway.
    const technicalOutOfScope =
      scope !== undefined && top !== undefined && this.scope.guidanceIntents.has(top.intent) && !asksForMenu(typed, this.scope.lexicon);
    const possible = (intent: string): boolean =>
      intent === 'none' || (guard.reasonFor(intent) === undefined && !(technicalOutOfScope && intent === 'help'));
    const allowed = this.classifier.rank(prepared, possible).ranked.filter((scored) => possible(scored.intent));
    const decision = decide(allowed, this.policy);
    if (scope !== undefined && decision.kind === 'fallback') {
      return { kind: 'fallback', reason: 'out-of-scope', rule: scope, ranked, entities, detail: `scope rule ${verdict?.rule ?? scope}` };
    }
    return { ...decision, entities, detail: scope === undefined ? 'classifier' : `classifier after scope guard (${scope})` };
  }
}
