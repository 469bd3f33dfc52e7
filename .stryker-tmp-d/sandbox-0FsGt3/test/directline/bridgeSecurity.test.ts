/**
 * The local Direct Line bridge's trust boundary (issue #15): only the bot, presenting the per-conversation
 * secret the bridge put into its serviceUrl, can write "bot" activities; token creation is rate-limited per
 * client and a flood cannot evict active chats; memory is bounded in bytes. Real server on loopback.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { ClientRateLimiter } from '../../src/directline/clientRateLimiter';
import { CONVERSATION_OVERHEAD_BYTES, ConversationStore, type ConversationStoreOptions, DEFAULT_STORE_OPTIONS, type IssuedToken } from '../../src/directline/conversationStore';
import { startBridgeApp, type BridgeApp } from './bridgeApp';
import { call, type Session, startSession } from './bridgeClient';

async function texts(app: BridgeApp, session: Session): Promise<string[]> {
  const set = (await (await call(app, 'GET', `/v3/directline/conversations/${session.conversationId}/activities`, session.token)).json()) as { activities: { text?: string }[] };
  return set.activities.map((activity) => activity.text ?? '');
}

describe('local Direct Line bridge: only the bot can write bot messages (issue #15)', () => {
  let app: BridgeApp;
  beforeEach(async () => {
    app = await startBridgeApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('refuses connector calls without the secret (401), with a wrong one or another conversation’s (403); stores nothing', async () => {
    const victim = await startSession(app);
    const other = await startSession(app);
    const before = await texts(app, victim);
    const otherSecret = app.store.get(other.conversationId)?.connectorSecret ?? '';
    const id = victim.conversationId;
    const attempts: [string, string, number][] = [
      ['POST', `/v3/conversations/${id}/activities`, 401],
      ['POST', `/v3/conversations/${id}/activities/some-reply`, 401],
      ['PUT', `/v3/conversations/${id}/activities/${encodeURIComponent(`${id}|0000000`)}`, 401],
      ['POST', `/bridge/not-the-secret/v3/conversations/${id}/activities`, 403],
      ['POST', `/bridge/${otherSecret}/v3/conversations/${id}/activities`, 403],
      ['PUT', `/bridge/${otherSecret}/v3/conversations/${id}/activities/${encodeURIComponent(`${id}|0000000`)}`, 403],
      ['POST', `/bridge/%20/v3/conversations/${id}/activities`, 403],
    ];
    for (const [method, path, status] of attempts) {
      const response = await call(app, method, path, victim.token, { type: 'message', text: 'INJECTED', from: { id: 'cpk-support-bot', role: 'bot' } });
      assert.equal(response.status, status, `${method} ${path}`);
    }
    assert.deepEqual(await texts(app, victim), before);
    assert.ok(app.logs.some((line) => line.includes('refused a connector call without the conversation secret')));
    assert.ok(!app.logs.some((line) => line.includes(otherSecret)), 'the secret is not logged');
  });

  it('the bot still answers through its serviceUrl, which carries the secret', async () => {
    const session = await startSession(app);
    const response = await call(app, 'POST', `/v3/directline/conversations/${session.conversationId}/activities`, session.token, { type: 'message', text: 'How do I rotate a customer-provided key?', from: { id: 'x' } });
    assert.equal(response.status, 200);
    const all = (await (await call(app, 'GET', `/v3/directline/conversations/${session.conversationId}/activities`, session.token)).json()) as { activities: { from: { role?: string } }[] };
    assert.ok(all.activities.filter((activity) => activity.from.role === 'bot').length >= 2, 'welcome and answer arrived');
  });

  it('survives a token flood: 500 anonymous token requests get 429 after a small burst, and active chats keep working', async () => {
    const sessions = [await startSession(app), await startSession(app), await startSession(app)];
    const statuses = new Map<number, number>();
    for (let index = 0; index < 500; index += 1) {
      const status = (await call(app, 'POST', index % 2 === 0 ? '/api/directline/token' : '/v3/directline/conversations')).status;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    assert.ok((statuses.get(429) ?? 0) >= 490, JSON.stringify([...statuses]));
    assert.ok(app.store.size <= 20);
    for (const session of sessions) {
      const reply = await call(app, 'POST', `/v3/directline/conversations/${session.conversationId}/activities`, session.token, { type: 'message', text: 'hello', from: { id: 'x' } });
      assert.equal(reply.status, 200);
    }
  });
});

function store(options: Partial<ConversationStoreOptions> = {}): { store: ConversationStore; advance: (ms: number) => void } {
  let now = 1_000_000;
  return {
    store: new ConversationStore({ ...DEFAULT_STORE_OPTIONS, now: () => now, ...options }),
    advance: (ms) => {
      now += ms;
    },
  };
}

function created(target: ConversationStore, client: string): IssuedToken {
  const issued = target.create(client);
  assert.ok(!('refused' in issued));
  return issued;
}

describe('local Direct Line conversation store: eviction, rate limit and byte bounds (issue #15)', () => {
  it('when full of active chats answers "full" (429) instead of evicting one; an idle chat makes room later', () => {
    const { store: target, advance } = store({ maxConversations: 5, idleEvictionMs: 60_000 });
    const active = Array.from({ length: 5 }, (_, index) => created(target, `client-${index}`));
    for (const issued of active) {
      const conversation = target.get(issued.conversationId);
      assert.ok(conversation !== undefined);
      conversation.started = true;
    }
    assert.deepEqual(target.create('flooder'), { refused: 'full' });
    assert.equal(target.size, 5);
    advance(30_000);
    active.slice(1).forEach((issued) => target.get(issued.conversationId));
    assert.deepEqual(target.create('flooder-2'), { refused: 'full' });
    advance(45_000);
    active.slice(1).forEach((issued) => target.get(issued.conversationId));
    created(target, 'newcomer');
    assert.equal(target.get(active[0]?.conversationId ?? ''), undefined, 'the idle chat made room');
    assert.ok(active.slice(1).every((issued) => target.get(issued.conversationId) !== undefined), 'active chats are intact');
  });

  it('evicts never-started conversations first', () => {
    const { store: target } = store({ maxConversations: 3, idleEvictionMs: 60_000 });
    const started = created(target, 'a');
    const conversation = target.get(started.conversationId);
    assert.ok(conversation !== undefined);
    conversation.started = true;
    for (let index = 0; index < 10; index += 1) {
      created(target, `c${index}`);
    }
    assert.equal(target.size, 3);
    assert.ok(target.get(started.conversationId) !== undefined);
  });

  it('rate-limits token creation per client: a burst, then refill over time; other clients are unaffected', () => {
    let now = 0;
    const limiter = new ClientRateLimiter({ burst: 3, perMinute: 6, maxClients: 2 }, () => now);
    assert.deepEqual([1, 2, 3, 4].map(() => limiter.take('a')), [true, true, true, false]);
    assert.equal(limiter.take('b'), true);
    now += 10_000;
    assert.equal(limiter.take('a'), true);
    assert.equal(limiter.take('a'), false);
    limiter.take('c');
    limiter.take('d');
    assert.equal(limiter.take('a'), true, 'a forgotten client starts with a full bucket (the table is bounded)');
  });

  it('bounds activity bytes per conversation and in total, whatever is appended', () => {
    const maxConversationBytes = 64 * 1024;
    const maxTotalBytes = 256 * 1024;
    const { store: target } = store({ maxConversations: 50, maxConversationBytes, maxTotalBytes, maxActivitiesPerConversation: 1000 });
    const conversations = Array.from({ length: 20 }, (_, index) => target.get(created(target, `client-${index}`).conversationId));
    for (let round = 0; round < 30; round += 1) {
      for (const conversation of conversations) {
        assert.ok(conversation !== undefined);
        target.append(conversation, { type: 'message', text: 'x'.repeat(1000 + ((round * 7919) % 9000)) });
        assert.ok(conversation.bytes <= maxConversationBytes + 11_000);
        assert.ok(target.activityBytes <= maxTotalBytes + 11_000, String(target.activityBytes));
      }
    }
    const recount = conversations.reduce((sum, conversation) => sum + (conversation?.activities.reduce((inner, entry) => inner + entry.bytes, 0) ?? 0), 0);
    assert.equal(recount, target.activityBytes, 'the byte count matches what is held');
    const worstCase = DEFAULT_STORE_OPTIONS.maxConversations * CONVERSATION_OVERHEAD_BYTES + (DEFAULT_STORE_OPTIONS.maxTotalBytes ?? 0);
    assert.ok(worstCase < 80 * 1024 * 1024, `documented bound: ${worstCase} bytes`);
  });
});
