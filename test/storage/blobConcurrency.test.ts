import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ConversationState, type Storage, type StoreItems, TurnContext, TestAdapter } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { type Azurite, startAzurite } from '../support/azurite';
import { CONVERSATION_DATA_PROPERTY, DIALOG_STATE_PROPERTY } from '../../src/bot/conversationData';
import { HANDOFF_DIALOG_ID } from '../../dialogs/handoffOptions';
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

/** Lets the write of the storage marked `first` finish before the one marked `second` starts (once armed). */
class WriteGate {
  armed = false;
  private release!: () => void;
  private readonly firstDone = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  async before(order: 'first' | 'second'): Promise<void> {
    if (this.armed && order === 'second') {
      await this.firstDone;
    }
  }
  after(order: 'first' | 'second'): void {
    if (this.armed && order === 'first') {
      this.release();
    }
  }
}

class BarrierStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly barrier: ReadBarrier,
    private readonly gate = new WriteGate(),
    private readonly order: 'first' | 'second' = 'first',
  ) {}
  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    await this.barrier.pass();
    return items;
  }
  async write(changes: StoreItems): Promise<void> {
    await this.gate.before(this.order);
    try {
      await this.inner.write(changes);
    } finally {
      this.gate.after(this.order);
    }
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

  /**
   * Both instances read the same state (the barrier), then the write of `winner` goes first (the gate), so each
   * outcome is tested on purpose instead of by whichever write the machine happens to run first.
   */
  for (const winner of ['fallback', 'answer'] as const) {
    it(`two instances running a turn of one conversation at once (the ${winner} turn saves first): one saves, the other asks to retry, nothing is lost`, async () => {
      const name = container();
      const barrier = new ReadBarrier(2);
      const gate = new WriteGate();
      // Two instances, each with its own BlobsStorage client on the same container, as in two processes.
      const one = botInstance(new BarrierStorage(new BlobsStorage(azurite.connectionString, name), barrier, gate, winner === 'fallback' ? 'first' : 'second'));
      const two = botInstance(new BarrierStorage(new BlobsStorage(azurite.connectionString, name), barrier, gate, winner === 'answer' ? 'first' : 'second'));
      assert.ok(fallsBackOnly(await one.say('zzzq wibble')), 'turn 1 on instance one: streak 1');

      barrier.armed = true;
      gate.armed = true;
      // One unrecognised message (streak would become 2) and one real question (streak would reset to 0).
      const [fromOne, fromTwo] = await Promise.all([one.say('flurb blorp'), two.say('How do I rotate a customer-provided key?')]);
      const [won, lost] = winner === 'fallback' ? [fromOne, fromTwo] : [fromTwo, fromOne];
      assert.ok(asksToRetry(lost), `the ${winner === 'fallback' ? 'answer' : 'fallback'} turn hit the eTag conflict and asks to retry`);
      assert.ok(!asksToRetry(won), `the ${winner} turn saved`);
      assert.match(JSON.stringify(lost), /being handled at the same moment/);
      assert.ok([...one.logs, ...two.logs].some((line) => line.includes('"storage":"conflict"')));

      // The saved state is the winner's, untouched by the loser: read it straight from the container.
      const reader = new BlobsStorage(azurite.connectionString, name);
      const saved = (await reader.read([STATE_KEY]))[STATE_KEY] as Record<string, unknown>;
      const data = saved[CONVERSATION_DATA_PROPERTY] as { fallbackStreak?: number; lastIntent?: string } | undefined;
      const handoffWaiting = JSON.stringify(saved[DIALOG_STATE_PROPERTY] ?? {}).includes(`"id":"${HANDOFF_DIALOG_ID}"`);
      if (winner === 'fallback') {
        // The second fallback in a row asks right away whether to hand off, and the streak starts again.
        assert.ok(offersHuman(fromOne), 'the fallback turn offered a human');
        assert.ok(handoffWaiting, 'its hand-off question is what the saved state waits for');
        assert.notEqual(data?.lastIntent, 'rotate-key', 'nothing of the losing answer turn was saved');
      } else {
        assert.equal(data?.lastIntent, 'rotate-key', 'the answer turn was saved');
        assert.equal(data?.fallbackStreak, 0, 'the answer turn reset the streak');
        assert.ok(!handoffWaiting, 'nothing of the losing fallback turn was saved');
      }
      // The conversation goes on from the saved state: the waiting hand-off question reads "no"; otherwise a new
      // unrecognised message is a first fallback.
      const next = await two.say(winner === 'fallback' ? 'no' : 'snorf');
      if (winner === 'fallback') {
        assert.ok(next.length > 0 && !asksToRetry(next), 'the hand-off question takes the answer');
      } else {
        assert.ok(next.some((reply) => titleOf(reply) === 'I did not catch that'));
      }
    });
  }
});
