/**
 * Runs work for one key at a time, in arrival order; different keys run in parallel. Used to serialise the turns
 * of one conversation inside one process, so two messages sent at once are answered one after the other
 * instead of the second failing its eTag check (issue #7's guard is for several instances; inside one instance
 * waiting is the better answer). Idle keys are forgotten, so the map is bounded by the conversations in flight.
 *
 * The wait is bounded (`maxWaitMs`): a turn that never finishes must not silence its conversation for good, so
 * after that long the next one runs anyway (and the eTag guard decides between them).
 */
// @ts-nocheck

export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly maxWaitMs = Number.POSITIVE_INFINITY) {}

  async runExclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await this.waitFor(previous);
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) {
        this.tails.delete(key);
      }
    }
  }

  private async waitFor(previous: Promise<void>): Promise<void> {
    if (!Number.isFinite(this.maxWaitMs)) {
      await previous;
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.maxWaitMs);
      timer.unref();
    });
    try {
      await Promise.race([previous, gaveUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Keys with work running or waiting. */
  get busyKeys(): number {
    return this.tails.size;
  }
}
