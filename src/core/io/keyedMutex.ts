/**
 * Runs work for one key at a time, in arrival order; different keys run in parallel. Used to serialise the turns
 * of one conversation inside one process, so two messages sent at once are answered one after the other
 * instead of the second failing its eTag check (issue #7's guard is for several instances; inside one instance
 * waiting is the better answer). Idle keys are forgotten, so the map is bounded by the conversations in flight.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async runExclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) {
        this.tails.delete(key);
      }
    }
  }

  /** Keys with work running or waiting. */
  get busyKeys(): number {
    return this.tails.size;
  }
}
