// @ts-nocheck
import assert from 'node:assert/strict';
import { BayesTable } from '../../../src/core/matching/bayesTable';
import { BayesClassifier } from '../../../src/core/matching/naturalBayesClassifier';
import { seeded } from '../../../src/core/matching/softmaxRegression';

/**
 * The precomputed naive Bayes table must score exactly as natural's apparatus classifier it replaced at match time
 * (issue #17 item 6): same value per intent to the last bit and the same order, on random training data and random
 * messages, so no decision can move.
 */
describe('BayesTable scores as apparatus does, to the last bit', () => {
  it('matches getClassifications on random classifiers and observations', () => {
    const random = seeded(Date.now());
    for (let round = 0; round < 20; round += 1) {
      const features = 5 + Math.floor(random() * 60);
      const intents = Array.from({ length: 2 + Math.floor(random() * 8) }, (_, index) => `intent-${index}`);
      const bayes = new BayesClassifier();
      for (let example = 0; example < 10 + Math.floor(random() * 80); example += 1) {
        const vector = Array.from({ length: features }, () => (random() < 0.15 ? 1 : 0));
        bayes.classifier.addExample(vector, intents[Math.floor(random() * intents.length)]);
      }
      // Intents the classifier never saw get no class; the table must leave them out too.
      const trained = intents.filter((intent) => intent in bayes.classifier.classFeatures);
      const table = new BayesTable(bayes.classifier, trained, features);
      for (let message = 0; message < 20; message += 1) {
        const ids = [...new Set(Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * features)))].sort((a, b) => b - a);
        const observation: Record<string, number> = {};
        ids.forEach((id, index) => (observation[index] = id));
        const expected = bayes.classifier.getClassifications(observation);
        const values = new Float64Array(trained.length);
        const order = new Int32Array(table.classCount);
        table.score(Int32Array.from(ids), values, order);
        assert.deepEqual(
          [...order].map((intent) => ({ label: trained[intent], value: values[intent] })),
          expected.map((item) => ({ label: item.label, value: item.value })),
        );
      }
    }
  });
});
