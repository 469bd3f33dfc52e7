/**
 * Transcripts on Blob storage are shared by every instance (issue #21: with reads returning nothing, no test
 * failed and a handoff's transcript silently lost the turns another instance had served). Two bots each build
 * their own stores from the same settings, as two scaled-out processes do.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { createStores, type Stores } from '../../src/storage/createStores';
import { startAzurite, type Azurite } from '../support/azurite';
import { createTestConversation } from '../support/testConversation';

describe('Blob transcripts read across instances (Azurite)', function () {
  this.timeout(60000);
  let azurite: Azurite | undefined;

  before(async () => {
    azurite = await startAzurite();
  });
  after(async () => {
    await azurite?.stop();
  });

  async function instanceStores(suffix: string): Promise<Stores> {
    const stores = await createStores({
      storageConnectionString: azurite!.connectionString,
      storageAccountUrl: '',
      stateContainer: `across-state-${suffix}`,
      transcriptContainer: `across-transcripts-${suffix}`,
      storageTimeoutMs: 3000,
      transcriptTimeoutMs: 2000,
    });
    await stores.open();
    return stores;
  }

  it('the handoff on instance B carries the turns instance A served', async () => {
    const suffix = randomUUID().slice(0, 8);
    const [storesA, storesB] = [await instanceStores(suffix), await instanceStores(suffix)];
    const first = 'Download fails with BlobCustomerSpecifiedEncryptionMismatch';
    const a = createTestConversation({}, { transcriptStore: storesA.transcriptStore });
    await a.say(first);
    // The transcript middleware writes after the turn: read until it is there (bounded).
    let seen: Partial<Activity>[] = [];
    for (let attempt = 0; attempt < 50 && !seen.some((activity) => activity.text === first); attempt += 1) {
      seen = (await storesB.transcriptStore!.getTranscriptActivities('test', 'Convo1')).items;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(seen.some((activity) => activity.text === first), `instance B reads instance A's turn: ${seen.length} activities`);

    // Each TestAdapter numbers its activities from 0, and the transcript keeps one activity per id (as channels
    // give unique ids): instance B's user turns get ids of their own, as a real channel's would be.
    const b = createTestConversation({}, { transcriptStore: storesB.transcriptStore });
    await b.say({ type: 'message', text: 'talk to a human', id: 'b-1' });
    // As for instance A above: the test harness's transcript middleware writes after the turn, so wait (bounded).
    let seenB: Partial<Activity>[] = [];
    for (let attempt = 0; attempt < 50 && !seenB.some((activity) => activity.text === 'talk to a human'); attempt += 1) {
      seenB = (await storesB.transcriptStore!.getTranscriptActivities('test', 'Convo1')).items;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(seenB.some((activity) => activity.text === 'talk to a human'), `instance B's own turn is stored: ${seenB.length} activities`);
    await b.say({ type: 'message', value: { cpk: 'handoff' }, id: 'b-2' });
    const replies = await b.say({ type: 'message', value: { cpk: 'answer', answer: 'skip' }, id: 'b-3' });
    const handoff = replies.find((reply) => reply.type === 'event' && reply.name === 'handoff.initiate');
    assert.ok(handoff !== undefined, JSON.stringify(replies).slice(0, 300));
    const transcript = (handoff.attachments?.[0]?.content as { activities?: Partial<Activity>[] } | undefined)?.activities;
    assert.ok(Array.isArray(transcript));
    assert.ok(transcript.some((activity) => activity.text === first), 'the earlier turn from instance A is in the handoff transcript');
    assert.ok(transcript.some((activity) => activity.text === 'talk to a human'), `and the turns of instance B: ${JSON.stringify(transcript.map((activity) => [activity.id, activity.text ?? activity.type]))}`);
  });
});
