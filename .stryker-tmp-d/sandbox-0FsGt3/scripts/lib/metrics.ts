/**
 * Evaluation metrics over (gold, predicted) pairs: per-intent precision/recall/F1, confusion pairs, in-scope
 * top-1 accuracy, out-of-scope rejection and overall accuracy, plus latency percentiles. Pure, so it is tested.
 */
// @ts-nocheck


export interface Labelled {
  gold: string;
  predicted: string;
  /** Other right answers for an in-scope line (the manifest's `alsoAcceptable`); never applies to out-of-scope lines. */
  alsoAcceptable?: readonly string[];
}

/** The pair as scored: an accepted other answer counts as the gold intent, so every figure below agrees. */
function asScored(pair: Labelled, outOfScope: string): Labelled {
  return pair.gold !== outOfScope && pair.predicted !== pair.gold && (pair.alsoAcceptable ?? []).includes(pair.predicted)
    ? { gold: pair.gold, predicted: pair.gold }
    : pair;
}

export interface IntentScore {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Report {
  perIntent: IntentScore[];
  /** (gold -> predicted) pairs that differ, most frequent first. */
  confusions: { gold: string; predicted: string; count: number }[];
  /** Share of in-scope utterances (gold not `none`) whose predicted intent is right. */
  inScopeAccuracy: number;
  /** Share of out-of-scope utterances (gold `none`) predicted `none`. */
  outOfScopeRejection: number;
  accuracy: number;
  inScopeCount: number;
  outOfScopeCount: number;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

export function evaluate(labelled: readonly Labelled[], outOfScope = 'none'): Report {
  const pairs = labelled.map((pair) => asScored(pair, outOfScope));
  const intents = [...new Set(pairs.flatMap((pair) => [pair.gold, pair.predicted]))].sort();
  const perIntent = intents.map((intent) => {
    const truePositives = pairs.filter((pair) => pair.gold === intent && pair.predicted === intent).length;
    const predicted = pairs.filter((pair) => pair.predicted === intent).length;
    const support = pairs.filter((pair) => pair.gold === intent).length;
    const precision = ratio(truePositives, predicted);
    const recall = ratio(truePositives, support);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { intent, precision, recall, f1, support };
  });
  const counts = new Map<string, { gold: string; predicted: string; count: number }>();
  for (const pair of pairs.filter((item) => item.gold !== item.predicted)) {
    const key = `${pair.gold}\u0000${pair.predicted}`;
    const entry = counts.get(key) ?? { gold: pair.gold, predicted: pair.predicted, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const inScope = pairs.filter((pair) => pair.gold !== outOfScope);
  const outScope = pairs.filter((pair) => pair.gold === outOfScope);
  return {
    perIntent,
    confusions: [...counts.values()].sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold)),
    inScopeAccuracy: ratio(inScope.filter((pair) => pair.predicted === pair.gold).length, inScope.length),
    outOfScopeRejection: ratio(outScope.filter((pair) => pair.predicted === outOfScope).length, outScope.length),
    accuracy: ratio(pairs.filter((pair) => pair.predicted === pair.gold).length, pairs.length),
    inScopeCount: inScope.length,
    outOfScopeCount: outScope.length,
  };
}

/** The p-th percentile (0-100) by nearest rank; 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) {
    return 0;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}
