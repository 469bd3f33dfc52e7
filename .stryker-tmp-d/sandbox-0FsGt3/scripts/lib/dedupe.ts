/**
 * Duplicate detection for the evaluation sets (issue #21): a line an evaluation set shares with the training
 * examples or with an earlier set measures recall, not generalisation. Two rules, both on the matcher's own
 * normalisation (`words`: synonym rewrites, lower case, squeezed letter runs; then Porter stems):
 * - exact: the same stemmed word sequence;
 * - near: the same stemmed word set, or a Jaccard similarity of the word sets of at least 0.8 for lines of four
 *   or more distinct stems (one word added, dropped or changed in a five-word line).
 */
// @ts-nocheck

import { stem, words } from '../../src/core/matching/features';

export const NEAR_JACCARD = 0.8;
export const NEAR_MIN_STEMS = 4;

/** The matcher's view of a line: its stemmed words in order. */
export function normalizedKey(text: string): string {
  return words(text).map(stem).join(' ');
}

interface Indexed {
  key: string;
  stems: ReadonlySet<string>;
}

function indexed(text: string): Indexed {
  const stems = words(text).map(stem);
  return { key: stems.join(' '), stems: new Set(stems) };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) {
    if (b.has(item)) {
      shared += 1;
    }
  }
  return shared / (a.size + b.size - shared);
}

/** True when `a` and `b` are near-duplicates by the rule above (exact duplicates included). */
export function isNearDuplicate(a: string, b: string): boolean {
  return nearMatch(indexed(a), indexed(b));
}

function nearMatch(a: Indexed, b: Indexed): boolean {
  if (a.key === b.key) {
    return true;
  }
  if (a.stems.size === b.stems.size && [...a.stems].every((item) => b.stems.has(item))) {
    return true;
  }
  if (Math.min(a.stems.size, b.stems.size) < NEAR_MIN_STEMS) {
    return false;
  }
  const small = Math.min(a.stems.size, b.stems.size);
  const large = Math.max(a.stems.size, b.stems.size);
  return small / large >= NEAR_JACCARD && jaccard(a.stems, b.stems) >= NEAR_JACCARD;
}

/** Lines already seen (training examples, earlier sets), indexed for the two rules. */
export class SeenLines {
  private readonly keys = new Set<string>();
  private readonly byStem = new Map<string, Indexed[]>();

  add(text: string): void {
    const item = indexed(text);
    this.keys.add(item.key);
    for (const word of item.stems) {
      const list = this.byStem.get(word) ?? [];
      list.push(item);
      this.byStem.set(word, list);
    }
  }

  /** `exact`, `near` or undefined for a line not seen. */
  match(text: string): 'exact' | 'near' | undefined {
    const item = indexed(text);
    if (this.keys.has(item.key)) {
      return 'exact';
    }
    const candidates = new Set<Indexed>();
    for (const word of item.stems) {
      for (const other of this.byStem.get(word) ?? []) {
        candidates.add(other);
      }
    }
    for (const other of candidates) {
      if (nearMatch(item, other)) {
        return 'near';
      }
    }
    return undefined;
  }
}

export interface DedupeCounts {
  exactTraining: number;
  nearTraining: number;
  exactEarlierSet: number;
  nearEarlierSet: number;
  /** Repeats inside the set itself (the first occurrence is kept). */
  withinSet: number;
}

/**
 * Keeps the lines of `set` that are neither in `training`, nor in `earlier`, nor earlier in the set, by both
 * rules; counts what each rule removed (training is checked first).
 */
export function dedupeSet<T extends { text: string }>(set: readonly T[], training: SeenLines, earlier: SeenLines): { kept: T[]; counts: DedupeCounts } {
  const counts: DedupeCounts = { exactTraining: 0, nearTraining: 0, exactEarlierSet: 0, nearEarlierSet: 0, withinSet: 0 };
  const within = new SeenLines();
  const kept: T[] = [];
  for (const line of set) {
    const inTraining = training.match(line.text);
    const inEarlier = inTraining === undefined ? earlier.match(line.text) : undefined;
    if (inTraining === 'exact') {
      counts.exactTraining += 1;
    } else if (inTraining === 'near') {
      counts.nearTraining += 1;
    } else if (inEarlier === 'exact') {
      counts.exactEarlierSet += 1;
    } else if (inEarlier === 'near') {
      counts.nearEarlierSet += 1;
    } else if (within.match(line.text) !== undefined) {
      counts.withinSet += 1;
    } else {
      kept.push(line);
    }
    within.add(line.text);
  }
  return { kept, counts };
}
