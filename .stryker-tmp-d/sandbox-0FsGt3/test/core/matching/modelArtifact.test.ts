// @ts-nocheck
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { createMatcher } from '../../../src/createBot';
import { CpkMatcher } from '../../../src/core/matching/cpkMatcher';
import { restoreMatcher, saveModelArtifact } from '../../../src/core/matching/modelArtifact';
import type { IntentEntry } from '../../../src/core/knowledge/types';
import type { Logger } from '../../../src/core/logging/logger';
import { projectRoot } from '../../../src/paths';
import { readEvalManifest } from '../../../scripts/lib/evalManifest';
import { readJsonl } from '../../../scripts/lib/jsonl';
import { realKnowledge } from '../../support/testConversation';

/**
 * The prebuilt model artifact (issue #8): a matcher restored from it must decide exactly as the trained matcher it
 * was taken from (same decision, intent, confidences and ranking, to the last bit) on every labelled line the
 * project has, and an artifact built from other knowledge, a missing or a damaged file must never be used.
 */
describe('prebuilt model artifact', function () {
  this.timeout(120000);
  const config = loadConfig({});
  const policy = { threshold: config.matchThreshold, ambiguityMargin: config.ambiguityMargin };
  const intents = [...realKnowledge().intents.values()];
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cpk-model-'));
  const file = path.join(folder, 'matcher.json');
  let trained: CpkMatcher;

  before(() => {
    trained = CpkMatcher.fromKnowledge(realKnowledge(), policy);
    saveModelArtifact(file, intents, trained);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('restores a matcher that decides every labelled line exactly as the trained one', () => {
    const restored = restoreMatcher(file, realKnowledge(), policy);
    assert.equal(restored.kind, 'restored');
    if (restored.kind !== 'restored') {
      return;
    }
    // Every evaluation set of the manifest, as written (test/data/eval/raw/).
    const texts = readEvalManifest().sets.flatMap((entry) => readJsonl(path.join(projectRoot, entry.raw)).map((line) => line.text));
    assert.ok(texts.length > 4000, `all labelled sets read (${texts.length} lines)`);
    for (const text of texts) {
      assert.deepEqual(restored.matcher.match(text), trained.match(text), text);
    }
  });

  it('is not used when the knowledge examples changed since it was built', () => {
    const edited: IntentEntry[] = intents.map((entry, index) => (index === 0 ? { ...entry, examples: [...entry.examples, 'one more way to ask'] } : entry));
    assert.deepEqual(restoreMatcher(file, { ...realKnowledge(), intents: new Map(edited.map((entry) => [entry.id, entry])) }, policy), { kind: 'unusable', reason: 'stale' });
  });

  it('is not used when missing or damaged, and never throws', () => {
    assert.deepEqual(restoreMatcher(path.join(folder, 'absent.json'), realKnowledge(), policy), { kind: 'unusable', reason: 'missing' });
    const truncated = path.join(folder, 'truncated.json');
    fs.writeFileSync(truncated, fs.readFileSync(file, 'utf8').slice(0, 5000));
    assert.deepEqual(restoreMatcher(truncated, realKnowledge(), policy), { kind: 'unusable', reason: 'unreadable' });
    const damaged = path.join(folder, 'damaged.json');
    const artifact = JSON.parse(fs.readFileSync(file, 'utf8')) as { classifier: { regression: { weights: string } } };
    artifact.classifier.regression.weights = 'AAAA';
    fs.writeFileSync(damaged, JSON.stringify(artifact));
    assert.deepEqual(restoreMatcher(damaged, realKnowledge(), policy), { kind: 'unusable', reason: 'unreadable' });
  });

  it('createMatcher uses a fitting artifact and trains without one, saying which in the log', () => {
    const lines: string[] = [];
    const logger: Logger = {
      debug: () => undefined,
      info: (message: string) => void lines.push(message),
      warn: () => undefined,
      error: () => undefined,
    };
    const knowledge = realKnowledge();
    const fromArtifact = createMatcher(knowledge, config, logger, file);
    const fromTraining = createMatcher(knowledge, config, logger, path.join(folder, 'absent.json'));
    assert.deepEqual(lines, ['matcher restored from the prebuilt model', 'matcher trained at start-up']);
    assert.deepEqual(fromArtifact.match('I lost my customer-provided key'), fromTraining.match('I lost my customer-provided key'));
  });
});
