// @ts-nocheck
import assert from 'node:assert/strict';
import { SoftmaxRegression, type SparseExample } from '../../../src/core/matching/softmaxRegression';

/** Three classes; feature 0 is shared by all (like "blob" or "409"), features 1-3 each name one class. */
function toyExamples(): SparseExample[] {
  const examples: SparseExample[] = [];
  for (let copy = 0; copy < 10; copy += 1) {
    for (let label = 0; label < 3; label += 1) {
      examples.push({ features: [0, label + 1, 4 + ((copy + label) % 3)], label });
    }
  }
  return examples;
}

describe('SoftmaxRegression: the discriminative half of the classifier', () => {
  it('gives probabilities that sum to 1 and learns the feature that separates the classes', () => {
    const model = new SoftmaxRegression(3, 7);
    model.train(toyExamples());
    for (let label = 0; label < 3; label += 1) {
      const probabilities = model.probabilities([0, label + 1]);
      assert.ok(Math.abs(probabilities.reduce((sum, value) => sum + value, 0) - 1) < 1e-9);
      assert.equal(probabilities.indexOf(Math.max(...probabilities)), label);
    }
  });

  it('does not let a feature every class shares decide anything', () => {
    const model = new SoftmaxRegression(3, 7);
    model.train(toyExamples());
    const probabilities = model.probabilities([0]);
    assert.ok(Math.max(...probabilities) - Math.min(...probabilities) < 0.1);
  });

  it('is deterministic (fixed-seed order) and ignores unknown feature ids', () => {
    const first = new SoftmaxRegression(3, 7);
    const second = new SoftmaxRegression(3, 7);
    first.train(toyExamples());
    second.train(toyExamples());
    assert.deepEqual([...first.probabilities([0, 2, 99, -1])], [...second.probabilities([0, 2])]);
  });
});
