/**
 * The statistical half of matching, trained from the knowledge files' examples at start-up. Three views of the
 * same features are blended:
 * - natural's naive Bayes (its apparatus engine, fed dense 0/1 vectors over our own feature index: natural's
 *   own `textToFeatures` is O(vocabulary x words), and apparatus's sparse mode never updates its class totals)
 *   says which intent the words point to;
 *   its values are unnormalised, so they are normalised to a posterior that sums to 1 (platform-notes.md);
 * - TF-IDF cosine similarity to the nearest training example says how much the message resembles anything the
 *   intent was trained on, which the posterior cannot (one known word gives a confident posterior).
 * - a softmax (multinomial logistic) regression trained on the same features (softmaxRegression.ts) weighs
 *   features jointly, so words every CPK intent shares stop outvoting the few that separate them ("didn't send
 *   the key" vs "sent a different key"); it is averaged with the Bayes posterior, the two being the same kind of
 *   number (a posterior over intents), and it lifted cross-validation and every spent set that moved.
 * The confidence of an intent is the mean of that averaged posterior and the similarity (0-1), scaled by
 * 0.5 + 0.5 x the share of the message's words the classifier could place, so a message that is mostly unknown
 * words cannot reach a high confidence.
 */
// @ts-nocheck

import type { IntentKind } from '../knowledge/types';
import { BayesClassifier } from './naturalBayesClassifier';
import { BayesTable } from './bayesTable';
import { NearestExamples, type NearestExamplesSource } from './nearestExamples';
import type { ScoredIntent } from './decision';
import { LEXICON_WORDS } from './concepts';
import { boundedEditDistance } from './editDistance';
import { featuresOf, hasRepeatedLetter, withoutRepeats, words } from './features';
import { SpellingCorrector } from './spelling';
import { type RegressionSnapshot, SoftmaxRegression, type SoftmaxOptions } from './softmaxRegression';

/**
 * Eight passes settle the regression on ~1,000 examples (more changed no decision on any spent set or in
 * cross-validation); each pass costs start-up time, which issue #3 caps at 300 ms for all of training.
 */
const SOFTMAX_OPTIONS: SoftmaxOptions = { epochs: 8, learningRate: 2, l2: 1e-4 };

/** One training utterance. */
export interface TrainingExample {
  intent: string;
  text: string;
  /** Extra feature markers (entity markers), added to the words' features. */
  markers?: readonly string[];
  /** The intent's knowledge `kind`; the scope guard holds guidance intents to CPK words. */
  kind?: IntentKind;
}

/**
 * A trained classifier as plain JSON data (the prebuilt model artifact, modelArtifact.ts). Every number
 * round-trips exactly through JSON and every collection keeps its order, so a restored classifier scores every
 * message exactly as the one it was taken from (test/core/matching/modelArtifact.test.ts checks all test sets).
 */
export interface ClassifierSnapshot {
  intents: string[];
  /** The spelling corrector's known words and their training counts. */
  wordCounts: [string, number][];
  /** Feature strings in id order. */
  features: string[];
  idf: [string, number][];
  examples: { intent: string; norm: number }[];
  /** Feature -> [example index, weight] pairs. */
  postings: [string, [number, number][]][];
  /** natural's (apparatus) naive Bayes tables. */
  bayes: { classFeatures: Record<string, Record<number, number>>; classTotals: Record<string, number>; totalExamples: number; smoothing: number };
  regression: RegressionSnapshot;
}

/** Scores for one message, before the decision policy. */
export interface ClassifierResult {
  /** Every intent with its confidence (0-1), highest first. */
  ranked: ScoredIntent[];
  /** Words the classifier recognised (after typo correction). */
  known: number;
  /** Words it could not place. */
  unknown: number;
}

/**
 * One message's features scored once, ready to be ranked under any set of allowed intents. Arrays are indexed by
 * the classifier's intent order (`IntentClassifier.intents`).
 */
export interface PreparedMessage {
  /** Whether any feature was known: with none, Bayes and regression say nothing (every posterior is 0). */
  scored: boolean;
  /** natural's unnormalised naive Bayes value per intent. */
  bayes: Float64Array;
  /** Intent indices as apparatus ranks the Bayes values (the order the posterior's sum follows). */
  bayesOrder: Int32Array;
  /** Softmax regression probability per intent. */
  regression: Float64Array;
  /** Highest similarity to a training example per intent. */
  similarity: Float64Array;
  known: number;
  unknown: number;
}

/**
 * `values` normalised to a posterior over the allowed intents (sums to 1), written into `posterior`; the sum is
 * taken in `order`, as the list-based version summed its list, so every quotient is the same to the last bit.
 * Intents not allowed get 0 (they had no entry before, read as 0).
 */
function normaliseInto(values: Float64Array, order: ArrayLike<number>, allowed: Uint8Array, posterior: Float64Array): void {
  let total = 0;
  let kept = 0;
  for (let index = 0; index < order.length; index += 1) {
    const intent = order[index];
    if (allowed[intent] === 1) {
      total += values[intent];
      kept += 1;
    }
  }
  for (let intent = 0; intent < posterior.length; intent += 1) {
    posterior[intent] = allowed[intent] !== 1 ? 0 : total > 0 ? values[intent] / total : 1 / kept;
  }
}

/** naive Bayes sums log-probabilities of present features; past ~100 features exp() underflows to 0. */
const MAX_FEATURES = 80;

type Vector = Map<string, number>;

function norm(vector: Vector): number {
  let sum = 0;
  for (const value of vector.values()) {
    sum += value * value;
  }
  return Math.sqrt(sum);
}

export class IntentClassifier {
  private readonly bayes = new BayesClassifier();
  private readonly featureIds = new Map<string, number>();
  private readonly idf = new Map<string, number>();
  private readonly examples: { intent: string; norm: number }[] = [];
  /** Feature -> (example index, weight): similarity only visits examples that share a feature. */
  private readonly postings = new Map<string, { example: number; weight: number }[]>();
  private readonly scratch: number[] = [];
  private readonly regression: SoftmaxRegression;
  /** The trained state compiled for scoring (see `BayesTable`, `NearestExamples`): per-message work only reads them. */
  private readonly bayesTable: BayesTable;
  private readonly nearest: NearestExamples;
  /** The intents in their own order: the regression's posterior is summed in it. */
  private readonly intentOrder: Int32Array;
  /** Per feature id, the message that last listed it, so a message's ids are deduplicated without a set. */
  private readonly seenIn: Int32Array;
  private messageStamp = 0;
  readonly corrector: SpellingCorrector;
  readonly intents: readonly string[];

  /** Trains from examples, or restores a snapshot taken from a trained classifier (no training). */
  constructor(source: readonly TrainingExample[] | ClassifierSnapshot) {
    if ('regression' in source) {
      this.intents = source.intents;
      this.corrector = new SpellingCorrector(new Map(source.wordCounts));
      source.features.forEach((feature, id) => this.featureIds.set(feature, id));
      source.idf.forEach(([feature, weight]) => this.idf.set(feature, weight));
      this.examples.push(...source.examples);
      for (const [feature, list] of source.postings) {
        this.postings.set(feature, list.map(([example, weight]) => ({ example, weight })));
      }
      const { classFeatures, classTotals, totalExamples, smoothing } = source.bayes;
      Object.assign(this.bayes.classifier, { classFeatures, classTotals, totalExamples, smoothing });
      this.regression = SoftmaxRegression.restore(source.regression);
    } else {
      const trained = this.train(source);
      this.intents = trained.intents;
      this.corrector = trained.corrector;
      this.regression = trained.regression;
    }
    this.bayesTable = new BayesTable(this.bayes.classifier, this.intents, this.featureIds.size);
    this.nearest = new NearestExamples(this.nearestSource());
    this.intentOrder = Int32Array.from(this.intents, (_, index) => index);
    this.seenIn = new Int32Array(this.featureIds.size);
  }

  /** Fills the feature index, apparatus's tables, the IDF weights and postings from `training`. */
  private train(training: readonly TrainingExample[]): { intents: string[]; corrector: SpellingCorrector; regression: SoftmaxRegression } {
    const counts = new Map<string, number>();
    const prepared = training.map((example) => {
      const tokens = words(example.text);
      tokens.forEach((token) => counts.set(token, (counts.get(token) ?? 0) + 1));
      const { features } = featuresOf(tokens);
      return { intent: example.intent, features: [...features, ...(example.markers ?? [])] };
    });
    LEXICON_WORDS.forEach((word) => counts.set(word, counts.get(word) ?? 0));
    const corrector = new SpellingCorrector(counts);
    const intents = [...new Set(training.map((example) => example.intent))];

    const intentsPerFeature = new Map<string, Set<string>>();
    for (const { intent, features } of prepared) {
      for (const feature of features) {
        intentsPerFeature.set(feature, (intentsPerFeature.get(feature) ?? new Set<string>()).add(intent));
        if (!this.featureIds.has(feature)) {
          this.featureIds.set(feature, this.featureIds.size);
        }
      }
    }
    for (const { intent, features } of prepared) {
      // apparatus keeps no reference to the vector: it counts the ones into its own tables.
      this.withDense(features, (vector) => this.bayes.classifier.addExample(vector, intent));
    }
    const regression = new SoftmaxRegression(intents.length, this.featureIds.size);
    regression.train(
      prepared.map(({ intent, features }) => ({ features: this.ids(features), label: intents.indexOf(intent) })),
      SOFTMAX_OPTIONS,
    );
    for (const [feature, owners] of intentsPerFeature) {
      this.idf.set(feature, Math.log(1 + intents.length / owners.size));
    }
    for (const { intent, features } of prepared) {
      const vector = this.vector(features);
      const example = this.examples.length;
      this.examples.push({ intent, norm: norm(vector) });
      for (const [feature, weight] of vector) {
        const list = this.postings.get(feature) ?? [];
        list.push({ example, weight });
        this.postings.set(feature, list);
      }
    }
    return { intents, corrector, regression };
  }

  /** The IDF weights and postings by feature id, for `NearestExamples`. */
  private nearestSource(): NearestExamplesSource {
    const idf = new Float64Array(this.featureIds.size);
    const postings: [number, number][][] = Array.from({ length: this.featureIds.size }, () => []);
    for (const [feature, id] of this.featureIds) {
      idf[id] = this.idf.get(feature) ?? 0;
      postings[id] = (this.postings.get(feature) ?? []).map((posting): [number, number] => [posting.example, posting.weight]);
    }
    const examples = this.examples.map((example) => ({ intent: this.intents.indexOf(example.intent), norm: example.norm }));
    return { idf, examples, postings, intentCount: this.intents.length };
  }

  /** This classifier's trained state as plain data (see `ClassifierSnapshot`). */
  snapshot(): ClassifierSnapshot {
    const { classFeatures, classTotals, totalExamples, smoothing } = this.bayes.classifier;
    return {
      intents: [...this.intents],
      wordCounts: this.corrector.wordCounts(),
      features: [...this.featureIds.keys()],
      idf: [...this.idf],
      examples: this.examples.map((example) => ({ ...example })),
      postings: [...this.postings].map(([feature, list]) => [feature, list.map((posting): [number, number] => [posting.example, posting.weight])]),
      bayes: { classFeatures, classTotals, totalExamples, smoothing },
      regression: this.regression.snapshot(),
    };
  }

  /**
   * Runs `use` with the message as a dense 0/1 vector over the feature index, for training: apparatus's sparse
   * mode never updates its class totals (classification reads `BayesTable`). One shared scratch array, cleared
   * after each call, instead of a fresh vocabulary-sized array per example. The vector ends at the message's
   * highest feature id: apparatus walks every slot of the array it is given, and the zeros past the last one
   * change nothing (ids are numbered in order of first use in the training data, which roughly halves the
   * start-up training loop).
   */
  private withDense<T>(features: readonly string[], use: (vector: number[]) => T): T {
    const set = this.ids(features);
    const length = set.length === 0 ? 0 : Math.max(...set) + 1;
    const vector = this.scratch;
    if (vector.length > length) {
      vector.length = length;
    }
    while (vector.length < length) {
      vector.push(0);
    }
    set.forEach((id) => (vector[id] = 1));
    try {
      return use(vector);
    } finally {
      set.forEach((id) => (vector[id] = 0));
    }
  }

  /** Distinct known feature ids of a message, at most MAX_FEATURES, as the Bayes vector sees them (training). */
  private ids(features: readonly string[]): number[] {
    const set: number[] = [];
    for (const feature of features) {
      const id = this.featureIds.get(feature);
      if (id !== undefined && set.length < MAX_FEATURES && !set.includes(id)) {
        set.push(id);
      }
    }
    return set;
  }

  /**
   * Distinct known feature ids of a message in the order its features come, all of them (the similarity reads
   * them all; Bayes and the regression the first MAX_FEATURES, as in training).
   */
  private knownIds(features: readonly string[], markers: readonly string[]): Int32Array {
    if (this.messageStamp === 0x7fffffff) {
      this.seenIn.fill(0);
      this.messageStamp = 0;
    }
    this.messageStamp += 1;
    const stamp = this.messageStamp;
    const ids = new Int32Array(features.length + markers.length);
    let count = 0;
    for (const list of [features, markers]) {
      for (const feature of list) {
        const id = this.featureIds.get(feature);
        if (id !== undefined && this.seenIn[id] !== stamp) {
          this.seenIn[id] = stamp;
          ids[count] = id;
          count += 1;
        }
      }
    }
    return ids.subarray(0, count);
  }

  private vector(features: readonly string[]): Vector {
    const vector: Vector = new Map();
    for (const feature of features) {
      const weight = this.idf.get(feature);
      if (weight !== undefined) {
        vector.set(feature, weight);
      }
    }
    return vector;
  }

  /**
   * The message with one-edit typo corrections of words of five letters or more applied ("thnks" -> "thanks"),
   * for the scope guard's word lists; looser corrections ("stocks" -> "stuck", "tall" -> "talk") are not
   * evidence enough for that. Everything else is left as typed, punctuation included, so the lists still see
   * "Microsoft.Storage" as a namespace and not the word "Microsoft". Uses only corrections already cached by
   * `classify`, so it never searches.
   */
  correctedText(text: string): string {
    const repeats = hasRepeatedLetter(text.toLowerCase());
    return text.replace(/[A-Za-z0-9]+/g, (raw) => {
      const lower = raw.toLowerCase();
      const word = repeats ? withoutRepeats(lower) : lower;
      if (word.length < 5) {
        return raw;
      }
      const corrected = this.corrector.correct(word, false);
      // A plural is not a typo of its singular: "mornings" must not become the greeting "morning".
      const plural = word === `${corrected ?? ''}s`;
      return corrected !== undefined && !plural && boundedEditDistance(word, corrected, 1) <= 1 ? corrected : raw;
    });
  }

  /**
   * The per-message work (features, Bayes values, regression, similarities), done once; `rank` scores it.
   * Bayes reads the ids in descending order, the order apparatus's dense walk added them when it classified,
   * and the regression in the message's order, as both did before they were precomputed.
   */
  prepare(text: string, markers: readonly string[] = []): PreparedMessage {
    const { features, known, unknown } = featuresOf(words(text), this.corrector);
    const all = this.knownIds(features, markers);
    const intents = this.intents.length;
    const prepared: PreparedMessage = {
      scored: all.length > 0,
      bayes: new Float64Array(intents),
      bayesOrder: new Int32Array(this.bayesTable.classCount),
      regression: new Float64Array(intents),
      similarity: new Float64Array(intents),
      known,
      unknown,
    };
    if (prepared.scored) {
      const capped = all.subarray(0, MAX_FEATURES);
      this.regression.probabilitiesInto(capped, prepared.regression);
      this.bayesTable.score(Int32Array.from(capped).sort().reverse(), prepared.bayes, prepared.bayesOrder);
    }
    this.nearest.similarity(all, prepared.similarity);
    return prepared;
  }

  /**
   * Scores every intent of a prepared message. The posterior is taken over the intents `allowed` keeps (the
   * scope guard's verdict: P(intent | words, intent is possible)); the others still get their similarity half.
   */
  rank(prepared: PreparedMessage, allowed: (intent: string) => boolean = () => true): ClassifierResult {
    const { known, unknown, similarity } = prepared;
    const count = this.intents.length;
    const posterior = new Float64Array(count);
    const regression = new Float64Array(count);
    if (prepared.scored) {
      const mask = new Uint8Array(count);
      for (let index = 0; index < count; index += 1) {
        mask[index] = allowed(this.intents[index]) ? 1 : 0;
      }
      normaliseInto(prepared.bayes, prepared.bayesOrder, mask, posterior);
      normaliseInto(prepared.regression, this.intentOrder, mask, regression);
    }
    const coverage = known + unknown === 0 ? 0 : known / (known + unknown);
    const ranked = this.intents
      .map((intent, index) => {
        const evidence = (posterior[index] + regression[index]) / 2;
        return { intent, confidence: ((evidence + similarity[index]) / 2) * (0.5 + 0.5 * coverage) };
      })
      .sort((a, b) => b.confidence - a.confidence);
    return { ranked, known, unknown };
  }

  /** Scores every intent for `text`; `markers` are entity markers found by the caller. */
  classify(text: string, markers: readonly string[] = [], allowed?: (intent: string) => boolean): ClassifierResult {
    return this.rank(this.prepare(text, markers), allowed);
  }
}
