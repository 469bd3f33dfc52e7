/**
 * HandoffSender on its own (issue #21, found by mutation testing): the event route's transcript fills in what the
 * current turn's replies leave out and keeps what they carry, adds nothing without a transcript store, and is
 * logged; the Teams route addresses the agents' channel with the configured ids. Also: the stored transcript
 * without a second copy of this turn's message, a store that does not answer, Teams with no agents configured.
 */
import assert from 'node:assert/strict';
import { type Activity, type ConversationReference, MemoryTranscriptStore, type PagedResult, TestAdapter, type TranscriptInfo, type TranscriptStore, TurnContext } from 'botbuilder';
import { HandoffSender } from '../../src/bot/handoffSender';
import type { CaseSummary } from '../../src/core/handoff/caseSummary';
import { createLogger } from '../../src/core/logging/logger';

const summary: CaseSummary = {
  problem: 'Download fails with BlobCustomerSpecifiedEncryptionMismatch',
  reason: 'user-request',
  entities: [],
  checks: [],
  cardsShown: [],
  channel: 'webchat',
  conversationId: 'conv-9',
  createdAt: '2026-12-06T03:00:00.000Z',
};

function turn(channelId: string): { adapter: TestAdapter; context: TurnContext } {
  const adapter = new TestAdapter(async () => undefined);
  const activity = {
    type: 'message',
    text: 'talk to a human',
    channelId,
    from: { id: 'user-1', name: 'User' },
    recipient: { id: 'bot-1', name: 'Bot' },
    conversation: { id: 'conv-9', isGroup: false, name: '', conversationType: 'personal' },
  } as Activity;
  return { adapter, context: new TurnContext(adapter, activity) };
}

describe('HandoffSender', () => {
  it('event route: the transcript is this turn plus its replies, defaults filled in, given values kept; logged', async () => {
    const logs: string[] = [];
    const sender = new HandoffSender({ botAppId: '', logger: createLogger('info', (line) => logs.push(line)) });
    const { adapter, context } = turn('webchat');
    const given = { type: 'message', text: 'given', from: { id: 'someone' }, recipient: { id: 'else' }, conversation: { id: 'other', isGroup: false, name: '', conversationType: '' }, timestamp: new Date('2026-01-01T00:00:00Z') } as Partial<Activity>;
    const route = await sender.send(context, summary, [{ type: 'message', text: 'bare' }, given]);
    assert.equal(route, 'event');
    const event = adapter.activeQueue.find((activity) => activity.name === 'handoff.initiate');
    assert.ok(event !== undefined);
    const activities = (event.attachments?.[0]?.content as { activities: Partial<Activity>[] }).activities;
    assert.deepEqual(activities.map((activity) => activity.text), ['talk to a human', 'bare', 'given'], 'no stored transcript: nothing else');
    const bare = activities[1];
    assert.equal(bare?.from?.id, 'bot-1');
    assert.equal(bare?.recipient?.id, 'user-1');
    assert.equal(bare?.conversation?.id, 'conv-9');
    assert.equal(bare?.channelId, 'webchat');
    assert.ok(typeof bare?.timestamp === 'string' && !Number.isNaN(Date.parse(bare.timestamp)));
    const kept = activities[2];
    assert.equal(kept?.from?.id, 'someone');
    assert.equal(kept?.recipient?.id, 'else');
    assert.equal(kept?.conversation?.id, 'other');
    assert.equal(new Date(String(kept?.timestamp)).toISOString(), '2026-01-01T00:00:00.000Z');
    const line = JSON.parse(logs.find((item) => item.includes('handoff initiated')) ?? '{}') as Record<string, unknown>;
    assert.deepEqual([line.route, line.activities, line.conversationId], ['event', 3, 'conv-9']);
  });

  it('Teams route: a proactive card to the agents\' channel with the configured ids, logged', async () => {
    const logs: string[] = [];
    const sender = new HandoffSender({
      botAppId: 'app-1',
      teamsAgents: { serviceUrl: 'https://smba.example/teams/', conversationId: '19:agents@thread.tacv2', tenantId: 'tenant-1' },
      logger: createLogger('info', (line) => logs.push(line)),
    });
    const { adapter, context } = turn('msteams');
    let used: { appId: unknown; reference: Partial<ConversationReference> } | undefined;
    // Records the call instead of posting to a connector (the HTTP path is covered by handoffTeams.test.ts).
    adapter.continueConversationAsync = async (appId: unknown, reference: Partial<ConversationReference>): Promise<void> => {
      used = { appId, reference };
    };
    assert.equal(await sender.send(context, summary, []), 'teams');
    assert.ok(used !== undefined);
    assert.equal(used.appId, 'app-1');
    assert.equal(used.reference.channelId, 'msteams');
    assert.equal(used.reference.serviceUrl, 'https://smba.example/teams/');
    assert.deepEqual(used.reference.conversation, { id: '19:agents@thread.tacv2', isGroup: true, conversationType: 'channel', tenantId: 'tenant-1', name: 'agents' });
    assert.deepEqual(used.reference.user, { id: 'cpk-escalation', name: 'CPK bot escalation', role: 'user' });
    assert.equal(used.reference.bot?.id, 'bot-1');
    const line = JSON.parse(logs.find((item) => item.includes('handoff initiated')) ?? '{}') as Record<string, unknown>;
    assert.deepEqual([line.route, line.conversationId], ['teams', 'conv-9']);
  });
  it('event route: the stored transcript comes first, without the stored copy of this turn\'s message', async () => {
    const store = new MemoryTranscriptStore();
    const sender = new HandoffSender({ botAppId: '', transcriptStore: store, logger: createLogger('error', () => undefined) });
    const { adapter, context } = turn('webchat');
    context.activity.id = 'now';
    const stored = (id: string | undefined, text: string): Activity =>
      ({ ...context.activity, id, text, timestamp: new Date('2026-01-01T00:00:00Z') });
    await store.logActivity(stored('earlier', 'first question'));
    await store.logActivity(stored(undefined, 'no id'));
    await store.logActivity(stored('now', 'talk to a human'));
    await sender.send(context, summary, [{ type: 'message', text: 'reply' }]);
    const event = adapter.activeQueue.find((activity) => activity.name === 'handoff.initiate');
    const activities = (event?.attachments?.[0]?.content as { activities: Partial<Activity>[] }).activities;
    assert.deepEqual(
      activities.map((activity) => activity.text),
      ['first question', 'no id', 'talk to a human', 'reply'],
    );
    // A message without an id cannot be told from a stored one: every stored activity is kept.
    const second = turn('webchat');
    await sender.send(second.context, summary, []);
    const again = second.adapter.activeQueue.find((activity) => activity.name === 'handoff.initiate');
    const all = (again?.attachments?.[0]?.content as { activities: Partial<Activity>[] }).activities;
    assert.deepEqual(all.map((activity) => activity.text), ['first question', 'no id', 'talk to a human', 'talk to a human']);
  });

  it('a transcript store that does not answer costs the transcript, not the handoff; logged', async () => {
    const logs: string[] = [];
    const failing: TranscriptStore = {
      logActivity: async () => undefined,
      getTranscriptActivities: async (): Promise<PagedResult<Activity>> => {
        throw new Error('store down');
      },
      listTranscripts: async (): Promise<PagedResult<TranscriptInfo>> => ({ items: [], continuationToken: '' }),
      deleteTranscript: async () => undefined,
    };
    const sender = new HandoffSender({ botAppId: '', transcriptStore: failing, logger: createLogger('info', (line) => logs.push(line)) });
    const { adapter, context } = turn('webchat');
    assert.equal(await sender.send(context, summary, []), 'event');
    const event = adapter.activeQueue.find((activity) => activity.name === 'handoff.initiate');
    const activities = (event?.attachments?.[0]?.content as { activities: Partial<Activity>[] }).activities;
    assert.deepEqual(activities.map((activity) => activity.text), ['talk to a human']);
    assert.ok(logs.some((line) => line.includes('handoff without the stored transcript: the store did not answer') && line.includes('store down')), logs.join('\n'));
  });

  it('Teams with no agents conversation configured: unavailable, nothing sent, logged', async () => {
    const logs: string[] = [];
    const sender = new HandoffSender({ botAppId: 'app-1', logger: createLogger('info', (line) => logs.push(line)) });
    const { adapter, context } = turn('msteams');
    let called = false;
    adapter.continueConversationAsync = async (): Promise<void> => {
      called = true;
    };
    assert.equal(await sender.send(context, summary, []), 'unavailable');
    assert.equal(called, false);
    assert.ok(logs.some((line) => line.includes('handoff unavailable: no Teams agents conversation configured')), logs.join('\n'));
  });

  it('Teams route: the agents get the staff view of the case summary', async () => {
    const sender = new HandoffSender({
      botAppId: 'app-1',
      teamsAgents: { serviceUrl: 'https://smba.example/teams/', conversationId: '19:agents@thread.tacv2', tenantId: 'tenant-1' },
      logger: createLogger('error', () => undefined),
    });
    const { adapter, context } = turn('msteams');
    const sent: Partial<Activity>[] = [];
    adapter.continueConversationAsync = async (...args: unknown[]): Promise<void> => {
      const logic = args[2];
      assert.equal(typeof logic, 'function');
      const agents = new TurnContext(adapter, { ...context.activity, conversation: { id: '19:agents@thread.tacv2', isGroup: true, name: 'agents', conversationType: 'channel' } });
      agents.onSendActivities(async (_context, activities) => {
        sent.push(...activities);
        return activities.map(() => ({ id: 'sent' }));
      });
      await (logic as (agentsContext: TurnContext) => Promise<void>)(agents);
    };
    await sender.send(context, summary, []);
    assert.equal(sent.length, 1);
    const card = JSON.stringify(sent[0]?.attachments?.[0]?.content);
    assert.ok(card.includes('New escalation from the CPK bot'), card);
    assert.ok(card.includes('Download fails with BlobCustomerSpecifiedEncryptionMismatch'), card);
  });
});
