/**
 * Closes cases that waited past `HANDOFF_QUEUE_TIMEOUT_SECONDS` and tells their users the bot is back (issue
 * #19, item 1), without waiting for the user's next message. Every instance sweeps; the case store's eTags let
 * only one of them close a given case (the others find it closed). Runs are never concurrent and each store call
 * and delivery has its own deadline.
 */
// @ts-nocheck

import { hasTimedOut } from '../../core/cases/caseTransitions';
import type { Logger } from '../../core/logging/logger';
import type { CaseStore } from '../../storage/caseStore';
import type { CaseRelay } from './caseRelay';

export interface CaseTimeoutSweeperDeps {
  store: CaseStore;
  relay: CaseRelay;
  timeoutSeconds: number;
  logger: Logger;
  now?: () => Date;
}

/** A quarter of the timeout, between 1 and 30 seconds: a case is closed at most that late. */
export function sweepPeriodMs(timeoutSeconds: number): number {
  return Math.min(30_000, Math.max(1_000, Math.round((timeoutSeconds * 1000) / 4)));
}

export class CaseTimeoutSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly deps: CaseTimeoutSweeperDeps) {}

  /** One pass; returns how many cases it closed. */
  async sweep(): Promise<number> {
    const now = (this.deps.now ?? (() => new Date()))();
    const expired = (await this.deps.store.listOpen()).filter((item) => hasTimedOut(item, now, this.deps.timeoutSeconds));
    let closed = 0;
    for (const item of expired) {
      const result = await this.deps.relay.close(item.id, 'timeout', true, this.deps.timeoutSeconds);
      if (result.kind === 'done') {
        closed += 1;
        this.deps.logger.info('case closed after the queue timeout', { caseId: item.id, delivered: result.delivered });
      }
    }
    return closed;
  }

  start(): void {
    this.timer = setInterval(() => {
      if (this.running !== undefined) {
        return;
      }
      this.running = this.sweep().catch((error: unknown) => {
        this.deps.logger.warn('case timeout sweep failed; the next one retries', { error });
        return 0;
      });
      void this.running.finally(() => {
        this.running = undefined;
      });
    }, sweepPeriodMs(this.deps.timeoutSeconds));
    this.timer.unref();
  }

  /** Stops the timer and waits for a pass in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
