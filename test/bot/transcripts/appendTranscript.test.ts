import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { EmulatorFileTranscriptStore } from '../../../src/bot/transcripts/emulatorFileTranscriptStore';
import { silentLogger } from '../../../src/core/logging/logger';

const activity = (conversation: string, text: string): Activity =>
  ({ type: 'message', text, conversation: { id: conversation }, from: { id: 'u' }, recipient: { id: 'b' }, channelId: 'test', timestamp: new Date(0) }) as unknown as Activity;

describe('Emulator transcript files grow by appending', () => {
  it('keeps a valid JSON array after every one of 200 appends, in order', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'cpk-transcripts-'));
    const store = new EmulatorFileTranscriptStore(folder, silentLogger);
    for (let index = 0; index < 200; index += 1) {
      await store.logActivity(activity('conv-1', `turn ${index}`));
    }
    const parsed = JSON.parse(await fs.readFile(store.fileFor('conv-1'), 'utf8')) as { text: string }[];
    assert.deepEqual(parsed.map((item) => item.text), Array.from({ length: 200 }, (_unused, index) => `turn ${index}`));
  });

  it('appends to a file written in another layout (pretty-printed) by rewriting it once', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'cpk-transcripts-'));
    const store = new EmulatorFileTranscriptStore(folder, silentLogger);
    await fs.writeFile(store.fileFor('old'), JSON.stringify([{ type: 'message', text: 'first' }], null, 2));
    await store.logActivity(activity('old', 'second'));
    await store.logActivity(activity('old', 'third'));
    const parsed = JSON.parse(await fs.readFile(store.fileFor('old'), 'utf8')) as { text: string }[];
    assert.deepEqual(parsed.map((item) => item.text), ['first', 'second', 'third']);
  });
});
