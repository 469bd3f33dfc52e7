// @ts-nocheck
import assert from 'node:assert/strict';
import { MemoryStorage, type Storage, type StoreItems, TestAdapter, TurnContext } from 'botbuilder';
import { OptimisticConversationState } from '../../src/bot/optimisticConversationState';

/** MemoryStorage that counts writes. */
class CountingStorage implements Storage {
  readonly inner = new MemoryStorage();
  writes = 0;
  async read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    this.writes += 1;
    await this.inner.write(changes);
  }
  async delete(keys: string[]): Promise<void> {
    await this.inner.delete(keys);
  }
}

function turn(adapter: TestAdapter): TurnContext {
  return new TurnContext(adapter, {
    type: 'message',
    text: 'hi',
    channelId: 'test',
    conversation: { id: 'c1', name: '', isGroup: false, conversationType: 'personal' },
    from: { id: 'u1', name: '' },
    recipient: { id: 'bot', name: '' },
    serviceUrl: 'http://127.0.0.1:9',
  });
}

/**
 * Issue #8: the cheaper change detection keeps botbuilder's contract: state loaded through an accessor is the
 * one `get` returns (same turn-state entry, so the private field it relies on still exists), a turn that changes
 * nothing writes nothing, a change is written once with the loaded eTag checked, and `force` always writes.
 */
describe('OptimisticConversationState change detection', () => {
  it('writes only changed state, keeps get/accessor caching, and still detects a concurrent write', async () => {
    const storage = new CountingStorage();
    const state = new OptimisticConversationState(storage);
    const counter = state.createProperty<number>('counter');
    const adapter = new TestAdapter(async () => undefined);

    const first = turn(adapter);
    assert.equal(await counter.get(first, 0), 0);
    assert.ok(state.get(first) !== undefined, 'load cached the state where BotState.get reads it');
    await state.saveChanges(first);
    assert.equal(storage.writes, 1, 'a default value set by the accessor is a change');

    const unchanged = turn(adapter);
    assert.equal(await counter.get(unchanged), 0);
    await state.saveChanges(unchanged);
    assert.equal(storage.writes, 1, 'nothing changed: no write');

    const changed = turn(adapter);
    await counter.set(changed, (await counter.get(changed, 0)) + 1);
    await state.saveChanges(changed);
    await state.saveChanges(changed);
    assert.equal(storage.writes, 2, 'one write for one change, none for saving again');

    const forced = turn(adapter);
    await state.load(forced);
    await state.saveChanges(forced, true);
    assert.equal(storage.writes, 3, 'force writes');

    // Two turns that loaded the same version: the second save is a conflict, not a silent overwrite.
    const a = turn(adapter);
    const b = turn(adapter);
    await counter.set(a, 10);
    await counter.set(b, 20);
    await state.saveChanges(a);
    await assert.rejects(state.saveChanges(b));
    const check = turn(adapter);
    assert.equal(await counter.get(check), 10);
  });
});
