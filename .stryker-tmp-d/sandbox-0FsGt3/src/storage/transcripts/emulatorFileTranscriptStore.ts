/**
 * A transcript store that writes what the Bot Framework Emulator opens: one `<conversationId>.transcript` file
 * per conversation holding a plain JSON array of activities (platform-notes.md). Every activity is redacted
 * before it is written (issue #6, item 5). `TranscriptLoggerMiddleware` does not await the store, so writes to one
 * file are batched (a turn's activities, logged together at its end, become one write), reads wait for pending
 * writes, and `flush()` waits for everything.
 *
 * Appending does not rewrite the file: the array always ends with `\n]\n`, so new activities are written over that
 * tail in one positioned write (`,\n{...},\n{...}\n]\n`). Rewriting the whole file per activity made a
 * conversation's logging quadratic; one write per activity made the file queue the benchmark's bottleneck.
 */
// @ts-nocheck

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import type { Logger } from '../../core/logging/logger';
import { KeyedWriteBatcher } from '../../core/io/keyedWriteBatcher';
import { stringifyRedacted } from '../../core/redaction/redact';
import { ARRAY_TAIL, OpenArrayFiles } from './openArrayFiles';
import { TRANSCRIPT_EXTENSION, transcriptFileName } from './transcriptFileName';

export class EmulatorFileTranscriptStore implements TranscriptStore {
  private readonly openFiles = new OpenArrayFiles();
  private readonly writes = new KeyedWriteBatcher<string>(async (file, jsons) => {
    try {
      await this.ensureFolder();
      await appendToArrayFile(this.openFiles, file, jsons);
    } catch (error) {
      // Logged once per failed batch; the activities' promises still resolve (the logger middleware ignores them).
      this.logger.error('transcript write failed', { file: path.basename(file), activities: jsons.length, error });
    }
  });
  private folderReady: Promise<unknown> | undefined;

  constructor(
    readonly folder: string,
    private readonly logger: Logger,
  ) {}

  /** The file that holds a conversation. */
  fileFor(conversationId: string): string {
    return path.join(this.folder, transcriptFileName(conversationId));
  }

  logActivity(activity: Activity): Promise<void> {
    const conversationId = activity.conversation?.id;
    if (conversationId === undefined || conversationId === '') {
      return Promise.resolve();
    }
    return this.writes.write(this.fileFor(conversationId), stringifyRedacted(activity));
  }

  async getTranscriptActivities(_channelId: string, conversationId: string): Promise<PagedResult<Activity>> {
    const file = this.fileFor(conversationId);
    await this.writes.whenIdle(file);
    return { items: await readActivities(file), continuationToken: '' };
  }

  async listTranscripts(channelId: string): Promise<PagedResult<TranscriptInfo>> {
    await this.flush();
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    const items: TranscriptInfo[] = [];
    for (const name of names.filter((entry) => entry.endsWith(TRANSCRIPT_EXTENSION))) {
      const stat = await fs.stat(path.join(this.folder, name));
      items.push({ channelId, id: name.slice(0, -TRANSCRIPT_EXTENSION.length), created: stat.birthtime });
    }
    return { items, continuationToken: '' };
  }

  async deleteTranscript(_channelId: string, conversationId: string): Promise<void> {
    const file = this.fileFor(conversationId);
    await this.writes.whenIdle(file);
    await this.openFiles.forget(file);
    await fs.rm(file, { force: true });
  }

  /** Waits until every write started so far has finished. */
  async flush(): Promise<void> {
    await this.writes.flush();
  }

  /** Flushes, then closes the open file handles (at shutdown). */
  async close(): Promise<void> {
    await this.flush();
    await this.openFiles.closeAll();
  }

  private async ensureFolder(): Promise<void> {
    this.folderReady ??= fs.mkdir(this.folder, { recursive: true });
    await this.folderReady;
  }
}

async function readActivities(file: string): Promise<Activity[]> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
    return Array.isArray(parsed) ? (parsed as Activity[]) : [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return [];
    }
    throw error;
  }
}

/**
 * Appends JSON values to a file holding a JSON array: one positioned write through an open handle when the file
 * is known, an atomic create when it is new, a read-and-rewrite when it was not written by this store.
 */
async function appendToArrayFile(openFiles: OpenArrayFiles, file: string, jsons: readonly string[]): Promise<void> {
  const json = jsons.join(',\n');
  if (await openFiles.append(file, json)) {
    return;
  }
  const existing = (await readActivities(file)).map((item) => JSON.stringify(item));
  await writeAtomically(file, `[\n${[...existing, json].join(',\n')}${ARRAY_TAIL}`);
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, text, 'utf8');
  await fs.rename(temp, file);
}
