/**
 * The prebuilt model artifact (issue #8, cold start). Training the classifier at start-up costs 150-250 ms of a
 * 1 s cold-start budget, so `npm run build` trains once and writes the trained state to a JSON file; start-up
 * restores it in a few milliseconds when it was built from the same knowledge examples by the same matching code,
 * and trains as before otherwise (a knowledge file edited without a rebuild, `KNOWLEDGE_DIR` pointing elsewhere,
 * no artifact, an unreadable file). Issue #3 allows either: "trained from the knowledge files' examples at
 * start-up (or from an artifact built from them)". A restored matcher decides exactly as a trained one
 * (test/core/matching/modelArtifact.test.ts compares every line of every test set).
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IntentEntry, KnowledgeBase } from '../knowledge/types';
import { CpkMatcher } from './cpkMatcher';
import type { DecisionPolicy } from './decision';
import type { ClassifierSnapshot } from './intentClassifier';

/** Bump when the artifact's layout changes in a way the code digest would not show. */
const ARTIFACT_FORMAT = 1;

interface ModelArtifact {
  fingerprint: string;
  classifier: ClassifierSnapshot;
}

export type RestoredMatcher =
  | { kind: 'restored'; matcher: CpkMatcher }
  | { kind: 'unusable'; reason: 'missing' | 'stale' | 'unreadable' };

let codeDigestMemo: string | undefined;

/**
 * The compiled core code (every `.js` file under this module's `core` folder: matching, entities, text and
 * everything they use) and natural's version. Any change to how text becomes features or how the model trains
 * changes this digest, so an artifact built by other code is never used.
 */
function codeDigest(): string {
  if (codeDigestMemo === undefined) {
    const hash = createHash('sha256');
    const core = path.resolve(__dirname, '..');
    const files = fs
      .readdirSync(core, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .sort();
    for (const file of files) {
      hash.update(file).update(fs.readFileSync(path.join(core, file)));
    }
    hash.update(fs.readFileSync(require.resolve('natural/package.json')));
    codeDigestMemo = hash.digest('hex');
  }
  return codeDigestMemo;
}

/** What an artifact must have been built from to be used: this format, this code, these intents' examples. */
export function modelFingerprint(intents: Iterable<IntentEntry>): string {
  const hash = createHash('sha256').update(`format ${ARTIFACT_FORMAT}\n`).update(codeDigest());
  for (const entry of intents) {
    hash.update(JSON.stringify([entry.id, entry.kind, entry.examples]));
  }
  return hash.digest('hex');
}

/** Writes `matcher`'s trained state for `intents` (the ones it was trained from) to `file`, atomically. */
export function saveModelArtifact(file: string, intents: readonly IntentEntry[], matcher: CpkMatcher): void {
  const artifact: ModelArtifact = { fingerprint: modelFingerprint(intents), classifier: matcher.snapshot() };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(artifact));
  fs.renameSync(temp, file);
}

/** A matcher restored from `file` if it was built from `intents` by this code, else why not. Never throws. */
export function restoreMatcher(file: string, kb: KnowledgeBase, policy: DecisionPolicy): RestoredMatcher {
  const intents = [...kb.intents.values()];
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { kind: 'unusable', reason: 'missing' };
  }
  try {
    const artifact = JSON.parse(text) as Partial<ModelArtifact>;
    if (artifact.fingerprint !== modelFingerprint(intents)) {
      return { kind: 'unusable', reason: 'stale' };
    }
    if (artifact.classifier === undefined) {
      return { kind: 'unusable', reason: 'unreadable' };
    }
    return { kind: 'restored', matcher: CpkMatcher.restore(kb, policy, artifact.classifier) };
  } catch {
    return { kind: 'unusable', reason: 'unreadable' };
  }
}
