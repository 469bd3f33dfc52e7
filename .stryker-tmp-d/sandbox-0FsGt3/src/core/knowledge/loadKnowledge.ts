/**
 * Loads and validates the knowledge base from disk. A broken file stops start-up with an error naming the file
 * and the field (issue #2, item 5), so a bad edit never reaches users half-loaded.
 */
// @ts-nocheck

import fs from 'node:fs';
import path from 'node:path';
import { CORE_INTENT_IDS, type FollowUpRules, type IntentEntry, type KnowledgeBase, type VersionRow } from './types';
import { KnowledgeError, validateFollowUpFile, validateIntentFile, validateScopeFile, validateVersionFile } from './validate';

function readJson(file: string, shownAs: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new KnowledgeError(shownAs, '(file)', `cannot be read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new KnowledgeError(shownAs, '(file)', `is not valid JSON: ${(error as Error).message}`);
  }
}

/** Rules that span files: unique ids, follow-ups that exist, the promised intents present. */
function checkAcrossFiles(entries: readonly { file: string; entry: IntentEntry }[]): void {
  const byId = new Map<string, string>();
  const exampleOwner = new Map<string, string>();
  for (const { file, entry } of entries) {
    const expectedName = `${entry.id}.json`;
    if (path.basename(file) !== expectedName) {
      throw new KnowledgeError(file, 'id', `is "${entry.id}" but the file must then be named ${expectedName}`);
    }
    const other = byId.get(entry.id);
    if (other !== undefined) {
      throw new KnowledgeError(file, 'id', `duplicates the id in ${other}`);
    }
    byId.set(entry.id, file);
    entry.examples.forEach((example, index) => {
      // The same text under two labels confuses the classifier (platform-notes: natural pitfalls).
      const key = example.trim().toLowerCase();
      const owner = exampleOwner.get(key);
      if (owner !== undefined && owner !== entry.id) {
        throw new KnowledgeError(file, `examples[${index}]`, `is also an example of intent "${owner}"`);
      }
      exampleOwner.set(key, entry.id);
    });
  }
  for (const id of CORE_INTENT_IDS) {
    if (!byId.has(id)) {
      throw new KnowledgeError(path.join('intents', `${id}.json`), '(file)', 'is missing; this intent is required');
    }
  }
  for (const { file, entry } of entries) {
    entry.followUps.forEach((target, index) => {
      if (!byId.has(target)) {
        throw new KnowledgeError(file, `followUps[${index}]`, `names unknown intent "${target}"`);
      }
    });
  }
}

/** Every topic a follow-up subject names is a guidance topic; a language's row is a version-table row and its code a snippet language. */
function checkFollowUpTargets(file: string, rules: FollowUpRules, intents: ReadonlyMap<string, IntentEntry>, versions: readonly VersionRow[]): void {
  rules.subjects.forEach((subject, index) => {
    subject.topics.forEach((topic, at) => {
      if (intents.get(topic)?.kind !== 'guidance') {
        throw new KnowledgeError(file, `subjects.list[${index}].topics[${at}]`, `names "${topic}", which is not a guidance topic`);
      }
    });
  });
  const snippetLanguages = new Set([...intents.values()].flatMap((entry) => entry.answer.code.map((snippet) => snippet.language)));
  rules.languages.forEach((language, index) => {
    if (language.row !== undefined && !versions.some((row) => row.id === language.row)) {
      throw new KnowledgeError(file, `languages.list[${index}].row`, `names unknown version row "${language.row}"`);
    }
    if (language.code !== undefined && !snippetLanguages.has(language.code)) {
      throw new KnowledgeError(file, `languages.list[${index}].code`, `names "${language.code}", the language of no code snippet`);
    }
  });
}

/** Loads `<dir>/intents/*.json`, `<dir>/versions.json`, `<dir>/scope.json` and `<dir>/followups.json`. Throws `KnowledgeError` on the first problem. */
export function loadKnowledge(dir: string): KnowledgeBase {
  const intentsDir = path.join(dir, 'intents');
  const shown = (file: string): string => path.relative(process.cwd(), file) || file;
  let names: string[];
  try {
    names = fs.readdirSync(intentsDir).filter((name) => name.endsWith('.json')).sort();
  } catch {
    throw new KnowledgeError(shown(intentsDir), '(folder)', 'cannot be read');
  }
  const entries = names.map((name) => {
    const file = path.join(intentsDir, name);
    return { file: shown(file), entry: validateIntentFile(shown(file), readJson(file, shown(file))) };
  });
  checkAcrossFiles(entries);
  const versionsFile = path.join(dir, 'versions.json');
  const versions = validateVersionFile(shown(versionsFile), readJson(versionsFile, shown(versionsFile)));
  const scopeFile = path.join(dir, 'scope.json');
  const scope = validateScopeFile(shown(scopeFile), readJson(scopeFile, shown(scopeFile)));
  const followUpFile = path.join(dir, 'followups.json');
  const followUps = validateFollowUpFile(shown(followUpFile), readJson(followUpFile, shown(followUpFile)));
  const intents = new Map(entries.map(({ entry }) => [entry.id, entry]));
  checkFollowUpTargets(shown(followUpFile), followUps, intents, versions);
  return {
    intents,
    versions,
    scope,
    followUps,
    fileCount: entries.length + 3,
  };
}
