/**
 * natural's (apparatus) naive Bayes, scored from a precomputed table instead of through apparatus per message
 * (issue #17 item 6, matcher cost): apparatus looks up `classFeatures[label][id]` in string-keyed objects and takes
 * a logarithm for every (intent, feature) pair of every message; here the logarithms are taken once, when the
 * classifier is trained or restored. Training still goes through apparatus (its tables are what the model artifact
 * stores); this only reads them.
 *
 * The sums are the same to the last bit as apparatus's `getClassifications`: the same terms
 * (`log(count / classTotal)`, or the smoothing's when the class never saw the feature), added in the same order
 * (features in the order the observation lists them), then `prior x exp(sum)`; the intents are then ordered as
 * its stable sort leaves them, which the posterior's sum follows.
 */
// @ts-nocheck


/** apparatus's trained tables, as `BayesClassifier.classifier` holds them and the model artifact stores them. */
export interface ApparatusBayesTables {
  classFeatures: Record<string, Record<number, number>>;
  classTotals: Record<string, number>;
  totalExamples: number;
  smoothing: number;
}

export class BayesTable {
  /** Per feature, its slice of `entryClass` / `entryLog` (classes that saw the feature, ascending). */
  private readonly featureStart: Int32Array;
  private readonly entryClass: Int32Array;
  private readonly entryLog: Float64Array;
  /** The term of a feature the class never saw: log(smoothing / classTotal). */
  private readonly unseenLog: Float64Array;
  private readonly prior: Float64Array;
  /** Intent index of each of apparatus's classes, in its label order (the order its sort starts from). */
  private readonly classIntent: Int32Array;
  private readonly sums: Float64Array;

  /** `intents`: the classifier's intent order; `featureCount`: the size of its feature index. */
  constructor(tables: ApparatusBayesTables, intents: readonly string[], featureCount: number) {
    const labels = Object.keys(tables.classFeatures);
    this.classIntent = Int32Array.from(labels, (label) => intents.indexOf(label));
    const classes = labels.length;
    this.unseenLog = new Float64Array(classes);
    this.prior = new Float64Array(classes);
    this.sums = new Float64Array(classes);
    const perFeature: { classIndex: number; log: number }[][] = Array.from({ length: featureCount }, () => []);
    labels.forEach((label, classIndex) => {
      const total = tables.classTotals[label];
      this.unseenLog[classIndex] = Math.log(tables.smoothing / total);
      this.prior[classIndex] = total / tables.totalExamples;
      for (const [id, count] of Object.entries(tables.classFeatures[label])) {
        const feature = Number(id);
        // apparatus reads `count || smoothing`; a zero count never trains, but is read the same way here.
        if (feature >= 0 && feature < featureCount && count) {
          perFeature[feature].push({ classIndex, log: Math.log(count / total) });
        }
      }
    });
    this.featureStart = new Int32Array(featureCount + 1);
    const entries = perFeature.reduce((sum, list) => sum + list.length, 0);
    this.entryClass = new Int32Array(entries);
    this.entryLog = new Float64Array(entries);
    let next = 0;
    perFeature.forEach((list, feature) => {
      this.featureStart[feature] = next;
      list.sort((a, b) => a.classIndex - b.classIndex);
      for (const { classIndex, log } of list) {
        this.entryClass[next] = classIndex;
        this.entryLog[next] = log;
        next += 1;
      }
    });
    this.featureStart[featureCount] = next;
  }

  /**
   * apparatus's unnormalised value per intent for a message's feature ids (`ids`, in the order apparatus would read
   * them), written into `values` by intent index; `order` receives the intent indices as apparatus ranks them
   * (value descending, ties in its label order). Nothing is allocated.
   */
  score(ids: ArrayLike<number>, values: Float64Array, order: Int32Array): void {
    const sums = this.sums;
    const classes = sums.length;
    sums.fill(0);
    for (let index = 0; index < ids.length; index += 1) {
      const feature = ids[index];
      let entry = this.featureStart[feature];
      const end = this.featureStart[feature + 1];
      for (let classIndex = 0; classIndex < classes; classIndex += 1) {
        if (entry < end && this.entryClass[entry] === classIndex) {
          sums[classIndex] += this.entryLog[entry];
          entry += 1;
        } else {
          sums[classIndex] += this.unseenLog[classIndex];
        }
      }
    }
    for (let classIndex = 0; classIndex < classes; classIndex += 1) {
      values[this.classIntent[classIndex]] = this.prior[classIndex] * Math.exp(sums[classIndex]);
    }
    // Insertion sort over a handful of intents: stable, like the Array#sort apparatus uses.
    for (let classIndex = 0; classIndex < classes; classIndex += 1) {
      const intent = this.classIntent[classIndex];
      const value = values[intent];
      let slot = classIndex;
      while (slot > 0 && values[order[slot - 1]] < value) {
        order[slot] = order[slot - 1];
        slot -= 1;
      }
      order[slot] = intent;
    }
  }

  /** How many intents `score` ranks (every class apparatus was trained on). */
  get classCount(): number {
    return this.sums.length;
  }
}
