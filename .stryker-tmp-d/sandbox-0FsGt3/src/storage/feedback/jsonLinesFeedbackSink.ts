/**
 * Appends feedback records as JSON lines to `<folder>/feedback.jsonl`, each one redacted first (a comment or an
 * unanswered question may hold a pasted key), through a descriptor kept open in append mode.
 *
 * Each line is one synchronous append (issue #8). A turn that falls back awaits its unanswered-question line before
 * it answers; with an asynchronous write that line waited for a thread-pool round trip on a saturated event loop,
 * and at 64 concurrent users the out-of-scope turn's p50 was 2.5x every other turn's (556 ms against ~220 ms,
 * 2026-11-29). An append of one short line into the page cache costs microseconds. The trade-off is the one the
 * file transcript store makes (openArrayFiles.ts): a stalled disk would block the loop for that write; this sink
 * is the single-instance default on local disk. Lines never interleave: each is written whole before the next.
 */
// @ts-nocheck

import { closeSync, mkdirSync, openSync, promises as fs, writeSync } from 'node:fs';
import path from 'node:path';
import { stringifyRedacted } from '../../core/redaction/redact';
import { boundFeedbackRecord, type IntentIdCheck, looksLikeIntentId } from '../../core/feedback/boundFeedbackRecord';
import type { FeedbackRecord, FeedbackSink } from '../../core/feedback/feedbackRecord';
import { type ParsedFeedback, parseFeedbackLines } from '../../core/feedback/parseFeedbackLines';

export const FEEDBACK_FILE = 'feedback.jsonl';

export class JsonLinesFeedbackSink implements FeedbackSink {
  private descriptor: number | undefined;

  /**
   * `onError` receives write failures: losing one feedback line must not fail the user's turn. `isKnownIntent`
   * says which intent ids exist (the knowledge base); others are recorded as `unknown`.
   */
  constructor(
    readonly folder: string,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly isKnownIntent: IntentIdCheck = looksLikeIntentId,
  ) {}

  record(record: FeedbackRecord): Promise<void> {
    const line = Buffer.from(`${stringifyRedacted(boundFeedbackRecord(record, this.isKnownIntent))}\n`, 'utf8');
    try {
      this.descriptor ??= this.openForAppend();
      let written = 0;
      while (written < line.length) {
        written += writeSync(this.descriptor, line, written, line.length - written);
      }
    } catch (error) {
      // Reopen next time (the folder may have been removed or the disk was full).
      this.close();
      this.onError(error);
    }
    return Promise.resolve();
  }

  /** Closes the file (at shutdown; a later record opens it again). */
  close(): void {
    const descriptor = this.descriptor;
    this.descriptor = undefined;
    if (descriptor !== undefined) {
      try {
        closeSync(descriptor);
      } catch {
        // Already closed or the file system is gone: nothing left to release.
      }
    }
  }

  private openForAppend(): number {
    mkdirSync(this.folder, { recursive: true });
    return openSync(path.join(this.folder, FEEDBACK_FILE), 'a');
  }
}

/** Reads every well-formed record from a folder's feedback file; broken lines are counted, not fatal. */
export async function readFeedbackRecords(folder: string): Promise<ParsedFeedback> {
  let text = '';
  try {
    text = await fs.readFile(path.join(folder, FEEDBACK_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  return parseFeedbackLines(text);
}
