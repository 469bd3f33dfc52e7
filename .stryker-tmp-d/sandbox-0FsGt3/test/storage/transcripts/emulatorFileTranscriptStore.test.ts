// @ts-nocheck
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startApp, type RunningApp } from '../../../src/app';
import { EmulatorFileTranscriptStore } from '../../../src/storage/transcripts/emulatorFileTranscriptStore';
import { transcriptFileName } from '../../../src/storage/transcripts/transcriptFileName';
import { silentLogger } from '../../../src/core/logging/logger';
import { makeTempDir, removeDir } from '../../support/tempDir';

describe('transcripts: one Emulator-format file per conversation', () => {
  let dir: string;
  let app: RunningApp;
  before(async () => {
    dir = makeTempDir('transcripts');
    app = await startApp({ PORT: '0', TRANSCRIPT_DIR: dir, FEEDBACK_DIR: path.join(dir, 'feedback') }, () => undefined);
  });
  after(async () => {
    await app.close();
    removeDir(dir);
  });

  async function say(conversationId: string, text: string): Promise<void> {
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: `a${Math.random()}`, text, channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9',
        from: { id: 'user-1', role: 'user' }, recipient: { id: 'bot' }, conversation: { id: conversationId }, deliveryMode: 'expectReplies',
      }),
    });
    assert.equal(response.status, 200);
  }

  it('the server writes a JSON array of activities (user and bot) that the Emulator can open', async () => {
    await say('conv-a', 'How do I rotate a customer-provided key?');
    await say('conv-a', 'thanks');
    await app.close();
    app = await startApp({ PORT: '0', TRANSCRIPT_DIR: dir, FEEDBACK_DIR: path.join(dir, 'feedback') }, () => undefined);
    const parsed: unknown = JSON.parse(readFileSync(path.join(dir, 'conv-a.transcript'), 'utf8'));
    assert.ok(Array.isArray(parsed));
    const activities = parsed as { type?: unknown; text?: unknown; conversation?: { id?: unknown } }[];
    for (const activity of activities) {
      assert.equal(typeof activity.type, 'string');
      assert.equal(activity.conversation?.id, 'conv-a');
    }
    const texts = activities.map((activity) => activity.text);
    assert.ok(texts.includes('How do I rotate a customer-provided key?'));
    assert.ok(texts.includes('thanks'));
    assert.ok(activities.filter((activity) => activity.type === 'message').length >= 4, 'both sides are logged');
  });

  it('conversation ids become safe, distinct file names', () => {
    const names = ['../../etc/passwd', 'a/b', 'a_b', 'a:b', '', 'x'.repeat(500)].map(transcriptFileName);
    for (const name of names) {
      assert.match(name, /^[A-Za-z0-9_-]+\.transcript$/);
      assert.ok(name.length < 120);
    }
    assert.equal(new Set(names).size, names.length);
  });

  it('redacts before writing and reads back what it wrote, in order', async () => {
    const store = new EmulatorFileTranscriptStore(makeTempDir('store'), silentLogger);
    const key = Buffer.alloc(32, 5).toString('base64');
    const base = { type: 'message', channelId: 'test', conversation: { id: 'c/1' }, from: { id: 'u' }, recipient: { id: 'b' } };
    await Promise.all([1, 2, 3].map((n) => store.logActivity({ ...base, text: `${n} ${key}` } as never)));
    const { items } = await store.getTranscriptActivities('test', 'c/1');
    assert.deepEqual(items.map((item) => item.text?.slice(0, 1)), ['1', '2', '3']);
    assert.ok(!JSON.stringify(items).includes(key));
    assert.deepEqual(readdirSync(store.folder), [transcriptFileName('c/1')]);
    await store.close();
    removeDir(store.folder);
  });
});
