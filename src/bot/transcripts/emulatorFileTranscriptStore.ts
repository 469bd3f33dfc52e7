/**
 * A transcript store that writes what the Bot Framework Emulator opens: one `<conversationId>.transcript` file
 * per conversation holding a plain JSON array of activities (platform-notes.md). Every activity is redacted
 * before it is written (issue #6, item 5). `TranscriptLoggerMiddleware` does not await the store, so writes to one
 * file are chained, and reads wait for pending writes; `flush()` waits for everything.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import type { Logger } from '../../core/logging/logger';
import { redactDeep } from '../../core/redaction/redact';
import { TRANSCRIPT_EXTENSION, transcriptFileName } from './transcriptFileName';

export class EmulatorFileTranscriptStore implements TranscriptStore {
  private readonly pending = new Map<string, Promise<void>>();

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
      const activities = await readActivities(file);
      activities.push(redacted);
      await writeAtomically(file, JSON.stringify(activities, null, 2));
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

async function writeAtomically(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, text, 'utf8');
  await fs.rename(temp, file);
}
