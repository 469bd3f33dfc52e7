/**
 * Strictly increasing timestamps per key (a conversation). Blob transcripts list in the order of their
 * timestamps, so two activities of one turn stamped in the same millisecond, or a client whose clock runs ahead,
 * would shuffle a conversation; stamping each logged activity here keeps its order as in the file transcripts
 * (issue #18). Bounded: the least recently stamped keys are forgotten past `maxKeys`.
 */
// @ts-nocheck

export class MonotonicClock {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 10000,
  ) {}

  next(key: string): Date {
    const previous = this.last.get(key);
    const time = previous === undefined ? this.now() : Math.max(this.now(), previous + 1);
    this.last.delete(key);
    this.last.set(key, time);
    if (this.last.size > this.maxKeys) {
      const oldest = this.last.keys().next();
      if (oldest.done !== true) {
        this.last.delete(oldest.value);
      }
    }
    return new Date(time);
  }
}
