// @ts-nocheck
import assert from 'node:assert/strict';
import { type ConversationStore as Store, ConversationStore, type IssuedToken } from '../../src/directline/conversationStore';

/** Creates a conversation and fails the test when the store refuses. */
function created(store: Store, client = 'test'): IssuedToken {
  const issued = store.create(client);
  assert.ok(!('refused' in issued), 'refused' in issued ? issued.refused : '');
  return issued;
}
import { loopbackUrl } from '../../src/directline/loopbackUrl';

function storeWithClock(): { store: ConversationStore; advance: (ms: number) => void } {
  let now = 1_000_000;
  const store = new ConversationStore({
    now: () => now,
    conversationTtlMs: 60_000,
    tokenTtlMs: 30_000,
    maxConversations: 3,
    maxActivitiesPerConversation: 2,
  });
  return { store, advance: (ms) => (now += ms) };
}

describe('local Direct Line conversation store', () => {
  it('issues a dl_ user and a token per conversation; tokens of one conversation do not open another', () => {
    const { store } = storeWithClock();
    const a = created(store);
    const b = created(store);
    const check = store.checkToken(a.token);
    assert.ok(check.ok && check.conversation.id === a.conversationId && check.conversation.userId.startsWith('dl_'));
    assert.notEqual(a.token, b.token);
    assert.deepEqual(store.checkToken('made-up'), { ok: false, reason: 'unknown' });
  });

  it('keeps at most a few live tokens per conversation when refreshed repeatedly', () => {
    const { store } = storeWithClock();
    const first = created(store);
    const conversation = store.get(first.conversationId)!;
    for (let index = 0; index < 20; index += 1) {
      store.issueToken(conversation);
    }
    assert.ok(conversation.tokens.size <= 4, String(conversation.tokens.size));
    assert.equal(store.checkToken(first.token).ok, false);
  });

  it('a watermark ahead of the list returns nothing and keeps the watermark', () => {
    const { store } = storeWithClock();
    const conversation = store.get(created(store).conversationId)!;
    store.append(conversation, { type: 'message' });
    assert.deepEqual(store.since(conversation, 10), { activities: [], watermark: '10' });
    assert.equal(store.since(conversation, undefined).watermark, '0');
    assert.equal(store.since(conversation, -1).activities.length, 1);
  });

  it('a conversation in use does not expire; an idle one does', () => {
    const { store, advance } = storeWithClock();
    const busy = created(store).conversationId;
    const idle = created(store).conversationId;
    for (let minute = 0; minute < 5; minute += 1) {
      advance(50_000);
      assert.ok(store.get(busy));
    }
    assert.equal(store.get(idle), undefined);
  });
});

describe('loopbackUrl', () => {
  it('turns a wildcard bind address into loopback', () => {
    assert.equal(loopbackUrl({ address: '0.0.0.0', family: 'IPv4', port: 80 }), 'http://127.0.0.1:80');
    assert.equal(loopbackUrl({ address: '::', family: 'IPv6', port: 81 }), 'http://[::1]:81');
    assert.equal(loopbackUrl({ address: '127.0.0.1', family: 'IPv4', port: 82 }), 'http://127.0.0.1:82');
    assert.throws(() => loopbackUrl(null));
  });
});
