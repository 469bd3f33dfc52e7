/**
 * A small multinomial logistic regression (softmax) over sparse binary features, trained at start-up by
 * stochastic gradient descent. Why next to naive Bayes: Bayes counts every feature as independent evidence, so a
 * message that shares many ordinary words with one intent ("409", "download", "blob", "key") outvotes the one
 * word that decides ("didn't send" vs "different key"). A discriminative model learns weights jointly: features
 * every CPK intent shares get weights near zero and the few that separate intents carry the decision.
 * Its output is a true posterior (softmax sums to 1), so it sits on the same 0-1 scale as the Bayes posterior.
 * Deterministic: a fixed-seed shuffle, so the same examples always give the same model (tests, figures).
 */
// @ts-nocheck


/** One training row: ids of the features present (value 1) and the class index. */
export interface SparseExample {
  features: readonly number[];
  label: number;
}

export interface SoftmaxOptions {
  /** Passes over the data. */
  epochs: number;
  /** Initial step size; decays as 1 / (1 + decay x epoch). */
  learningRate: number;
  /** L2 penalty, applied to the weights a step touches (lazy, sparse). */
  l2: number;
}

/**
 * A trained regression as plain data. The weights are base64 of their float64 bytes: exact, a third of the size
 * of JSON numbers (~50,000 weights), and decoded in about a millisecond at start-up.
 */
export interface RegressionSnapshot {
  classCount: number;
  featureCount: number;
  weights: string;
  bias: string;
}

function toBase64(values: Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function fromBase64(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  // Copied into a fresh, aligned buffer: a Buffer's offset in Node's pool need not be a multiple of 8.
  return new Float64Array(new Uint8Array(bytes).buffer);
}

export const DEFAULT_SOFTMAX_OPTIONS: SoftmaxOptions = { epochs: 12, learningRate: 0.5, l2: 1e-4 };

/** Mulberry32: a tiny seeded generator, so training order (and the model) is reproducible. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SoftmaxRegression {
  /** Row-major: weights[feature x classes + class]. */
  private readonly weights: Float64Array;
  private readonly bias: Float64Array;
  private readonly logits: Float64Array;
  private readonly step: Float64Array;

  constructor(
    private readonly classCount: number,
    private readonly featureCount: number,
  ) {
    this.weights = new Float64Array(featureCount * classCount);
    this.bias = new Float64Array(classCount);
    this.logits = new Float64Array(classCount);
    this.step = new Float64Array(classCount);
  }

  /**
   * Inputs are scaled by 1/sqrt(number of features present), so a long pasted message does not get logits many
   * times larger than a short one only for having more words.
   */
  private forward(features: ArrayLike<number>): Float64Array {
    const scale = features.length === 0 ? 0 : 1 / Math.sqrt(features.length);
    const logits = this.logits;
    const weights = this.weights;
    const classes = this.classCount;
    for (let k = 0; k < classes; k += 1) {
      logits[k] = this.bias[k];
    }
    for (let index = 0; index < features.length; index += 1) {
      const row = features[index] * classes;
      for (let k = 0; k < classes; k += 1) {
        logits[k] += weights[row + k] * scale;
      }
    }
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < classes; k += 1) {
      max = Math.max(max, logits[k]);
    }
    let sum = 0;
    for (let k = 0; k < classes; k += 1) {
      logits[k] = Math.exp(logits[k] - max);
      sum += logits[k];
    }
    for (let k = 0; k < classes; k += 1) {
      logits[k] /= sum;
    }
    return logits;
  }

  /**
   * Stochastic gradient descent over shuffled passes. The per-example step is its own small function: V8
   * optimises a small hot function within a few hundred calls, while one large loop nest waited for a slow
   * on-stack replacement and ran interpreted for most of the (cold, start-up) training.
   */
  train(examples: readonly SparseExample[], options: SoftmaxOptions = DEFAULT_SOFTMAX_OPTIONS): void {
    const random = seeded(1234567);
    const order = examples.map((_, index) => index);
    const rows = examples.map((example) => ({ features: Int32Array.from(example.features), label: example.label }));
    for (let epoch = 0; epoch < options.epochs; epoch += 1) {
      for (let index = order.length - 1; index > 0; index -= 1) {
        const other = Math.floor(random() * (index + 1));
        [order[index], order[other]] = [order[other], order[index]];
      }
      const rate = options.learningRate / (1 + epoch);
      const decay = 1 - rate * options.l2;
      for (let index = 0; index < order.length; index += 1) {
        const row = rows[order[index]];
        this.update(row.features, row.label, rate, decay);
      }
    }
  }

  /** One gradient step of the cross-entropy loss on one example. */
  private update(features: Int32Array, label: number, rate: number, decay: number): void {
    const probabilities = this.forward(features);
    const classes = this.classCount;
    const step = this.step;
    const bias = this.bias;
    const weights = this.weights;
    const scale = features.length === 0 ? 0 : 1 / Math.sqrt(features.length);
    for (let k = 0; k < classes; k += 1) {
      const gradient = probabilities[k] - (k === label ? 1 : 0);
      bias[k] -= rate * gradient;
      step[k] = rate * gradient * scale;
    }
    for (let index = 0; index < features.length; index += 1) {
      const row = features[index] * classes;
      for (let k = 0; k < classes; k += 1) {
        weights[row + k] = weights[row + k] * decay - step[k];
      }
    }
  }

  /** The trained weights, for the prebuilt model artifact (modelArtifact.ts). */
  snapshot(): RegressionSnapshot {
    return { classCount: this.classCount, featureCount: this.featureCount, weights: toBase64(this.weights), bias: toBase64(this.bias) };
  }

  /** A regression with the weights of `snapshot`, without training. */
  static restore(snapshot: RegressionSnapshot): SoftmaxRegression {
    const { classCount, featureCount } = snapshot;
    const weights = fromBase64(snapshot.weights);
    const bias = fromBase64(snapshot.bias);
    if (weights.length !== classCount * featureCount || bias.length !== classCount) {
      throw new Error('regression snapshot: weights do not match its class and feature counts');
    }
    const regression = new SoftmaxRegression(classCount, featureCount);
    regression.weights.set(weights);
    regression.bias.set(bias);
    return regression;
  }

  /** Class probabilities (sum 1) for the features present; a fresh array the caller may keep. */
  probabilities(features: readonly number[]): Float64Array {
    return Float64Array.from(this.forward(Int32Array.from(features.filter((feature) => feature >= 0 && feature < this.featureCount))));
  }
  /**
   * `probabilities` into `out` (one slot per class) without allocating, for ids known to be in range (the
   * classifier's own feature index); an id out of range takes the filtering path, as `probabilities` does.
   */
  probabilitiesInto(features: Int32Array, out: Float64Array): void {
    if (features.some((feature) => feature < 0 || feature >= this.featureCount)) {
      out.set(this.probabilities([...features]));
      return;
    }
    out.set(this.forward(features));
  }

}
