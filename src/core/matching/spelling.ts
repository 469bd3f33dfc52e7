/**
 * Typo tolerance: a word the training examples never used is replaced by the closest known word within a small
 * Damerau-Levenshtein distance ("rotaion" -> "rotation", "encrytion" -> "encryption"). Short words are left
 * alone ("hi", "ty" must stay themselves). Corrections are cached so a repeated word costs one map lookup.
 */
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';

/** Words shorter than this are never corrected. */
const MIN_LENGTH = 4;
const CACHE_LIMIT = 5000;

export class SpellingCorrector {
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string | null>();

  /** `counts`: known words and how often the training examples use them (frequency breaks ties). */
  constructor(private readonly counts: ReadonlyMap<string, number>) {
    for (const word of counts.keys()) {
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    }
  }

  /** The known word closest to `word`, or `undefined` when none is close enough. */
  correct(word: string): string | undefined {
    if (this.counts.has(word) || word.length < MIN_LENGTH || /\d/.test(word)) {
      return this.counts.has(word) ? word : undefined;
    }
    const cached = this.cache.get(word);
    if (cached !== undefined) {
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
    let best: string | undefined;
    let bestDistance = maxEdits + 1;
    for (let length = word.length - maxEdits; length <= word.length + maxEdits; length += 1) {
      for (const candidate of this.byLength.get(length) ?? []) {
        if (candidate[0] !== word[0] && candidate[1] !== word[1]) {
          continue;
        }
        const distance = DamerauLevenshteinDistance(word, candidate);
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
