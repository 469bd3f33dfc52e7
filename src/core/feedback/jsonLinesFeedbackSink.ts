/**
 * Appends feedback records as JSON lines to `<folder>/feedback.jsonl`, each one redacted first (a comment or an
 * unanswered question may hold a pasted key). Lines that arrive while an append is in flight are written together
 * in the next one, through a handle kept open in append mode, so lines never interleave and a caller waits for one
 * write. Why it matters: a turn awaits its unanswered-question line, and under load every file operation costs an
 * event-loop round trip; mkdir + open + write + close per line made those turns wait seconds at 64 users (#8).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KeyedWriteBatcher } from '../io/keyedWriteBatcher';
import { redactDeep } from '../redaction/redact';
import type { FeedbackRecord, FeedbackSink } from './feedbackRecord';

export const FEEDBACK_FILE = 'feedback.jsonl';

export class JsonLinesFeedbackSink implements FeedbackSink {
  private readonly appends = new KeyedWriteBatcher<string>(async (file, lines) => {
    try {
      this.handle ??= this.openForAppend(file);
      await (await this.handle).write(lines.join(''), null, 'utf8');
    } catch (error) {
      // Reopen next time (the folder may have been removed or the disk was full).
      await this.dropHandle();
      this.onError(error);
    }
  });
  private handle: Promise<fs.FileHandle> | undefined;

  /** `onError` receives write failures: losing one feedback line must not fail the user's turn. */
  constructor(
    readonly folder: string,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  record(record: FeedbackRecord): Promise<void> {
    const line = `${JSON.stringify(redactDeep(record))}\n`;
    return this.appends.write(path.join(this.folder, FEEDBACK_FILE), line);
  }

  /** Waits for pending lines, then closes the file (at shutdown). */
  async close(): Promise<void> {
    await this.appends.flush();
    await this.dropHandle();
  }

  private async dropHandle(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.then((open) => open.close()).catch(() => undefined);
  }

  private async openForAppend(file: string): Promise<fs.FileHandle> {
    await fs.mkdir(this.folder, { recursive: true });
    return fs.open(file, 'a');
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
