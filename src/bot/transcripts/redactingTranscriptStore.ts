/**
 * Wraps any transcript store (for example botbuilder-azure-blobs' `BlobsTranscriptStore`, which the deployment
 * issue configures) so that every activity is redacted before the inner store sees it (issue #6, item 5:
 * nothing unredacted is written anywhere). Reads, listing and deletion pass straight through.
 */
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { redactDeep } from '../../core/redaction/redact';

export class RedactingTranscriptStore implements TranscriptStore {
  constructor(private readonly inner: TranscriptStore) {}

  async logActivity(activity: Activity): Promise<void> {
    await this.inner.logActivity(redactDeep(activity));
  }

  getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    return this.inner.getTranscriptActivities(channelId, conversationId, continuationToken, startDate);
  }

  listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    return this.inner.listTranscripts(channelId, continuationToken);
  }

  deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    return this.inner.deleteTranscript(channelId, conversationId);
  }
}
