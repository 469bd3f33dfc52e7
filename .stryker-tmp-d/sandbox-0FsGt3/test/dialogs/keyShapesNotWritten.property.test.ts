/**
 * Property test (issue #15): random keys in every shape the key check reads are pasted into the bot's four
 * entry points (a plain message to the main dialog, the key check's question, the handoff note and the feedback
 * comment) of real conversations on the production wiring. Afterwards nothing written may hold a 12-character
 * run of any key: transcript files, their HTML render, feedback.jsonl, log lines, every conversation-state write,
 * the handoff.initiate event (value and attachment) and every reply. Replay a failure with PROPERTY_SEED=<seed>.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Activity, MemoryStorage, type StoreItems, TestAdapter, TranscriptLoggerMiddleware } from 'botbuilder';
import { createOnTurnError } from '../../src/bot/onTurnError';
import { EmulatorFileTranscriptStore } from '../../src/storage/transcripts/emulatorFileTranscriptStore';
import { loadConfig } from '../../src/config';
import { JsonLinesFeedbackSink } from '../../src/storage/feedback/jsonLinesFeedbackSink';
import { createLogger } from '../../src/core/logging/logger';
import { renderTranscriptHtml } from '../../src/core/transcripts/renderTranscriptHtml';
import { createBot } from '../../src/createBot';
import { everyShape, keyRuns, leakedRuns, type PastedKey, SHAPE_NAMES } from '../support/keyShapes';
import { propertySeed, seededRandom } from '../support/seededRandom';
import { makeTempDir, readAllFiles, removeDir } from '../support/tempDir';
import { realKnowledge } from '../support/testConversation';

const ROUNDS = 1;

/** Conversation state as written: every write is kept, as storage would receive it. */
class RecordingStorage extends MemoryStorage {
  readonly written: string[] = [];

  override async write(changes: StoreItems): Promise<void> {
    this.written.push(JSON.stringify(changes));
    await super.write(changes);
  }
}

describe('no key in any shape is written anywhere (property test over the whole bot)', () => {
  const seed = propertySeed();
  let dir: string;

  before(() => {
    dir = makeTempDir('key-shapes');
  });
  after(() => {
    removeDir(dir);
  });

  it(`pastes ${ROUNDS * SHAPE_NAMES.length} random keys in ${SHAPE_NAMES.length} shapes into the main dialog, the key check, the handoff note and the feedback comment (seed ${seed})`, async function () {
    this.timeout(120000);
    const random = seededRandom(seed);
    const logs: string[] = [];
    const storage = new RecordingStorage();
    const transcripts = new EmulatorFileTranscriptStore(path.join(dir, 'transcripts'), createLogger('debug', (line) => logs.push(line)));
    const feedback = new JsonLinesFeedbackSink(path.join(dir, 'feedback'), undefined, (id) => realKnowledge().intents.has(id));
    const logger = createLogger('debug', (line) => logs.push(line));
    const { bot } = createBot(loadConfig({}), realKnowledge(), logger, storage, { transcriptStore: transcripts, feedback });
    const adapter = new TestAdapter(async (context) => bot.run(context));
    adapter.use(new TranscriptLoggerMiddleware(transcripts));
    adapter.onTurnError = createOnTurnError(logger);
    const replies: Partial<Activity>[] = [];
    let conversationNumber = 0;
    const conversation = (): ((turn: string | Partial<Activity>) => Promise<void>) => {
      conversationNumber += 1;
      const reference = { ...adapter.conversation, conversation: { id: `shapes-${conversationNumber}`, isGroup: false, conversationType: 'personal', name: '' } };
      return async (turn) => {
        const activity: Partial<Activity> = typeof turn === 'string' ? { type: 'message', text: turn } : turn;
        adapter.conversation = reference;
        await adapter.receiveActivity(activity);
        replies.push(...adapter.activeQueue.splice(0));
      };
    };
    const keys: PastedKey[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const key of everyShape(random)) {
        keys.push(key);
        const say = conversation();
        await say(`it fails with this key ${key.value}`);
        await say('check my key');
        await say(`x-ms-encryption-key: ${key.value}`);
        await say('How do I rotate a customer-provided key?');
        await say({ type: 'message', value: { cpk: 'feedback', intent: 'rotate-key', helpful: false } });
        await say(`did not help, my key is ${key.value}`);
        await say('I want to talk to a human');
        await say({ type: 'message', value: { cpk: 'handoff' } });
        await say(`note for the engineer: ${'x'.repeat(random.int(990))} ${key.value}`);
      }
    }
    await transcripts.close();
    const runs = keyRuns(keys);
    const files = readAllFiles(dir);
    const transcriptFiles = readdirSync(path.join(dir, 'transcripts')).map((name) => path.join(dir, 'transcripts', name));
    const handoffEvents = replies.filter((reply) => reply.type === 'event' && reply.name === 'handoff.initiate');
    assert.equal(handoffEvents.length, keys.length, 'every conversation handed off');
    const feedbackText = files.find((file) => file.file.endsWith('feedback.jsonl'))?.text ?? '';
    assert.equal(feedbackText.match(/"kind":"comment"/g)?.length, keys.length, 'every feedback comment was recorded');
    const keyCheckResults = replies.filter((reply) => JSON.stringify(reply).includes('You pasted a key')).length;
    assert.ok(keyCheckResults >= keys.length / 2, `the key check read the keys (${keyCheckResults} of ${keys.length})`);
    assert.match(files.map((file) => file.text).join('\n'), /\[key sha256=/, 'keys were replaced by their fingerprint marker');
    const places = [
      ...files.map((file) => ({ where: file.file, text: file.text })),
      ...transcriptFiles.map((file) => ({ where: `${file} (HTML)`, text: renderTranscriptHtml(JSON.parse(readFileSync(file, 'utf8')) as unknown) })),
      { where: 'logs', text: logs.join('\n') },
      { where: 'conversation state writes', text: storage.written.join('\n') },
      { where: 'handoff events', text: JSON.stringify(handoffEvents) },
      { where: 'replies', text: JSON.stringify(replies) },
    ];
    const leaks = places.flatMap(({ where, text }) => leakedRuns(text, runs).map((run) => `${where}: ${keys.find((key) => keyRuns([key]).has(run))?.shape ?? '?'}`));
    assert.deepEqual([...new Set(leaks)], [], `seed ${seed}`);
    assert.ok(places.length > keys.length, `${places.length} places scanned`);
  });
});
