/**
 * A small seeded generator (mulberry32) so a failing property test can be replayed from the seed it prints.
 * The seed comes from PROPERTY_SEED when set, else from the clock.
 */
// @ts-nocheck

export interface SeededRandom {
  seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, below). */
  int(below: number): number;
  bytes(size: number): Buffer;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number): number => Math.floor(next() * below);
  return {
    seed,
    next,
    int,
    bytes: (size) => Buffer.from(Array.from({ length: size }, () => int(256))),
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(items.length)];
      if (item === undefined) {
        throw new Error('pick from an empty list');
      }
      return item;
    },
  };
}

/** The seed for this run: PROPERTY_SEED, or a fresh one (printed by the tests on failure). */
export function propertySeed(): number {
  const fixed = Number(process.env.PROPERTY_SEED);
  return Number.isInteger(fixed) && fixed > 0 ? fixed : Date.now() % 2147483647;
}
