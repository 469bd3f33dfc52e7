/**
 * Wraps any transcript store (for example botbuilder-azure-blobs' `BlobsTranscriptStore`, which the deployment
 * issue configures) so that every activity is redacted before the inner store sees it (issue #6, item 5:
 * nothing unredacted is written anywhere). Listing returns each conversation once (BlobsTranscriptStore lists one
 * entry per activity blob; platform-notes.md). The inner store names its blobs after the (redacted) conversation
 * id, so reads and deletion redact the id the same way (issue #15: a key used as a conversation id is in no name).
 */
// @ts-nocheck

import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { redactDeep, redactSecrets } from '../../core/redaction/redact';
import { uniqueTranscripts } from './uniqueTranscripts';

export class RedactingTranscriptStore implements TranscriptStore {
  constructor(private readonly inner: TranscriptStore) {}

  async logActivity(activity: Activity): Promise<void> {
    await this.inner.logActivity(redactDeep(activity));
  }

  getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    return this.inner.getTranscriptActivities(channelId, redactSecrets(conversationId), continuationToken, startDate);
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    const page = await this.inner.listTranscripts(channelId, continuationToken);
    return { ...page, items: uniqueTranscripts(page.items) };
  }

  deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    return this.inner.deleteTranscript(channelId, redactSecrets(conversationId));
  }
}
