// @ts-nocheck
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { EmulatorFileTranscriptStore } from '../../../src/storage/transcripts/emulatorFileTranscriptStore';
import { silentLogger } from '../../../src/core/logging/logger';

const activity = (conversation: string, text: string): Activity =>
  ({ type: 'message', text, conversation: { id: conversation }, from: { id: 'u' }, recipient: { id: 'b' }, channelId: 'test', timestamp: new Date(0) }) as unknown as Activity;

/** Temporary folders of the current test, removed after it. */
const folders: string[] = [];
async function removeFolders(): Promise<void> {
  await Promise.all(folders.splice(0).map((folder) => fs.rm(folder, { recursive: true, force: true })));
}

describe('Emulator transcript files grow by appending', () => {
  afterEach(removeFolders);
  it('keeps a valid JSON array after every one of 200 appends, in order', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'cpk-transcripts-'));
    folders.push(folder);
    const store = new EmulatorFileTranscriptStore(folder, silentLogger);
    for (let index = 0; index < 200; index += 1) {
      await store.logActivity(activity('conv-1', `turn ${index}`));
    }
    const parsed = JSON.parse(await fs.readFile(store.fileFor('conv-1'), 'utf8')) as { text: string }[];
    assert.deepEqual(parsed.map((item) => item.text), Array.from({ length: 200 }, (_unused, index) => `turn ${index}`));
    await store.close();
  });

  it('appends to a file written in another layout (pretty-printed) by rewriting it once', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'cpk-transcripts-'));
    folders.push(folder);
    const store = new EmulatorFileTranscriptStore(folder, silentLogger);
    await fs.writeFile(store.fileFor('old'), JSON.stringify([{ type: 'message', text: 'first' }], null, 2));
    await store.logActivity(activity('old', 'second'));
    await store.logActivity(activity('old', 'third'));
    const parsed = JSON.parse(await fs.readFile(store.fileFor('old'), 'utf8')) as { text: string }[];
    assert.deepEqual(parsed.map((item) => item.text), ['first', 'second', 'third']);
    await store.close();
  });
});

describe('Emulator transcript files under many conversations at once', () => {
  afterEach(removeFolders);
  it('keeps every file a complete, ordered JSON array when more conversations write than handles are kept open', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'cpk-transcripts-'));
    folders.push(folder);
    const store = new EmulatorFileTranscriptStore(folder, silentLogger);
    const conversations = Array.from({ length: 300 }, (_unused, index) => `conv-${index}`);
    // Three rounds, every conversation in parallel within a round, each round several activities per conversation.
    for (let round = 0; round < 3; round += 1) {
      await Promise.all(
        conversations.flatMap((conversation) => [0, 1].map((part) => store.logActivity(activity(conversation, `${round}.${part}`)))),
      );
    }
    await store.close();
    for (const conversation of conversations) {
      const parsed = JSON.parse(await fs.readFile(store.fileFor(conversation), 'utf8')) as { text: string }[];
      assert.deepEqual(parsed.map((item) => item.text), ['0.0', '0.1', '1.0', '1.1', '2.0', '2.1'], conversation);
    }
  });

  it('reads back the latest activities while the file is held open, and deletes a file it holds open', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'cpk-transcripts-'));
    folders.push(folder);
    const store = new EmulatorFileTranscriptStore(folder, silentLogger);
    await store.logActivity(activity('open', 'one'));
    await store.logActivity(activity('open', 'two'));
    const logged = store.logActivity(activity('open', 'three'));
    const read = await store.getTranscriptActivities('test', 'open');
    await logged;
    assert.deepEqual(read.items.map((item) => item.text), ['one', 'two', 'three']);
    await store.deleteTranscript('test', 'open');
    await assert.rejects(fs.access(store.fileFor('open')));
    await store.logActivity(activity('open', 'again'));
    const parsed = JSON.parse(await fs.readFile(store.fileFor('open'), 'utf8')) as { text: string }[];
    assert.deepEqual(parsed.map((item) => item.text), ['again']);
    await store.close();
  });
});
