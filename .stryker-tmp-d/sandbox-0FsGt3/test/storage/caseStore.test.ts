/**
 * The case store on botbuilder Storage (issue #19): concurrent changes of one case from several store instances
 * (as from several bot instances) are all kept, because each write carries the eTag it read and a conflict
 * replays the step; closing takes the case off the open list; accepting records the wait.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { MemoryStorage } from 'botbuilder';
import { acceptCase, addMessage, closeCase, openCase } from '../../src/core/cases/caseTransitions';
import type { CaseSummary } from '../../src/core/handoff/caseSummary';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';
import { CaseStore } from '../../src/storage/caseStore';
import { propertySeed, seededRandom } from '../support/seededRandom';

const SUMMARY: CaseSummary = { problem: 'p', reason: 'user-request', entities: [], checks: [], cardsShown: [], channel: 'directline', conversationId: 'c', createdAt: '2026-01-01T00:00:00.000Z' };

function newCase(conversationId: string, now = new Date('2026-01-01T10:00:00Z')): ReturnType<typeof openCase> {
  return openCase({ id: randomUUID(), reference: { channelId: 'directline', serviceUrl: 'http://127.0.0.1:1', conversation: { id: conversationId }, bot: { id: 'b' }, user: { id: 'u' } }, summary: SUMMARY, transcript: [], now });
}

for (const [name, makeStorage] of [
  ['MemoryStorage', () => new MemoryStorage()],
  ['BoundedMemoryStorage', () => new BoundedMemoryStorage({ maxItems: 1000, idleMs: 60_000 })],
] as const) {
  describe(`case store on ${name}`, () => {
    it('keeps every message when store instances add them to one case at once, in bursts of up to 8 (eTag replays)', async () => {
      const seed = propertySeed();
      const random = seededRandom(seed);
      const storage = makeStorage();
      const stores = [new CaseStore(storage), new CaseStore(storage), new CaseStore(storage)];
      const created = newCase('c1');
      await stores[0].create(created);
      const texts: string[] = [];
      for (let burst = 0; burst < 5; burst += 1) {
        const batch = Array.from({ length: 2 + random.int(7) }, (_, index) => `burst ${burst} message ${index}`);
        texts.push(...batch);
        await Promise.all(batch.map((text) => random.pick(stores).update(created.id, (current) => addMessage(current, 'user', text, new Date()))));
      }
      const stored = await stores[1].get(created.id);
      assert.deepEqual(new Set(stored?.messages.map((message) => message.text)), new Set(texts), `seed ${seed}`);
    });

    it('lists open cases only, records the wait on accept, and refuses a second close', async () => {
      const store = new CaseStore(makeStorage());
      const [first, second] = [newCase('a'), newCase('b')];
      await store.create(first);
      await store.create(second);
      assert.deepEqual((await store.listOpen()).map((item) => item.id), [first.id, second.id]);
      const accepted = await store.update(first.id, (current) => acceptCase(current, 'Alex', new Date('2026-01-01T10:03:00Z')));
      assert.ok(accepted.found && accepted.ok);
      assert.deepEqual(await store.recentWaits(), [180]);
      const closed = await store.update(second.id, (current) => closeCase(current, 'user', new Date()));
      assert.ok(closed.found && closed.ok);
      assert.deepEqual((await store.listOpen()).map((item) => item.id), [first.id]);
      const again = await store.update(second.id, (current) => closeCase(current, 'agent', new Date()));
      assert.ok(again.found && !again.ok && again.refusal === 'closed');
      assert.deepEqual(await store.update(randomUUID(), (current) => closeCase(current, 'agent', new Date())), { found: false });
    });

    it('finds a case by its Teams thread', async () => {
      const store = new CaseStore(makeStorage());
      await store.linkThread('1700000000000', 'case-1');
      assert.equal(await store.caseIdForThread('1700000000000'), 'case-1');
      assert.equal(await store.caseIdForThread('1700000000001'), undefined);
    });
  });
}
