/**
 * Validation of knowledge files. Hand-written rather than a JSON-schema library so every error names the file
 * and the field in words a support engineer can act on ("knowledge/intents/lost-key.json: answer.steps[2] must
 * be a non-empty string").
 */
// @ts-nocheck

import type {
  CheckId,
  CodeSnippet,
  ErrorFacts,
  IntentAnswer,
  IntentEntry,
  IntentKind,
  FollowUpRules,
  IntentScope,
  KnowledgeLink,
  ScopeLexicon,
  SupportMetadata,
  VersionRow,
  WordPattern,
} from './types';
import { SCOPE_PATTERN_NAMES, VETO_REASONS } from './types';

/** A knowledge file broke a rule; `file` and `field` say exactly where. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field} ${problem}`);
    this.name = 'KnowledgeError';
  }
}

type Json = unknown;

/** Reads one object's fields with errors that carry the file and the dotted field path. */
class FieldReader {
  constructor(
    readonly file: string,
    private readonly value: Json,
    private readonly at: string,
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new KnowledgeError(file, at || '(top level)', 'must be an object');
    }
  }

  private get record(): Record<string, Json> {
    return this.value as Record<string, Json>;
  }

  private path(key: string): string {
    return this.at ? `${this.at}.${key}` : key;
  }

  fail(key: string, problem: string): never {
    throw new KnowledgeError(this.file, this.path(key), problem);
  }

  /** Rejects properties the schema does not know: a typo such as "exmaples" must not pass silently. */
  onlyKeys(allowed: readonly string[]): void {
    for (const key of Object.keys(this.record)) {
      if (!allowed.includes(key)) {
        this.fail(key, `is not a known field (allowed: ${allowed.join(', ')})`);
      }
    }
  }

  has(key: string): boolean {
    return this.record[key] !== undefined;
  }

  string(key: string, options: { maxLength?: number; pattern?: RegExp; patternHint?: string } = {}): string {
    const value = this.record[key];
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(key, 'must be a non-empty string');
    }
    if (options.maxLength !== undefined && value.length > options.maxLength) {
      this.fail(key, `must be at most ${options.maxLength} characters`);
    }
    if (options.pattern && !options.pattern.test(value)) {
      this.fail(key, `must be ${options.patternHint ?? `like ${String(options.pattern)}`}`);
    }
    return value;
  }

  optionalString(key: string): string | null {
    const value = this.record[key];
    if (value === null) {
      return null;
    }
    return this.string(key);
  }

  integer(key: string, min: number, max: number): number {
    const value = this.record[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(key, `must be a whole number from ${min} to ${max}`);
    }
    return value;
  }

  boolean(key: string): boolean {
    const value = this.record[key];
    if (typeof value !== 'boolean') {
      this.fail(key, 'must be true or false');
    }
    return value;
  }

  array<T>(key: string, item: (value: Json, at: string) => T, minItems = 0): T[] {
    const value = this.record[key];
    if (!Array.isArray(value)) {
      this.fail(key, 'must be an array');
    }
    if (value.length < minItems) {
      this.fail(key, `must have at least ${minItems} item(s)`);
    }
    return value.map((element, index) => item(element, `${this.path(key)}[${index}]`));
  }

  strings(key: string, minItems = 0): string[] {
    return this.array(
      key,
      (value, at) => {
        if (typeof value !== 'string' || value.trim() === '') {
          throw new KnowledgeError(this.file, at, 'must be a non-empty string');
        }
        return value;
      },
      minItems,
    );
  }

  object(key: string): FieldReader {
    return new FieldReader(this.file, this.record[key], this.path(key));
  }
}

const INTENT_KINDS: readonly IntentKind[] = ['guidance', 'conversation', 'fallback'];
const CHECK_IDS: readonly CheckId[] = ['key-check', 'version-check', 'blob-check', 'key-inventory'];
const ECOSYSTEMS: readonly VersionRow['ecosystem'][] = ['rest', 'npm', 'nuget', 'maven', 'pypi', 'go', 'tool', 'other'];
const ID_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;
/** Teams cuts action titles beyond about this many characters, and a 375 px phone has no room for more (issue #14). */
export const BUTTON_LABEL_MAX = 32;
/**
 * Review words of the fact sheet that must never reach a customer (issue #14, item 6): what it marks unconfirmed
 * is said as "Microsoft's documentation does not say…" instead. Staff-only text goes in `staffNote`.
 */
const INTERNAL_WORDS = /\b(?:DRIFT|UNCONFIRMED|PesIds?|supportTopicIds?|blackForest|fairfax|mooncake|usnat|ussec)\b/i;

/** Fails when customer-facing text (any string inside `value`) holds an internal review word. */
function rejectInternalWords(file: string, field: string, value: unknown): void {
  const texts = JSON.stringify(value);
  const found = INTERNAL_WORDS.exec(texts);
  if (found !== null) {
    throw new KnowledgeError(file, field, `is shown to customers and must not contain the internal word "${found[0]}"`);
  }
}

function oneOf<T extends string>(reader: FieldReader, key: string, allowed: readonly T[]): T {
  const value = reader.string(key);
  const found = allowed.find((choice) => choice === value);
  if (found === undefined) {
    reader.fail(key, `must be one of ${allowed.join(', ')}`);
  }
  return found;
}

function readLink(file: string, value: Json, at: string): KnowledgeLink {
  const reader = new FieldReader(file, value, at);
  reader.onlyKeys(['title', 'url', 'source']);
  return {
    title: reader.string('title', { maxLength: 120 }),
    url: reader.string('url', { pattern: /^https:\/\/[^\s]+$/, patternHint: 'an https URL' }),
    source: reader.string('source', { maxLength: 40 }),
  };
}

function readCode(file: string, value: Json, at: string): CodeSnippet {
  const reader = new FieldReader(file, value, at);
  reader.onlyKeys(['label', 'language', 'code']);
  return { label: reader.string('label'), language: reader.string('language'), code: reader.string('code') };
}

function readErrorFacts(reader: FieldReader): ErrorFacts {
  reader.onlyKeys(['code', 'httpStatus', 'message']);
  return {
    code: reader.string('code', { pattern: /^[A-Za-z]+$/, patternHint: 'a storage error code such as InvalidHeaderValue' }),
    httpStatus: reader.integer('httpStatus', 400, 599),
    message: reader.string('message'),
  };
}

function readAnswer(reader: FieldReader): IntentAnswer {
  reader.onlyKeys(['summary', 'details', 'steps', 'code', 'showVersionTable', 'error']);
  const answer: IntentAnswer = {
    summary: reader.string('summary', { maxLength: 600 }),
    details: reader.strings('details'),
    steps: reader.strings('steps'),
    code: reader.array('code', (value, at) => readCode(reader.file, value, at)),
  };
  if (reader.has('showVersionTable')) {
    answer.showVersionTable = reader.boolean('showVersionTable');
  }
  if (reader.has('error')) {
    answer.error = readErrorFacts(reader.object('error'));
  }
  return answer;
}

function readSupport(reader: FieldReader): SupportMetadata {
  reader.onlyKeys(['articleId', 'supportTopicIds', 'productPesIds', 'cloudEnvironments']);
  return {
    articleId: reader.string('articleId'),
    supportTopicIds: reader.strings('supportTopicIds', 1),
    productPesIds: reader.strings('productPesIds', 1),
    cloudEnvironments: reader.strings('cloudEnvironments', 1),
  };
}

const PATTERN_FLAGS = ['i', 'gi'] as const;

/** Reads one word pattern and compiles it; a pattern that does not compile names its file and field. */
function readWordPattern(reader: FieldReader): WordPattern {
  reader.onlyKeys(['why', 'flags', 'before', 'alternatives', 'after']);
  const why = reader.string('why');
  const flags = oneOf(reader, 'flags', PATTERN_FLAGS);
  const before = reader.has('before') ? reader.string('before') : '';
  const after = reader.has('after') ? reader.string('after') : '';
  const alternatives = reader.strings('alternatives', 1);
  try {
    return { why, regex: new RegExp(`${before}${alternatives.join('|')}${after}`, flags) };
  } catch (error) {
    return reader.fail('alternatives', `do not make a valid regular expression: ${(error as Error).message}`);
  }
}

function readIntentScope(reader: FieldReader): IntentScope {
  reader.onlyKeys(['anchor', 'anchorConcept', 'vetoes']);
  const scope: IntentScope = {
    vetoes: reader.has('vetoes')
      ? reader.array('vetoes', (value, at) => {
          const veto = new FieldReader(reader.file, value, at);
          veto.onlyKeys(['reason', 'pattern']);
          return { reason: oneOf(veto, 'reason', VETO_REASONS), pattern: readWordPattern(veto.object('pattern')) };
        })
      : [],
  };
  if (reader.has('anchor')) {
    scope.anchor = readWordPattern(reader.object('anchor'));
  }
  if (reader.has('anchorConcept')) {
    scope.anchorConcept = reader.string('anchorConcept', { pattern: /^__[a-z]+$/, patternHint: 'a lexicon concept such as __hello' });
  }
  return scope;
}

/** Validates `scope.json` (`{ "patterns": { name: pattern } }`): every pattern the scope rules read, and no other. */
export function validateScopeFile(file: string, json: Json): ScopeLexicon {
  const top = new FieldReader(file, json, '');
  top.onlyKeys(['$comment', 'patterns']);
  const patterns = top.object('patterns');
  patterns.onlyKeys(SCOPE_PATTERN_NAMES);
  const lexicon = Object.fromEntries(SCOPE_PATTERN_NAMES.map((name) => [name, readWordPattern(patterns.object(name))]));
  return lexicon as Record<(typeof SCOPE_PATTERN_NAMES)[number], WordPattern>;
}

/** A named word list of `followups.json` (a subject or a language) as one whole-word, case-blind pattern. */
function readNamedWords(reader: FieldReader): { name: string; regex: RegExp } {
  const name = reader.string('name');
  const alternatives = reader.strings('alternatives', 1);
  try {
    return { name, regex: new RegExp(`(?<![\\w.#+-])(?:${alternatives.join('|')})(?![\\w#+])`, 'i') };
  } catch (error) {
    return reader.fail('alternatives', `do not make a valid regular expression: ${(error as Error).message}`);
  }
}

/** Validates `followups.json`: the follow-up patterns, subjects, languages and limits (topic ids are checked on load). */
export function validateFollowUpFile(file: string, json: Json): FollowUpRules {
  const reader = new FieldReader(file, json, '');
  reader.onlyKeys(['$comment', 'maxWords', 'contextTurns', 'bareWords', 'marker', 'why', 'how', 'leans', 'subjects', 'languages']);
  const subjects = reader.object('subjects');
  subjects.onlyKeys(['why', 'list']);
  subjects.string('why');
  const languages = reader.object('languages');
  languages.onlyKeys(['why', 'list']);
  languages.string('why');
  return {
    maxWords: reader.integer('maxWords', 2, 40),
    contextTurns: reader.integer('contextTurns', 1, 20),
    bareWords: reader.integer('bareWords', 1, 10),
    marker: readWordPattern(reader.object('marker')),
    why: readWordPattern(reader.object('why')),
    how: readWordPattern(reader.object('how')),
    leans: readWordPattern(reader.object('leans')),
    subjects: subjects.array(
      'list',
      (value, at) => {
        const subject = new FieldReader(file, value, at);
        subject.onlyKeys(['name', 'topics', 'alternatives']);
        return { ...readNamedWords(subject), topics: subject.strings('topics', 1) };
      },
      1,
    ),
    languages: languages.array(
      'list',
      (value, at) => {
        const language = new FieldReader(file, value, at);
        language.onlyKeys(['name', 'row', 'code', 'alternatives']);
        return {
          ...readNamedWords(language),
          ...(language.has('row') ? { row: language.string('row') } : {}),
          ...(language.has('code') ? { code: language.string('code') } : {}),
        };
      },
      1,
    ),
  };
}

/** Validates one parsed intent file; `file` is the path shown in errors. */
export function validateIntentFile(file: string, json: Json): IntentEntry {
  const reader = new FieldReader(file, json, '');
  reader.onlyKeys(['id', 'kind', 'title', 'label', 'examples', 'answer', 'links', 'followUps', 'checks', 'support', 'scope']);
  const entry: IntentEntry = {
    id: reader.string('id', { pattern: ID_PATTERN, patternHint: 'lower-case letters, digits and dashes' }),
    kind: oneOf(reader, 'kind', INTENT_KINDS),
    title: reader.string('title', { maxLength: 80 }),
    label: reader.string('label', { maxLength: BUTTON_LABEL_MAX }),
    examples: reader.strings('examples', 5),
    answer: readAnswer(reader.object('answer')),
    links: reader.array('links', (value, at) => readLink(file, value, at)),
    followUps: reader.strings('followUps'),
    checks: reader.array('checks', (value, at) => {
      const check = CHECK_IDS.find((id) => id === value);
      if (check === undefined) {
        throw new KnowledgeError(file, at, `must be one of ${CHECK_IDS.join(', ')}`);
      }
      return check;
    }),
  };
  if (reader.has('support')) {
    entry.support = readSupport(reader.object('support'));
  }
  if (reader.has('scope')) {
    entry.scope = readIntentScope(reader.object('scope'));
  }
  if (entry.kind === 'guidance' && entry.links.length === 0) {
    reader.fail('links', 'must cite at least one source for a guidance intent');
  }
  rejectInternalWords(file, 'title, label, answer or links', { title: entry.title, label: entry.label, answer: entry.answer, links: entry.links });
  return entry;
}

/** Validates `versions.json` (`{ "rows": [...] }`). */
export function validateVersionFile(file: string, json: Json): VersionRow[] {
  const top = new FieldReader(file, json, '');
  top.onlyKeys(['rows']);
  return top.array(
    'rows',
    (value, at) => {
      const reader = new FieldReader(file, value, at);
      reader.onlyKeys([
        'id',
        'component',
        'shortName',
        'ecosystem',
        'packageNames',
        'aliases',
        'minVersion',
        'noSupport',
        'note',
        'staffNote',
        'fixes',
        'appliesFromMajor',
        'appliesBelowMajor',
        'sources',
      ]);
      const row: VersionRow = {
        id: reader.string('id', { pattern: ID_PATTERN, patternHint: 'lower-case letters, digits and dashes' }),
        component: reader.string('component'),
        shortName: reader.string('shortName', { maxLength: 24 }),
        ecosystem: oneOf(reader, 'ecosystem', ECOSYSTEMS),
        packageNames: reader.strings('packageNames', 1),
        aliases: reader.strings('aliases'),
        minVersion: reader.optionalString('minVersion'),
        note: reader.string('note'),
        sources: reader.strings('sources', 1),
      };
      if (reader.has('staffNote')) {
        row.staffNote = reader.string('staffNote');
      }
      if (reader.has('noSupport')) {
        row.noSupport = reader.boolean('noSupport');
      }
      if (reader.has('fixes')) {
        row.fixes = reader.array('fixes', (fixValue, fixAt) => {
          const fix = new FieldReader(file, fixValue, fixAt);
          fix.onlyKeys(['version', 'note']);
          return { version: fix.string('version', { pattern: /^\d+\.\d+\.\d+/, patternHint: 'a version such as 12.9.0' }), note: fix.string('note') };
        });
        rejectInternalWords(file, `${at}.fixes`, row.fixes);
      }
      rejectInternalWords(file, `${at}.note`, row.note);
      if (reader.has('appliesFromMajor')) {
        row.appliesFromMajor = reader.integer('appliesFromMajor', 0, 1000);
      }
      if (reader.has('appliesBelowMajor')) {
        row.appliesBelowMajor = reader.integer('appliesBelowMajor', 0, 1000);
      }
      return row;
    },
    1,
  );
}
