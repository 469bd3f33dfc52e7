/**
 * Blob transcripts with a client-side deadline on every call (issue #18). Writes use the blob names and
 * metadata of botbuilder-azure-blobs' `BlobsTranscriptStore` (`{channelId}/{conversationId}/{ticks}-{id}.json`),
 * so its reads and listings, which this store delegates to, see them; the write itself carries the deadline's
 * abort signal. Blobs list in name order, so a conversation's order is its activities' timestamps: the turn
 * recorder gives each conversation strictly increasing ones (`MonotonicClock`).
 */
// @ts-nocheck

import type { ContainerClient } from '@azure/storage-blob';
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { withDeadline } from '../../core/io/deadline';
import { OpenedContainer } from '../openedContainer';

/** .NET ticks at the Unix epoch, and per millisecond: the blob names `BlobsTranscriptStore` writes and reads. */
const EPOCH_TICKS = 621355968000000000;
const TICKS_PER_MS = 10000;

export function transcriptBlobName(activity: Pick<Activity, 'channelId' | 'conversation' | 'id'>, timestamp: Date): string {
  const ticks = (EPOCH_TICKS + timestamp.getTime() * TICKS_PER_MS).toString(16);
  return sanitizeBlobKey([activity.channelId, activity.conversation.id, `${ticks}-${activity.id ?? ''}.json`].join('/'));
}

export class DeadlineBlobsTranscriptStore implements TranscriptStore {
  private readonly container: OpenedContainer;

  /** `reader` serves reads, listings and deletion (BlobsTranscriptStore on the same container). */
  constructor(
    client: ContainerClient,
    private readonly reader: TranscriptStore,
    private readonly timeoutMs: number,
  ) {
    this.container = new OpenedContainer(client);
  }

  logActivity(activity: Activity): Promise<void> {
    return withDeadline('transcript write', this.timeoutMs, async (abortSignal) => {
      const client = await this.container.ready(abortSignal);
      const timestamp = activity.timestamp === undefined ? new Date() : new Date(activity.timestamp);
      const serialized = JSON.stringify(activity);
      const metadata: Record<string, string> = { FromId: activity.from?.id ?? '', RecipientId: activity.recipient?.id ?? '', Timestamp: timestamp.toJSON() };
      if (typeof activity.id === 'string' && activity.id !== '') {
        metadata.Id = activity.id;
      }
      await client.getBlockBlobClient(transcriptBlobName(activity, timestamp)).upload(serialized, Buffer.byteLength(serialized), { abortSignal, metadata });
    });
  }

  getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    return withDeadline('transcript read', this.timeoutMs, () => this.reader.getTranscriptActivities(channelId, conversationId, continuationToken, startDate));
  }

  listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    return withDeadline('transcript listing', this.timeoutMs, () => this.reader.listTranscripts(channelId, continuationToken));
  }

  deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    return withDeadline('transcript deletion', this.timeoutMs, () => this.reader.deleteTranscript(channelId, conversationId));
  }
}
