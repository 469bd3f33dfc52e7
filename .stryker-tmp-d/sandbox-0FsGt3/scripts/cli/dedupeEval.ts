/**
 * `node dist/scripts/cli/dedupeEval.js`: rewrites the deduplicated evaluation sets of test/data/eval/manifest.json from
 * their raw files (oldest first; each against the training examples and every earlier set, see lib/dedupe.ts) and
 * records in the manifest what was removed. Run it after training examples change, then re-measure the figures.
 */
// @ts-nocheck

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { trainingExamples } from '../../src/core/matching/cpkMatcher';
import { projectRoot } from '../../src/paths';
import { dedupeSet, SeenLines } from '../lib/dedupe';
import { MANIFEST_FILE, readEvalManifest } from '../lib/evalManifest';
import { readJsonl } from '../lib/jsonl';
import { loadMatcher } from '../lib/loadMatcher';

function main(): void {
  const manifest = readEvalManifest();
  const { knowledge } = loadMatcher();
  const training = new SeenLines();
  trainingExamples(knowledge.intents.values()).forEach((example) => training.add(example.text));
  const earlier = new SeenLines();
  for (const entry of manifest.sets) {
    const raw = readJsonl(path.join(projectRoot, entry.raw));
    const { kept, counts } = dedupeSet(raw, training, earlier);
    writeFileSync(path.join(projectRoot, entry.file), kept.map((line) => JSON.stringify(line)).join('\n') + '\n');
    Object.assign(entry, { rawLines: raw.length, lines: kept.length, removed: counts });
    raw.forEach((line) => earlier.add(line.text));
    process.stdout.write(`${entry.name.padEnd(7)} ${raw.length} -> ${kept.length} ${JSON.stringify(counts)}\n`);
  }
  writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
}

main();
