/**
 * Coalesces writes per key (a file, say). While one write for a key is in flight, items that arrive for the same
 * key wait and are then written together in one call; items for different keys never wait for each other.
 *
 * Why: the transcript store and the feedback file used to chain one file operation per item. Under load the chain
 * grew faster than the disk drained it, and a turn that awaited its own feedback line waited for the whole queue
 * (seconds at 64 concurrent users: issue #8's p99 tail). With batching, a caller waits for at most the write in
 * flight plus its own batch, and a turn's activities (logged together at the end of the turn) become one write.
 *
 * A caller's promise settles when the batch holding its item has been written (or has failed), so nothing is
 * acknowledged before it is on disk. The first batch for a key starts after the current synchronous burst, so
 * items enqueued in one loop (a turn's transcript) share one write.
 */
// @ts-nocheck

export class KeyedWriteBatcher<T> {
  private readonly queues = new Map<string, KeyQueue<T>>();

  /** `writeBatch` receives the items in arrival order; a rejection fails every item of that batch. */
  constructor(private readonly writeBatch: (key: string, items: readonly T[]) => Promise<void>) {}

  /** Queues one item; resolves once it has been written. */
  write(key: string, item: T): Promise<void> {
    let queue = this.queues.get(key);
    if (queue === undefined) {
      queue = { waiting: [], draining: undefined };
      this.queues.set(key, queue);
    }
    const written = new Promise<void>((resolve, reject) => {
      queue.waiting.push({ item, resolve, reject });
    });
    queue.draining ??= this.drain(key, queue);
    return written;
  }

  /** Resolves when every item queued for `key` so far has been written or has failed. */
  async whenIdle(key: string): Promise<void> {
    await this.queues.get(key)?.draining;
  }

  /** Resolves when every item queued so far, for any key, has been written or has failed. */
  async flush(): Promise<void> {
    const draining = [...this.queues.values()].flatMap((queue) => (queue.draining === undefined ? [] : [queue.draining]));
    await Promise.all(draining);
  }

  /** Keys with a write waiting or in flight (bounded by the number of busy keys, not by traffic). */
  get busyKeys(): number {
    return this.queues.size;
  }

  private async drain(key: string, queue: KeyQueue<T>): Promise<void> {
    // Let the rest of the current synchronous burst join the first batch.
    await Promise.resolve();
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0);
      try {
        await this.writeBatch(
          key,
          batch.map((entry) => entry.item),
        );
        batch.forEach((entry) => entry.resolve());
      } catch (error) {
        batch.forEach((entry) => entry.reject(error));
      }
    }
    // No await between the emptiness check and here: an item arriving now starts a new drain.
    queue.draining = undefined;
    this.queues.delete(key);
  }
}

interface KeyQueue<T> {
  waiting: Array<{ item: T; resolve: () => void; reject: (error: unknown) => void }>;
  draining: Promise<void> | undefined;
}
