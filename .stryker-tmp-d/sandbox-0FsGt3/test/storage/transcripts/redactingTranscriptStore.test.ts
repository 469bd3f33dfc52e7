// @ts-nocheck
import assert from 'node:assert/strict';
import { type Activity, MemoryTranscriptStore } from 'botbuilder';
import { RedactingTranscriptStore } from '../../../src/storage/transcripts/redactingTranscriptStore';

describe('RedactingTranscriptStore: any inner store only ever sees redacted activities', () => {
  it('redacts before the inner store writes, and reads back through it', async () => {
    const inner = new MemoryTranscriptStore();
    const store = new RedactingTranscriptStore(inner);
    const key = Buffer.alloc(32, 4).toString('base64');
    const activity = {
      type: 'message', id: '1', channelId: 'test', timestamp: new Date('2026-01-01T00:00:00Z'),
      conversation: { id: 'c1' }, from: { id: 'u' }, recipient: { id: 'b' },
      text: `key ${key}`, value: { nested: `x-ms-encryption-key: ${key}` },
    } as unknown as Activity;
    await store.logActivity(activity);
    const { items } = await store.getTranscriptActivities('test', 'c1');
    assert.equal(items.length, 1);
    assert.ok(!JSON.stringify(items).includes(key));
    assert.equal(activity.text, `key ${key}`, 'the live activity is not changed');
  });
});
