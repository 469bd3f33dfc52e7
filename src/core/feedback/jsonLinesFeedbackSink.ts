/**
 * Appends feedback records as JSON lines to `<folder>/feedback.jsonl`, each one redacted first (a comment or an
 * unanswered question may hold a pasted key). Appends are chained so lines never interleave.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { redactDeep } from '../redaction/redact';
import type { FeedbackRecord, FeedbackSink } from './feedbackRecord';

export const FEEDBACK_FILE = 'feedback.jsonl';

export class JsonLinesFeedbackSink implements FeedbackSink {
  private chain: Promise<void> = Promise.resolve();

  /** `onError` receives write failures: losing one feedback line must not fail the user's turn. */
  constructor(
    readonly folder: string,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  record(record: FeedbackRecord): Promise<void> {
    const line = `${JSON.stringify(redactDeep(record))}\n`;
    const file = path.join(this.folder, FEEDBACK_FILE);
    this.chain = this.chain
      .then(async () => {
        await fs.mkdir(this.folder, { recursive: true });
        await fs.appendFile(file, line, 'utf8');
      })
      .catch((error: unknown) => this.onError(error));
    return this.chain;
  }
}

/** Reads every well-formed record from a folder's feedback file; broken lines are counted, not fatal. */
export async function readFeedbackRecords(folder: string): Promise<{ records: FeedbackRecord[]; badLines: number }> {
  let text = '';
  try {
    text = await fs.readFile(path.join(folder, FEEDBACK_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  const records: FeedbackRecord[] = [];
  let badLines = 0;
  for (const line of text.split('\n').filter((entry) => entry.trim() !== '')) {
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { kind?: unknown }).kind === 'string') {
        records.push(parsed as FeedbackRecord);
      } else {
        badLines += 1;
      }
    } catch {
      badLines += 1;
    }
  }
  return { records, badLines };
}
