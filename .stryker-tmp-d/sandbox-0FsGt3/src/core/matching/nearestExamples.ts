/**
 * The nearest-example half of the classifier as flat arrays over feature ids (issue #17 item 6, matcher cost):
 * TF-IDF cosine similarity to the closest training example of each intent. A message visits only the examples that
 * share one of its features (postings), with one reused accumulator instead of a map per message and a
 * vocabulary-sized array per call. Each dot product adds the same terms in the same order as the map-based version
 * it replaced (the message's features in order, then its postings' examples), so every similarity, and every
 * decision, is the same to the last bit.
 */
// @ts-nocheck


/** The index as the classifier builds or restores it: per feature id its IDF weight and postings. */
export interface NearestExamplesSource {
  /** IDF weight per feature id. */
  idf: Float64Array;
  /** Intent index and vector norm per training example. */
  examples: readonly { intent: number; norm: number }[];
  /** Per feature id, its [example index, weight] pairs in example order. */
  postings: readonly (readonly (readonly [number, number])[])[];
  intentCount: number;
}

export class NearestExamples {
  private readonly idf: Float64Array;
  private readonly exampleIntent: Int32Array;
  private readonly exampleNorm: Float64Array;
  private readonly postingStart: Int32Array;
  private readonly postingExample: Int32Array;
  private readonly postingWeight: Float64Array;
  private readonly dots: Float64Array;
  /** Examples whose dot product this message touched, so only they are read and cleared. */
  private readonly touched: Int32Array;

  constructor(source: NearestExamplesSource) {
    this.idf = source.idf;
    this.exampleIntent = Int32Array.from(source.examples, (example) => example.intent);
    this.exampleNorm = Float64Array.from(source.examples, (example) => example.norm);
    const features = source.postings.length;
    this.postingStart = new Int32Array(features + 1);
    const total = source.postings.reduce((sum, list) => sum + list.length, 0);
    this.postingExample = new Int32Array(total);
    this.postingWeight = new Float64Array(total);
    let next = 0;
    source.postings.forEach((list, feature) => {
      this.postingStart[feature] = next;
      for (const [example, weight] of list) {
        this.postingExample[next] = example;
        this.postingWeight[next] = weight;
        next += 1;
      }
    });
    this.postingStart[features] = next;
    this.dots = new Float64Array(source.examples.length);
    this.touched = new Int32Array(source.examples.length);
  }

  /**
   * Highest cosine similarity to any training example per intent, written into `best` by intent index (0 where no
   * example shares a feature). `ids`: the message's distinct known feature ids in the order its features came.
   */
  similarity(ids: ArrayLike<number>, best: Float64Array): void {
    best.fill(0);
    let squares = 0;
    for (let index = 0; index < ids.length; index += 1) {
      const weight = this.idf[ids[index]];
      squares += weight * weight;
    }
    const queryNorm = Math.sqrt(squares);
    if (queryNorm === 0) {
      return;
    }
    const dots = this.dots;
    const touched = this.touched;
    let touchedCount = 0;
    for (let index = 0; index < ids.length; index += 1) {
      const feature = ids[index];
      const weight = this.idf[feature];
      const end = this.postingStart[feature + 1];
      for (let posting = this.postingStart[feature]; posting < end; posting += 1) {
        const example = this.postingExample[posting];
        if (dots[example] === 0) {
          touched[touchedCount] = example;
          touchedCount += 1;
        }
        dots[example] += weight * this.postingWeight[posting];
      }
    }
    for (let index = 0; index < touchedCount; index += 1) {
      const example = touched[index];
      const dot = dots[example];
      dots[example] = 0;
      if (dot > 0) {
        const score = dot / (queryNorm * this.exampleNorm[example]);
        const intent = this.exampleIntent[example];
        if (score > best[intent]) {
          best[intent] = score;
        }
      }
    }
  }
}
