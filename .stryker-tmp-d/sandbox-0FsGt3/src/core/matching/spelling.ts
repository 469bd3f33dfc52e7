/**
 * Typo tolerance: a word the training examples never used is replaced by the closest known word within a small
 * optimal-string-alignment distance ("rotaion" -> "rotation", "encrytion" -> "encryption"). Short words are left
 * alone ("hi", "ty" must stay themselves). Corrections are cached so a repeated word costs one map lookup.
 */
// @ts-nocheck

import { boundedEditDistance } from './editDistance';

/** Words shorter than this are never corrected. */
const MIN_LENGTH = 4;
const CACHE_LIMIT = 5000;

/** Letter counts; two words within d edits differ by at most 2d in the sum of count differences. */
function letterCounts(word: string): Int16Array {
  const counts = new Int16Array(37);
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    counts[code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : 36] += 1;
  }
  return counts;
}

function countDistance(a: Int16Array, b: Int16Array): number {
  let sum = 0;
  for (let index = 0; index < a.length; index += 1) {
    sum += Math.abs(a[index] - b[index]);
  }
  return sum;
}

export class SpellingCorrector {
  private readonly byLength = new Map<number, { word: string; counts: Int16Array }[]>();
  private readonly cache = new Map<string, string | null>();

  /** `counts`: known words and how often the training examples use them (frequency breaks ties). */
  constructor(private readonly counts: ReadonlyMap<string, number>) {
    for (const word of counts.keys()) {
      const list = this.byLength.get(word.length) ?? [];
      list.push({ word, counts: letterCounts(word) });
      this.byLength.set(word.length, list);
    }
  }

  /** The known words with their counts, as given (for the model artifact: a corrector is rebuilt from them). */
  wordCounts(): [string, number][] {
    return [...this.counts];
  }

  /** True when `word` would need a search (not known, not cached, long enough to correct). */
  needsSearch(word: string): boolean {
    return !this.counts.has(word) && word.length >= MIN_LENGTH && !/\d/.test(word) && !this.cache.has(word);
  }

  /**
   * The known word closest to `word`, or `undefined` when none is close enough. With `search` false only known
   * words and cached corrections are returned (the caller's per-message budget of searches is spent).
   */
  correct(word: string, search = true): string | undefined {
    if (this.counts.has(word) || word.length < MIN_LENGTH || /\d/.test(word)) {
      return this.counts.has(word) ? word : undefined;
    }
    const cached = this.cache.get(word);
    if (cached !== undefined || !search) {
      return cached ?? undefined;
    }
    const result = this.search(word);
    if (this.cache.size >= CACHE_LIMIT) {
      this.cache.clear();
    }
    this.cache.set(word, result ?? null);
    return result;
  }

  private search(word: string): string | undefined {
    const maxEdits = word.length <= 5 ? 1 : 2;
    const counts = letterCounts(word);
    let best: string | undefined;
    let bestDistance = maxEdits + 1;
    for (let length = word.length - maxEdits; length <= word.length + maxEdits; length += 1) {
      for (const entry of this.byLength.get(length) ?? []) {
        const candidate = entry.word;
        // Cheap filters first (first or second letter shared, or one of them dropped as in "ello" for "hello"; letter
        // counts close), then the bounded distance.
        const aligned = candidate[0] === word[0] || candidate[1] === word[1] || candidate[1] === word[0] || candidate[0] === word[1];
        if (!aligned || countDistance(counts, entry.counts) > 2 * maxEdits) {
          continue;
        }
        const distance = boundedEditDistance(word, candidate, maxEdits);
        if (
          distance < bestDistance ||
          (distance === bestDistance && best !== undefined && (this.counts.get(candidate) ?? 0) > (this.counts.get(best) ?? 0))
        ) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}
