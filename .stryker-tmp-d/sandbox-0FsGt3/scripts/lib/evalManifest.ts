/**
 * The evaluation sets and what is known about them, from test/data/eval/manifest.json (issue #21): every script
 * and test that scores a set reads this list, so a set's purpose, whether it is spent, and what deduplication
 * removed travel with it.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import type { DedupeCounts } from './dedupe';

/**
 * Lines of an older set for which a later topic is an equally right answer (issue #17: the seven new topics answer
 * questions the old sets labelled with the nearest old topic, e.g. AzCopy questions labelled `sdk-versions`).
 * Decided from the cards' content, not from the matcher's output; `why` says what the named cards answer.
 */
export interface AlsoAcceptable {
  intents: string[];
  why: string;
  /** Exact texts of the set's deduplicated file. */
  texts: string[];
}

export interface EvalSetEntry {
  /** Short name used on the command line and in reports (v1 ... v10, tuning). */
  name: string;
  /** Deduplicated set, relative to the project root: what the figures are computed on. */
  file: string;
  /** The set as written, relative to the project root (kept so the dedupe can be re-run). */
  raw: string;
  purpose: string;
  /** When the set was written (its first commit). */
  written: string;
  /** Scored blind once and then used for tuning: no longer a fresh test of the current code. */
  spent: boolean;
  rawLines: number;
  lines: number;
  removed: DedupeCounts;
  /** Other right answers for some in-scope lines (scored as right by every script and test that scores the set). */
  alsoAcceptable?: AlsoAcceptable[];
}

/** A sealed blind set (test/data/sealed/): scored once with scoreSealed, then marked spent with its result. */
export interface SealedSetEntry {
  name: string;
  file: string;
  purpose: string;
  lines: number;
  spent: boolean;
  scored?: string;
  result?: string;
  notDeduplicated?: string;
}

/**
 * A two-turn follow-up set (issue #17, item 3): lines `{ context, contextIntent, text, intent, alsoAcceptable? }`,
 * scored through the bot by `evalFollowUps`. A `heldOut` set is scored only at the end of a tuning round and its
 * lines are never printed.
 */
export interface FollowUpSetEntry {
  name: string;
  file: string;
  purpose: string;
  written: string;
  lines: number;
  spent: boolean;
  heldOut: boolean;
  /** When a held-out set was scored and what it gave (it is spent after its final score). */
  scored?: string;
  result?: string;
}

export interface EvalManifest {
  dedupeRule: string;
  /** Oldest first: each set is deduplicated against the training examples and every set before it. */
  sets: EvalSetEntry[];
  /** Sealed sets, kept out of the scoring above until and after their one blind run. */
  sealed?: SealedSetEntry[];
  /** Two-turn follow-up sets, kept apart from the single-line sets above (their floors and dedupe do not apply). */
  followUps?: FollowUpSetEntry[];
}

export const MANIFEST_FILE = path.join(projectRoot, 'test', 'data', 'eval', 'manifest.json');

export function readEvalManifest(file = MANIFEST_FILE): EvalManifest {
  return JSON.parse(readFileSync(file, 'utf8')) as EvalManifest;
}

/** A set by its short name; throws with the names there are. */
export function evalSet(manifest: EvalManifest, name: string): EvalSetEntry {
  const found = manifest.sets.find((entry) => entry.name === name);
  if (found === undefined) {
    throw new Error(`no evaluation set "${name}" in the manifest (have ${manifest.sets.map((entry) => entry.name).join(', ')})`);
  }
  return found;
}

/** The other right answers of a set's lines, by text (empty when the set has none). */
export function alsoAcceptableByText(entry: EvalSetEntry): ReadonlyMap<string, readonly string[]> {
  const byText = new Map<string, string[]>();
  for (const group of entry.alsoAcceptable ?? []) {
    for (const text of group.texts) {
      byText.set(text, [...(byText.get(text) ?? []), ...group.intents]);
    }
  }
  return byText;
}
