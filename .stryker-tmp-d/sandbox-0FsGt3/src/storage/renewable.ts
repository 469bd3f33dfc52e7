/**
 * `BlobsTranscriptStore` caches the promise of its first `createIfNotExists`, a rejected one too: a storage
 * outage at its first use would make every later read fail until a restart (read in
 * node_modules/botbuilder-azure-blobs/lib). This wrapper builds a fresh client after a failure, so the bot
 * recovers by itself once storage is back (issue #7). State and transcript writes use `OpenedContainer` instead.
 */
// @ts-nocheck

import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { isETagConflict } from './storageErrors';

class Renewable<T> {
  private current: T | undefined;
  constructor(private readonly create: () => T) {}

  async use<R>(action: (client: T) => Promise<R>): Promise<R> {
    const client = (this.current ??= this.create());
    try {
      return await action(client);
    } catch (error) {
      // A conflict is an answer from a healthy store, not a reason to rebuild the client.
      if (this.current === client && !isETagConflict(error)) {
        this.current = undefined;
      }
      throw error;
    }
  }
}

export class RenewingTranscriptStore implements TranscriptStore {
  private readonly client: Renewable<TranscriptStore>;
  constructor(create: () => TranscriptStore) {
    this.client = new Renewable(create);
  }
  logActivity(activity: Activity): Promise<void> {
    return this.client.use(async (store) => store.logActivity(activity));
  }
  getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    return this.client.use((store) => store.getTranscriptActivities(channelId, conversationId, continuationToken, startDate));
  }
  listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    return this.client.use((store) => store.listTranscripts(channelId, continuationToken));
  }
  deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    return this.client.use((store) => store.deleteTranscript(channelId, conversationId));
  }
}
