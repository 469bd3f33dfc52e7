/**
 * The evaluation sets' deduplication (issue #21): the rule, and that the committed sets hold no line that is in
 * the training examples or an earlier set by that rule, with the manifest's counts adding up.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import path from 'node:path';
import { dedupeSet, isNearDuplicate, normalizedKey, SeenLines } from '../../scripts/lib/dedupe';
import { readEvalManifest } from '../../scripts/lib/evalManifest';
import { readJsonl } from '../../scripts/lib/jsonl';
import { trainingExamples } from '../../src/core/matching/cpkMatcher';
import { projectRoot } from '../../src/paths';
import { realKnowledge } from '../support/testConversation';

describe('evaluation set deduplication', function () {
  this.timeout(120000);

  it('uses the matcher normalisation: case, punctuation, letter runs and word endings do not make a new line', () => {
    assert.equal(normalizedKey('Rotating my KEYS!!'), normalizedKey('rotate my key'));
    assert.equal(normalizedKey('heyyy there'), normalizedKey('hey there'));
    assert.notEqual(normalizedKey('rotate my key'), normalizedKey('my key rotate'));
  });

  it('near duplicates: same words in another order, or one word changed in a long line; short lines need the same words', () => {
    assert.ok(isNearDuplicate('my key rotate', 'rotate my key'));
    assert.ok(isNearDuplicate('how do I rotate the customer provided key for blobs', 'how do I rotate the customer provided key for blob storage'));
    assert.ok(!isNearDuplicate('lost key', 'lost blob'));
    assert.ok(!isNearDuplicate('how do I rotate the customer provided key', 'which SDK version supports customer provided keys'));
  });

  it('dedupeSet counts each removal once, training first, and keeps the first of repeats inside a set', () => {
    const training = new SeenLines();
    training.add('I lost my key');
    const earlier = new SeenLines();
    earlier.add('what is CPK');
    const { kept, counts } = dedupeSet(
      [{ text: 'i LOST my keys' }, { text: 'What is cpk?' }, { text: 'brand new line here' }, { text: 'Brand new line here!' }],
      training,
      earlier,
    );
    assert.deepEqual(kept, [{ text: 'brand new line here' }]);
    assert.deepEqual(counts, { exactTraining: 1, nearTraining: 0, exactEarlierSet: 1, nearEarlierSet: 0, withinSet: 1 });
  });

  it('the committed sets hold no line found in the training examples or an earlier set, and the manifest adds up', () => {
    const manifest = readEvalManifest();
    const training = new SeenLines();
    trainingExamples(realKnowledge().intents.values()).forEach((example) => training.add(example.text));
    const earlier = new SeenLines();
    for (const entry of manifest.sets) {
      const raw = readJsonl(path.join(projectRoot, entry.raw));
      const kept = readJsonl(path.join(projectRoot, entry.file));
      const { exactTraining, nearTraining, exactEarlierSet, nearEarlierSet, withinSet } = entry.removed;
      const removed = exactTraining + nearTraining + exactEarlierSet + nearEarlierSet + withinSet;
      assert.equal(entry.rawLines, raw.length, entry.name);
      assert.equal(entry.lines, kept.length, entry.name);
      assert.equal(raw.length - kept.length, removed, `${entry.name}: the removal counts add up`);
      for (const line of kept) {
        assert.equal(training.match(line.text), undefined, `${entry.name} repeats a training example: ${line.text}`);
        assert.equal(earlier.match(line.text), undefined, `${entry.name} repeats an earlier set: ${line.text}`);
      }
      raw.forEach((line) => earlier.add(line.text));
    }
  });
});
