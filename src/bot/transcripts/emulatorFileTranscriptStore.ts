/**
 * A transcript store that writes what the Bot Framework Emulator opens: one `<conversationId>.transcript` file
 * per conversation holding a plain JSON array of activities (platform-notes.md). Every activity is redacted
 * before it is written (issue #6, item 5). `TranscriptLoggerMiddleware` does not await the store, so writes to one
 * file are chained, and reads wait for pending writes; `flush()` waits for everything.
 *
 * Appending does not rewrite the file: the array always ends with `\n]\n`, so a new activity is written over that
 * tail in one positioned write (`,\n{...}\n]\n`). Rewriting the whole file per activity made a conversation's
 * logging quadratic and was the largest cost of a turn in the benchmark.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import type { Logger } from '../../core/logging/logger';
import { redactDeep } from '../../core/redaction/redact';
import { TRANSCRIPT_EXTENSION, transcriptFileName } from './transcriptFileName';

export class EmulatorFileTranscriptStore implements TranscriptStore {
  private readonly pending = new Map<string, Promise<void>>();
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
    const redacted = redactDeep(activity);
    return this.enqueue(this.fileFor(conversationId), async (file) => {
      await this.ensureFolder();
      await appendToArrayFile(file, JSON.stringify(redacted));
    });
  }

  async getTranscriptActivities(_channelId: string, conversationId: string): Promise<PagedResult<Activity>> {
    const file = this.fileFor(conversationId);
    await this.pending.get(file);
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
    await this.enqueue(file, async () => {
      await fs.rm(file, { force: true });
    });
  }

  /** Waits until every write started so far has finished. */
  async flush(): Promise<void> {
    await Promise.all([...this.pending.values()]);
  }

  private async ensureFolder(): Promise<void> {
    this.folderReady ??= fs.mkdir(this.folder, { recursive: true });
    await this.folderReady;
  }

  private enqueue(file: string, work: (file: string) => Promise<void>): Promise<void> {
    const previous = this.pending.get(file) ?? Promise.resolve();
    const next = previous.then(() => work(file)).catch((error: unknown) => {
      this.logger.error('transcript write failed', { file: path.basename(file), error });
    });
    this.pending.set(file, next);
    return next;
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

const TAIL = '\n]\n';

/** Appends one JSON value to a file holding a JSON array, creating the file (atomically) when it is new. */
async function appendToArrayFile(file: string, json: string): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
    await writeAtomically(file, `[\n${json}${TAIL}`);
    return;
  }
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(TAIL.length);
    await handle.read(tail, 0, TAIL.length, Math.max(0, size - TAIL.length));
    if (size < TAIL.length + 2 || tail.toString('utf8') !== TAIL) {
      // Not written by this store (or damaged): fall back to reading and rewriting the whole array.
      await handle.close();
      const activities = await readActivities(file);
      await writeAtomically(file, `[\n${[...activities.map((item) => JSON.stringify(item)), json].join(',\n')}${TAIL}`);
      return;
    }
    await handle.write(`,\n${json}${TAIL}`, size - TAIL.length, 'utf8');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, text, 'utf8');
  await fs.rename(temp, file);
}
