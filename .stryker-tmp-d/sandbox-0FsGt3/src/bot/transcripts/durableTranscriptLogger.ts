/**
 * Writes transcript entries so that none is lost to a store outage (issue #18): each entry goes to the
 * transcript store (whose calls have deadlines); what the store does not take goes to the on-disk spool, and
 * while the spool holds anything, new entries queue behind it there, so they reach the store in order once it
 * answers again. A timer retries the spool; `flush()` tries once more at shutdown. Callers await `log`, so an
 * entry is in the store or on disk before the turn's HTTP response ends.
 */
// @ts-nocheck

import type { Activity, TranscriptStore } from 'botbuilder';
import type { Logger } from '../../core/logging/logger';
import { redactDeep } from '../../core/redaction/redact';
import type { TranscriptSpool } from '../../storage/transcripts/transcriptSpool';

export class DurableTranscriptLogger {
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly store: TranscriptStore,
    private readonly spool: TranscriptSpool | undefined,
    private readonly logger: Logger,
    private readonly retryMs = 5000,
  ) {
    if (spool !== undefined && !spool.isEmpty()) {
      this.scheduleRetry(0);
    }
  }

  /** Records activities in order; resolves once each is in the store or in the spool. */
  async log(activities: readonly Partial<Activity>[]): Promise<void> {
    if (activities.length === 0) {
      return;
    }
    if (this.spool !== undefined && !this.spool.isEmpty()) {
      this.toSpool(activities);
      return;
    }
    // Started in order, awaited together: the file store batches one conversation's entries into one write.
    const results = await Promise.allSettled(activities.map(async (activity) => this.store.logActivity(activity as Activity)));
    const failed = activities.filter((_activity, index) => results[index].status === 'rejected');
    if (failed.length > 0) {
      const reason = results.find((result) => result.status === 'rejected');
      this.logger.warn('transcript store unavailable: entries spooled', { entries: failed.length, error: reason?.status === 'rejected' ? reason.reason : undefined });
      this.toSpool(failed);
    }
  }

  /** Writes what the spool holds, once (at shutdown, and by the retry timer). */
  async flush(): Promise<void> {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.spool === undefined || this.spool.isEmpty()) {
      return;
    }
    try {
      const { written, remaining } = await this.spool.drain(async (entry) => {
        await this.store.logActivity(entry as Activity);
      });
      this.logger.info('transcript spool written to the store', { entries: written, bytesLeft: remaining });
    } catch (error) {
      this.logger.warn('transcript store still unavailable: spool kept', { error });
    }
  }

  /** Stops the retry timer (the spool stays on disk for the next start). */
  close(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private toSpool(activities: readonly Partial<Activity>[]): void {
    if (this.spool === undefined) {
      this.logger.error('transcript entries lost: the store failed and no spool is configured', { entries: activities.length });
      return;
    }
    try {
      const dropped = this.spool.add(activities.map((activity) => redactDeep(activity)));
      if (dropped > 0) {
        this.logger.error('transcript spool full: entries dropped', { dropped, maxBytes: this.spool.maxBytes });
      }
    } catch (error) {
      this.logger.error('transcript spool write failed: entries lost', { entries: activities.length, error });
    }
    this.scheduleRetry(this.retryMs);
  }

  private scheduleRetry(delayMs: number): void {
    if (this.retryTimer !== undefined) {
      return;
    }
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush().then(() => {
        if (this.spool !== undefined && !this.spool.isEmpty()) {
          this.scheduleRetry(this.retryMs);
        }
      });
    }, delayMs);
    this.retryTimer.unref();
  }
}
