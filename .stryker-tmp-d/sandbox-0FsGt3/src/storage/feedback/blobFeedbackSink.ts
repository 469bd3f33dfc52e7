/**
 * Feedback records as JSON lines in append blobs (issue #20, item 5): one blob per instance and day, in the
 * feedback container, so several instances never share a file and a redeploy loses nothing; the storage lifecycle
 * policy deletes old days. `npm run report` reads them all together (readBlobFeedback.ts).
 *
 * `record` only queues the redacted line and returns: a turn never waits for a storage round trip. A timer
 * appends what is queued in one call (at most 4 MiB, an append block's limit); a failed append keeps the lines for
 * the next try, up to a bound, and reports through `onError`. `close` flushes what is left, within a deadline.
 */
// @ts-nocheck

import os from 'node:os';
import type { ContainerClient } from '@azure/storage-blob';
import type { FeedbackRecord, FeedbackSink } from '../../core/feedback/feedbackRecord';
import { boundFeedbackRecord, type IntentIdCheck, looksLikeIntentId } from '../../core/feedback/boundFeedbackRecord';
import { stringifyRedacted } from '../../core/redaction/redact';

export interface BlobFeedbackSinkOptions {
  /** Names this instance's blobs; App Service's WEBSITE_INSTANCE_ID or the host name by default. */
  instanceId?: string;
  onError?: (error: unknown) => void;
  flushIntervalMs?: number;
  /** Lines kept while storage fails; the oldest go first past this. */
  maxQueuedLines?: number;
  /** Deadline of one storage call. */
  requestTimeoutMs?: number;
  now?: () => Date;
  /** Which intent ids exist (the knowledge base); others are recorded as `unknown` (issue #15: bounded fields). */
  isKnownIntent?: IntentIdCheck;
}

/** An append block holds at most 4 MiB; stay under it. */
const MAX_APPEND_BYTES = 4 * 1024 * 1024 - 1024;

/** Blob names use the instance id: letters, digits, dots and dashes only. */
function defaultInstanceId(): string {
  const raw = process.env.WEBSITE_INSTANCE_ID ?? os.hostname();
  return raw.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64) || 'instance';
}

export function feedbackBlobName(day: Date, instanceId: string, part: number): string {
  const date = day.toISOString().slice(0, 10);
  return `${date}/${instanceId}${part === 0 ? '' : `.${part}`}.jsonl`;
}

export class BlobFeedbackSink implements FeedbackSink {
  private readonly instanceId: string;
  private readonly onError: (error: unknown) => void;
  private readonly flushIntervalMs: number;
  private readonly maxQueuedLines: number;
  private readonly requestTimeoutMs: number;
  private readonly now: () => Date;
  private readonly isKnownIntent: IntentIdCheck;
  private queue: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private containerReady = false;
  private readonly createdBlobs = new Set<string>();
  private part = 0;
  private dropped = 0;

  constructor(
    private readonly container: ContainerClient,
    options: BlobFeedbackSinkOptions = {},
  ) {
    this.instanceId = options.instanceId ?? defaultInstanceId();
    this.onError = options.onError ?? (() => undefined);
    this.flushIntervalMs = options.flushIntervalMs ?? 1000;
    this.maxQueuedLines = options.maxQueuedLines ?? 10_000;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    this.now = options.now ?? (() => new Date());
    this.isKnownIntent = options.isKnownIntent ?? looksLikeIntentId;
  }

  record(record: FeedbackRecord): Promise<void> {
    this.queue.push(`${stringifyRedacted(boundFeedbackRecord(record, this.isKnownIntent))}\n`);
    this.trimQueue();
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.flushIntervalMs).unref();
    return Promise.resolve();
  }

  /** Appends everything queued now (one append per 4 MiB); resolves when done or failed. */
  async flush(): Promise<void> {
    while (this.flushing !== undefined) {
      await this.flushing;
    }
    if (this.queue.length === 0) {
      return;
    }
    this.flushing = this.appendQueued().finally(() => {
      this.flushing = undefined;
    });
    await this.flushing;
  }

  /** Stops the timer and flushes what is queued. */
  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private async appendQueued(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      try {
        await this.append(batch.join(''));
      } catch (error) {
        this.queue.unshift(...batch);
        this.trimQueue();
        this.onError(error);
        return;
      }
    }
  }

  private takeBatch(): string[] {
    const batch: string[] = [];
    let bytes = 0;
    while (this.queue.length > 0) {
      const size = Buffer.byteLength(this.queue[0]);
      if (batch.length > 0 && bytes + size > MAX_APPEND_BYTES) {
        break;
      }
      batch.push(this.queue.shift() ?? '');
      bytes += size;
    }
    return batch;
  }

  private async append(text: string): Promise<void> {
    const options = { abortSignal: AbortSignal.timeout(this.requestTimeoutMs) };
    if (!this.containerReady) {
      await this.container.createIfNotExists(options);
      this.containerReady = true;
    }
    const body = Buffer.from(text, 'utf8');
    for (let tries = 0; ; tries += 1) {
      const blob = this.container.getAppendBlobClient(feedbackBlobName(this.now(), this.instanceId, this.part));
      if (!this.createdBlobs.has(blob.name)) {
        await blob.createIfNotExists({ ...options, blobHTTPHeaders: { blobContentType: 'application/x-ndjson; charset=utf-8' } });
        this.createdBlobs.add(blob.name);
      }
      try {
        await blob.appendBlock(body, body.length, { abortSignal: AbortSignal.timeout(this.requestTimeoutMs) });
        return;
      } catch (error) {
        // A blob takes 50,000 appends; then this instance continues in the day's next part.
        const code = (error as { details?: { errorCode?: string }; code?: string }).details?.errorCode ?? (error as { code?: string }).code;
        if (code !== 'BlockCountExceedsLimit' || tries > 0) {
          throw error;
        }
        this.part += 1;
      }
    }
  }

  private trimQueue(): void {
    const excess = this.queue.length - this.maxQueuedLines;
    if (excess > 0) {
      this.queue.splice(0, excess);
      this.dropped += excess;
      this.onError(new Error(`feedback storage unavailable: ${this.dropped} oldest records dropped so far`));
    }
  }
}
