/**
 * A key used as (or inside) a conversation id reaches no storage name (issue #15): the conversation-state key
 * (a blob name in Azure storage) holds its SHA-256 instead, and the Blob transcript wrapper reads back under the
 * same redacted id it wrote with. Ordinary ids are unchanged.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { type Activity, MemoryStorage, MemoryTranscriptStore, type StoreItems, TestAdapter } from 'botbuilder';
import { RedactingTranscriptStore } from '../../src/storage/transcripts/redactingTranscriptStore';
import { OptimisticConversationState } from '../../src/bot/optimisticConversationState';

class KeyRecordingStorage extends MemoryStorage {
  readonly keys: string[] = [];

  override async write(changes: StoreItems): Promise<void> {
    this.keys.push(...Object.keys(changes));
    await super.write(changes);
  }
}

async function oneTurn(conversationId: string): Promise<string[]> {
  const storage = new KeyRecordingStorage();
  const state = new OptimisticConversationState(storage);
  const property = state.createProperty<{ turns: number }>('data');
  const adapter = new TestAdapter(async (context) => {
    const data = await property.get(context, { turns: 0 });
    data.turns += 1;
    await state.saveChanges(context);
  });
  adapter.conversation = { ...adapter.conversation, conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' } };
  await adapter.receiveActivity('hello');
  return storage.keys;
}

describe('conversation ids in storage names (issue #15)', () => {
  it('a key in the conversation id is replaced by a hash in the state key; ordinary ids stay as they are', async () => {
    const key = randomBytes(32).toString('base64');
    const [keyed] = await oneTurn(`conv-${key}`);
    assert.ok(keyed !== undefined && !keyed.includes(key.slice(0, 12)), keyed);
    assert.match(keyed, /^test\/conversations\/sha256-[0-9a-f]{64}\/$/);
    assert.deepEqual(await oneTurn('ordinary-conversation-1'), ['test/conversations/ordinary-conversation-1/']);
  });

  it('the Blob transcript wrapper writes and reads under the same redacted id', async () => {
    const key = randomBytes(32).toString('base64');
    const conversationId = `conv-${key}`;
    const inner = new MemoryTranscriptStore();
    const store = new RedactingTranscriptStore(inner);
    const activity = { type: 'message', id: 'a1', text: 'hi', channelId: 'webchat', conversation: { id: conversationId }, from: { id: 'u' }, recipient: { id: 'b' }, timestamp: new Date() } as unknown as Activity;
    await store.logActivity(activity);
    const read = await store.getTranscriptActivities('webchat', conversationId);
    assert.equal(read.items.length, 1);
    const listed = await inner.listTranscripts('webchat');
    assert.ok(listed.items.every((item) => !item.id.includes(key.slice(0, 12))), JSON.stringify(listed.items));
    await store.deleteTranscript('webchat', conversationId);
    assert.equal((await store.getTranscriptActivities('webchat', conversationId)).items.length, 0);
  });
});
