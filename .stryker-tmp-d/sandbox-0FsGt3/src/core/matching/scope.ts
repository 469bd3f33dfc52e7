/**
 * The out-of-scope guard (issue #3 item 3: other Azure topics get an honest "I only cover CPK", never a CPK
 * answer). Classifiers trained on a few hundred sentences still pull "rotate the storage account access keys"
 * towards rotate-key; small rules catch what the words say plainly. The words are knowledge
 * (`knowledge/scope.json` and each intent's `scope`), the rules an ordered table (scopeRules.ts); each verdict
 * carries its reason and the rule that gave it, which the fallback logs.
 */
// @ts-nocheck

import type { Entities } from '../entities/types';
import type { IntentKind, IntentScope, KnowledgeBase, ScopeLexicon } from '../knowledge/types';
import { MessageFacts } from './scopeFacts';
import { decidingRule, type ScopeReason } from './scopeRules';

export type { ScopeReason } from './scopeRules';

/**
 * The guidance intents (knowledge `kind: "guidance"`): the ones that must never answer an out-of-scope question.
 * Read from the knowledge files rather than listed here, so a new guidance intent is guarded the day its file
 * is added, and a renamed one cannot silently drop out of the guard.
 */
export function guidanceIntentsOf(entries: Iterable<{ id: string; kind?: IntentKind }>): ReadonlySet<string> {
  const guidance = new Set<string>();
  for (const entry of entries) {
    if (entry.kind === 'guidance') {
      guidance.add(entry.id);
    }
  }
  return guidance;
}

/** Everything the guard reads from the knowledge: the word lists, each intent's own scope, the guidance intents. */
export interface ScopeData {
  lexicon: ScopeLexicon;
  intentScopes: ReadonlyMap<string, IntentScope>;
  guidanceIntents: ReadonlySet<string>;
}

/** The guard's data from a loaded knowledge base. */
export function scopeDataOf(kb: Pick<KnowledgeBase, 'intents' | 'scope'>): ScopeData {
  const intentScopes = new Map<string, IntentScope>();
  for (const entry of kb.intents.values()) {
    if (entry.scope !== undefined) {
      intentScopes.set(entry.id, entry.scope);
    }
  }
  return { lexicon: kb.scope, intentScopes, guidanceIntents: guidanceIntentsOf(kb.intents.values()) };
}

/** True when the message plainly asks what the bot can do. */
export function asksForMenu(text: string, lexicon: ScopeLexicon): boolean {
  return lexicon.menuRequest.regex.test(text) || lexicon.botAbility.regex.test(text);
}

/** A verdict of the guard: why an intent may not answer, and the rule that said so. */
export interface ScopeVerdict {
  reason: ScopeReason;
  rule: string;
}

/**
 * The scope guard for one message. The matcher asks about every intent, twice per ranking; the message-level
 * facts are computed at most once per message and each intent's verdict is remembered.
 */
export class ScopeGuard {
  private readonly verdicts = new Map<string, ScopeVerdict | undefined>();
  private readonly facts: MessageFacts;

  constructor(
    text: string,
    entities: Entities,
    private readonly data: ScopeData,
    /** The text after typo correction: a small-talk word list also accepts "thanx" or "helo" once corrected. */
    corrected?: string,
  ) {
    this.facts = new MessageFacts(text, corrected, entities, data.lexicon);
  }

  /** Why the message is out of scope for `intent` (with the rule), or `undefined` when it may be answered. */
  verdictFor(intent: string): ScopeVerdict | undefined {
    if (!this.verdicts.has(intent)) {
      const rule = decidingRule(this.facts, { intent, guidance: this.data.guidanceIntents.has(intent), scope: this.data.intentScopes.get(intent) });
      this.verdicts.set(intent, rule === undefined || rule.verdict === 'inScope' ? undefined : { reason: rule.verdict, rule: rule.name });
    }
    return this.verdicts.get(intent);
  }

  /** Why the message is out of scope for `intent`, or `undefined` when it may be answered. */
  reasonFor(intent: string): ScopeReason | undefined {
    return this.verdictFor(intent)?.reason;
  }
}

/** Why `text` is out of scope for `intent`, or `undefined` when it may be answered. */
export function outOfScopeReason(text: string, intent: string, entities: Entities, data: ScopeData, corrected?: string): ScopeReason | undefined {
  return new ScopeGuard(text, entities, data, corrected).reasonFor(intent);
}
