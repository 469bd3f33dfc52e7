// @ts-nocheck
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ConversationState, type Storage, type StoreItems, TurnContext, TestAdapter } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { type Azurite, startAzurite } from '../support/azurite';
import { CONVERSATION_DATA_PROPERTY } from '../../src/bot/conversationData';
import { asksToRetry, botInstance, fallsBackOnly, offersHuman, titleOf } from './botInstance';

/** Where botbuilder's ConversationState keeps conversation `conv-1` of the TestAdapter's channel. */
const STATE_KEY = 'test/conversations/conv-1';

/**
 * Holds every read until `parties` reads have arrived, so two instances both read the same state before either
 * writes: the interleaving that loses a turn without optimistic concurrency. Deterministic, no timers.
 */
class ReadBarrier {
  private waiting: (() => void)[] = [];
  armed = false;
  constructor(private readonly parties: number) {}
  async pass(): Promise<void> {
    if (!this.armed) {
      return;
    }
    await new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      if (this.waiting.length === this.parties) {
        this.armed = false;
        this.waiting.splice(0).forEach((release) => release());
      }
    });
  }
}

class BarrierStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly barrier: ReadBarrier,
  ) {}
  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    await this.barrier.pass();
    return items;
  }
  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

describe('optimistic concurrency on Azure Blob state (Azurite)', () => {
  let azurite: Azurite;
  const container = (): string => `state-${randomUUID().slice(0, 8)}`;

  before(async () => {
    azurite = await startAzurite();
  });
  after(async () => {
    await azurite?.stop();
  });

  it('BlobsStorage rejects a write whose eTag is stale (If-Match, 412)', async () => {
    const storage = new BlobsStorage(azurite.connectionString, container());
    await storage.write({ item: { n: 1 } });
    const { item } = (await storage.read(['item'])) as { item: { n: number; eTag: string } };
    await storage.write({ item: { n: 2, eTag: item.eTag } });
    await assert.rejects(storage.write({ item: { n: 3, eTag: item.eTag } }), /eTag conflict/);
    assert.equal(((await storage.read(['item'])) as { item: { n: number } }).item.n, 2);
  });

  it("botbuilder's own ConversationState writes eTag '*', so without the guard the later turn silently wins", async () => {
    // Why src/bot/optimisticConversationState.ts exists: this documents the botbuilder behaviour it fixes.
    const storage = new BlobsStorage(azurite.connectionString, container());
    const state = new ConversationState(storage);
    const adapter = new TestAdapter(async () => undefined);
    const contextFor = (): TurnContext =>
      new TurnContext(adapter, { type: 'message', channelId: 'test', conversation: { id: 'c' } as TurnContext['activity']['conversation'] });
    const [first, second] = [contextFor(), contextFor()];
    const a: unknown = await state.load(first);
    const b: unknown = await state.load(second);
    Object.assign(a as object, { turn: 'first' });
    Object.assign(b as object, { turn: 'second' });
    await state.saveChanges(first);
    await state.saveChanges(second);
    const saved = await storage.read(['test/conversations/c']);
    assert.equal((saved['test/conversations/c'] as { turn: string }).turn, 'second', 'no conflict was reported');
  });

  it('two instances running a turn of one conversation at once: one saves, the other asks to retry, nothing is lost', async () => {
    const name = container();
    const barrier = new ReadBarrier(2);
    // Two instances, each with its own BlobsStorage client on the same container, as in two processes.
    const one = botInstance(new BarrierStorage(new BlobsStorage(azurite.connectionString, name), barrier));
    const two = botInstance(new BarrierStorage(new BlobsStorage(azurite.connectionString, name), barrier));
    assert.ok(fallsBackOnly(await one.say('zzzq wibble')), 'turn 1 on instance one: streak 1');

    barrier.armed = true;
    // One unrecognised message (streak would become 2) and one real question (streak would reset to 0).
    const [fromOne, fromTwo] = await Promise.all([one.say('flurb blorp'), two.say('How do I rotate a customer-provided key?')]);
    const retried = [fromOne, fromTwo].filter(asksToRetry);
    assert.equal(retried.length, 1, 'exactly one of the two concurrent turns hit the eTag conflict');
    assert.match(JSON.stringify(retried[0]), /being handled at the same moment/);
    assert.ok([...one.logs, ...two.logs].some((line) => line.includes('"storage":"conflict"')));

    // The saved state is the winner's, untouched by the loser: read it straight from the container.
    const reader = new BlobsStorage(azurite.connectionString, name);
    const saved = (await reader.read([STATE_KEY]))[STATE_KEY] as Record<string, { fallbackStreak?: number } | undefined>;
    const streak = saved[CONVERSATION_DATA_PROPERTY]?.fallbackStreak;
    if (asksToRetry(fromTwo)) {
      assert.equal(streak, 2, 'the fallback turn won: its streak of 2 was saved');
      assert.ok(offersHuman(fromOne), 'and its user was offered a human');
    } else {
      assert.equal(streak, 0, 'the answer turn won: the streak was reset');
    }
    // The conversation goes on from the saved state.
    assert.ok((await two.say('snorf')).some((reply) => titleOf(reply) === 'I did not catch that'));
  });
});
