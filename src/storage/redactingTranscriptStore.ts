/**
 * A transcript store decorator: every string of an activity passes `redactSecrets` before it is written
 * (ARCHITECTURE.md: everything written down is redacted first), and `listTranscripts` returns each
 * conversation once (BlobsTranscriptStore lists one entry per activity blob; platform-notes.md).
 */
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { redactSecrets } from '../core/redaction/redact';
import { uniqueTranscripts } from './uniqueTranscripts';

/** Deep copy with every string redacted; Dates (the blob store keys blobs by `timestamp`) stay Dates. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') {
    return redactSecrets(value) as T;
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => redactDeep(item)) as T;
  }
  if (value instanceof Date || typeof value !== 'object' || value === null) {
    return value;
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactDeep(inner as unknown)])) as T;
}

export class RedactingTranscriptStore implements TranscriptStore {
  constructor(private readonly inner: TranscriptStore) {}

  async logActivity(activity: Activity): Promise<void> {
    await this.inner.logActivity(redactDeep(activity));
  }

  getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    return this.inner.getTranscriptActivities(channelId, conversationId, continuationToken, startDate);
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    const page = await this.inner.listTranscripts(channelId, continuationToken);
    return { ...page, items: uniqueTranscripts(page.items) };
  }

  deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    return this.inner.deleteTranscript(channelId, conversationId);
  }
}
