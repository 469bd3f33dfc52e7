/**
 * The shape of the knowledge base: one JSON file per intent in `knowledge/intents/`, edited by support
 * engineers without touching code. `validateIntentFile` checks a parsed file against these types.
 */
// @ts-nocheck


/** Intent ids the product promises (the classify CLI contract in issue #3 depends on them). */
export const CORE_INTENT_IDS = [
  'lost-key',
  'rotate-key',
  'sdk-versions',
  'error-key-mismatch',
  'error-key-missing',
  'error-invalid-header',
  'escalate',
  'greeting',
  'help',
  'thanks',
  'goodbye',
  'none',
] as const;

/** `guidance` answers a CPK question; `conversation` is small talk/help/escalate; `fallback` is `none`. */
export type IntentKind = 'guidance' | 'conversation' | 'fallback';

/** A documentation link with the fact-sheet source tag it comes from (e.g. "D1", "R-GETBLOB"). */
export interface KnowledgeLink {
  title: string;
  url: string;
  /** Source tag from `cpk-facts.md` §13, so a reviewer can trace the fact. */
  source: string;
}

/** A code sample shown on the card (monospace) and in the plain-text fallback. */
export interface CodeSnippet {
  label: string;
  language: string;
  code: string;
}

/** Facts about a service error, shown as a fact set on the card. */
export interface ErrorFacts {
  code: string;
  httpStatus: number;
  message: string;
}

/** Routing metadata carried by the source self-help article (D6), passed on at escalation. */
export interface SupportMetadata {
  articleId: string;
  supportTopicIds: string[];
  productPesIds: string[];
  cloudEnvironments: string[];
}

/** The answer the bot gives for an intent. */
export interface IntentAnswer {
  /** One or two sentences that answer the question on their own. */
  summary: string;
  /** Extra paragraphs: causes, caveats. May be empty. */
  details: string[];
  /** Ordered steps the user can follow. May be empty. */
  steps: string[];
  code: CodeSnippet[];
  /** When true the card also renders the SDK/REST version table from `knowledge/versions.json`. */
  showVersionTable?: boolean;
  error?: ErrorFacts;
}

/** A suggested live check offered as a button on the card (issue #4 wires these to dialogs). */
export type CheckId = 'key-check' | 'version-check' | 'blob-check' | 'key-inventory';

/**
 * A word list of the scope guard, compiled to one regular expression: `before` + the alternatives joined by `|` +
 * `after`. Kept as data (issue #17, item 0) so a support engineer can see and extend the words without code.
 */
export interface WordPattern {
  /** Why the list exists and what it must not catch. */
  why: string;
  regex: RegExp;
}

/** Reasons an intent's own veto may give; they are scope reasons of the matcher. */
export const VETO_REASONS = ['key-gone'] as const;
export type VetoReason = (typeof VETO_REASONS)[number];

/** An intent's own scope words: the words it needs (small talk), and messages it must not answer. */
export interface IntentScope {
  /** Small-talk intents answer only when the message holds one of these words. */
  anchor?: WordPattern;
  /** The lexicon concept (matching/concepts.ts) whose words count as the anchor's words too. */
  anchorConcept?: string;
  /** Messages this intent must not answer, each with the reason logged. */
  vetoes: { reason: VetoReason; pattern: WordPattern }[];
}

/** The cross-topic word lists of `knowledge/scope.json`, by name; the scope rules name the ones they read. */
export const SCOPE_PATTERN_NAMES = [
  'cpkAnchor',
  'otherSenseKey',
  'deniedOtherTopic',
  'otherMismatch',
  'headerWords',
  'encodingWords',
  'helpWithTask',
  'menuWordForOther',
  'menuRequest',
  'botAbility',
  'strongCpk',
  'otherTopic',
  'encryptionWords',
  'weakOtherTopic',
  'weakOtherSymptom',
  'genericCrypto',
  'deviceEncryption',
  'blobWords',
  'storageWords',
  'otherCloud',
  'azureWords',
  'chitChat',
  'asksSomething',
] as const;
export type ScopePatternName = (typeof SCOPE_PATTERN_NAMES)[number];
export type ScopeLexicon = Readonly<Record<ScopePatternName, WordPattern>>;

/** One knowledge file. */
export interface IntentEntry {
  id: string;
  kind: IntentKind;
  title: string;
  /** Button label for this intent (follow-ups, "did you mean"): at most 32 characters so it fits Teams and a phone. */
  label: string;
  /** Training utterances for the matcher. Never the evaluation set. */
  examples: string[];
  answer: IntentAnswer;
  links: KnowledgeLink[];
  /** Intent ids offered as follow-up buttons. */
  followUps: string[];
  /** Live checks offered on the card. */
  checks: CheckId[];
  support?: SupportMetadata;
  /** Scope words of this intent (issue #17, item 0); absent = none. */
  scope?: IntentScope;
}

/** One row of the minimum-version table (`knowledge/versions.json`). */
export interface VersionRow {
  /** Stable id used by the version check, e.g. "js-storage-blob". */
  id: string;
  /** Human name, e.g. "JavaScript/TypeScript @azure/storage-blob". */
  component: string;
  /** Name in the version table's narrow first column (at most 24 characters), e.g. "JavaScript / TypeScript". */
  shortName: string;
  /** Package ecosystem the version check uses to recognise it. */
  ecosystem: 'rest' | 'npm' | 'nuget' | 'maven' | 'pypi' | 'go' | 'tool' | 'other';
  /** Package names (and user-agent tokens) that identify the component. */
  packageNames: string[];
  /** Everyday names a user calls it by ("Python", ".NET"): a question naming one gets this row alone. */
  aliases: string[];
  /** First version with CPK, or null when the sources do not say (then `note` explains). */
  minVersion: string | null;
  /** True when no version supports CPK (the Azure portal, WindowsAzure.Storage): the verdict is a fail, not a warning. */
  noSupport?: boolean;
  /** What the sources say, in customer language: shown to users, so no internal review words. */
  note: string;
  /** The reviewer's note (source conflicts, unconfirmed points), for staff only; never shown to users. */
  staffNote?: string;
  /** Later versions that fixed a CPK bug: a version below one gets its note with the verdict. */
  fixes?: { version: string; note: string }[];
  /** Versions below this major line are another product and unrelated (e.g. legacy python 2.x vs 12.x). */
  appliesFromMajor?: number;
  appliesBelowMajor?: number;
  sources: string[];
}

/** A subject a follow-up can name ("snapshots", "Azure Files") and the topics whose cards answer it, best first. */
export interface FollowUpSubject {
  name: string;
  topics: string[];
  regex: RegExp;
}

/**
 * A language or SDK a follow-up can name ("and in Java?"); `row` is its row of the version table, `code` the
 * language of its code snippets in the intent files, if any.
 */
export interface FollowUpLanguage {
  name: string;
  row?: string;
  code?: string;
  regex: RegExp;
}

/** How a follow-up reads (`knowledge/followups.json`, issue #17 item 3). */
export interface FollowUpRules {
  /** Openings that lean on the previous answer ("what about…", "and in Java?"). */
  marker: WordPattern;
  /** A follow-up that asks only for the reason ("why?"). */
  why: WordPattern;
  /** A follow-up that asks only how ("how?"). */
  how: WordPattern;
  /** Words anywhere that point back at the previous answer ("which version fixes that"). */
  leans: WordPattern;
  /** Messages of at most this many words that name a subject or language are follow-ups without an opening ("node?"). */
  bareWords: number;
  /** Subjects in reading order: the first one a message names decides. */
  subjects: FollowUpSubject[];
  languages: FollowUpLanguage[];
  /** Longer messages are read as new questions. */
  maxWords: number;
  /** How many turns a topic stays the context without being answered again. */
  contextTurns: number;
}

/** The loaded, validated knowledge base. */
export interface KnowledgeBase {
  intents: ReadonlyMap<string, IntentEntry>;
  versions: readonly VersionRow[];
  /** The scope guard's cross-topic word lists (`knowledge/scope.json`). */
  scope: ScopeLexicon;
  followUps: FollowUpRules;
  /** Files loaded, for /healthz. */
  fileCount: number;
}
