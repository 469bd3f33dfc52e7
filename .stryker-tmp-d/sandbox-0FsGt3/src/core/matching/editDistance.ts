/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions) that gives up as soon as
 * every path exceeds `max`. natural's DamerauLevenshteinDistance takes ~0.02 ms a call (options object, full
 * matrix); spelling correction calls this hundreds of times for each unknown word, so p99 matching depended on it.
 * Three rows reused across calls (grown when a longer word comes) instead of a fresh array per row: a spelling
 * search on a message's first sight calls this hundreds of times (issue #17 item 6, first-sight p99).
 */
// @ts-nocheck

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1;
  }
  if (a === b) {
    return 0;
  }
  if (rows[0].length < b.length + 1) {
    rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  }
  let previousPrevious = rows[0];
  let previous = rows[1];
  let current = rows[2];
  for (let j = 0; j <= b.length; j += 1) {
    previousPrevious[j] = 0;
    previous[j] = j;
  }
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, previousPrevious[j - 2] + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) {
      return max + 1;
    }
    const oldest = previousPrevious;
    previousPrevious = previous;
    previous = current;
    current = oldest;
  }
  return previous[b.length];
}
