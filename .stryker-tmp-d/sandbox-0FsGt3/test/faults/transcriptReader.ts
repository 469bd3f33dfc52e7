/**
 * Reads a conversation's Blob transcript straight from Azurite (not through the bot or a fault proxy), and
 * builds user messages for the fault tests.
 */
// @ts-nocheck

import type { Activity } from 'botbuilder';
import { BlobsTranscriptStore } from 'botbuilder-azure-blobs';

export const CHANNEL = 'test';
export const USER = { id: 'user-1', name: 'user', role: 'user' };

export function userMessage(conversationId: string, id: string, text: string): Partial<Activity> {
  return {
    type: 'message',
    id,
    text,
    channelId: CHANNEL,
    serviceUrl: 'http://127.0.0.1:9',
    from: USER,
    recipient: { id: 'bot', name: 'bot' },
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
  };
}

export async function readTranscript(connectionString: string, container: string, conversationId: string): Promise<Partial<Activity>[]> {
  const store = new BlobsTranscriptStore(connectionString, container);
  const items: Partial<Activity>[] = [];
  let token: string | undefined;
  for (let page = 0; page < 100; page += 1) {
    const result = await store.getTranscriptActivities(CHANNEL, conversationId, token);
    items.push(...result.items);
    token = result.continuationToken;
    if (token === undefined || token === '') {
      break;
    }
  }
  return items;
}

/** Polls the transcript until `done` holds (bounded: `attempts` x 250 ms); returns the last read either way. */
export async function transcriptUntil(
  connectionString: string,
  container: string,
  conversationId: string,
  done: (items: Partial<Activity>[]) => boolean,
  attempts = 80,
): Promise<Partial<Activity>[]> {
  let items: Partial<Activity>[] = [];
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    items = await readTranscript(connectionString, container, conversationId);
    if (done(items)) {
      return items;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return items;
}

/** The ids of the user's messages in a transcript, in transcript order. */
export const userIds = (items: Partial<Activity>[]): string[] => items.filter((item) => item.from?.id === USER.id).map((item) => item.id ?? '');

/** The `turnFailed` marks of a transcript: which user message failed and how. */
export const failures = (items: Partial<Activity>[]): { replyToId?: string; failure?: string }[] =>
  items.filter((item) => item.type === 'trace' && item.name === 'turnFailed').map((item) => ({ replyToId: item.replyToId, failure: (item.value as { failure?: string }).failure }));
