// @ts-nocheck
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApp, type RunningApp } from '../../src/app';
import { botOutputDirs } from '../support/tempDir';
import { validateAdaptiveCard } from '../support/validateAdaptiveCard';
import { actionTitles } from '../support/testConversation';

const BOT = { id: '28:cpk-bot-app-id', name: 'CPK Bot' };
const QUESTION = 'How do I rotate a customer-provided key?';

interface Posted {
  method: string;
  path: string;
  body: {
    type: string;
    text?: string;
    summary?: string;
    replyToId?: string;
    conversation?: { id: string };
    attachments?: { contentType: string; content: Record<string, unknown> & { version?: string; body: { text: string }[] } }[];
  };
}

/** A loopback stand-in for the Teams connector (the serviceUrl the bot replies to). */
class Connector {
  readonly posted: Posted[] = [];
  private server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
    });
    req.on('end', () => {
      this.posted.push({ method: req.method ?? '', path: decodeURIComponent(req.url ?? ''), body: JSON.parse(raw || '{}') as Posted['body'] });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${this.posted.length}` }));
    });
  });
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  messages(): Posted[] {
    return this.posted.filter((item) => item.body.type === 'message');
  }
}

function teamsActivity(connector: Connector, scope: 'channel' | 'groupChat' | 'personal', id: string): Record<string, unknown> {
  const mention = `<at>${BOT.name}</at>`;
  const conversation =
    scope === 'channel'
      ? { id: '19:abc123@thread.tacv2;messageid=1700000000001', conversationType: 'channel', isGroup: true, tenantId: 't1' }
      : scope === 'groupChat'
        ? { id: '19:meeting_xyz@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: 't1' }
        : { id: 'a:1personal-chat', conversationType: 'personal', tenantId: 't1' };
  return {
    type: 'message',
    id,
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: '29:user-1', name: 'Ada', aadObjectId: 'u1' },
    recipient: BOT,
    conversation,
    text: scope === 'personal' ? QUESTION : `${mention} ${QUESTION}`,
    entities: scope === 'personal' ? [] : [{ type: 'mention', text: mention, mentioned: BOT }],
    channelData: scope === 'channel' ? { tenant: { id: 't1' }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:abc123@thread.tacv2' } } : { tenant: { id: 't1' } },
  };
}

describe('Teams: channel, group chat and personal scope give the same answer (real CloudAdapter, stand-in connector)', () => {
  const output = botOutputDirs('teams-scopes');
  const connector = new Connector();
  let app: RunningApp;
  const replies = new Map<string, Posted>();

  before(async () => {
    await connector.start();
    app = await startApp({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...output.env }, () => undefined);
    for (const scope of ['channel', 'groupChat', 'personal'] as const) {
      const before = connector.messages().length;
      const response = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(teamsActivity(connector, scope, `in-${scope}`)),
      });
      assert.equal(response.status, 200, scope);
      const sent = connector.messages().slice(before);
      assert.equal(sent.length, 1, `${scope}: one reply`);
      replies.set(scope, sent[0]);
    }
  });
  after(async () => {
    await app.close();
    output.remove();
    await connector.stop();
  });

  it('answers the question after removing the @mention (channel and group chat)', () => {
    for (const scope of ['channel', 'groupChat', 'personal']) {
      assert.equal(replies.get(scope)?.body.attachments?.[0]?.content.body[0]?.text, 'Rotate a customer-provided key', scope);
    }
  });

  it('matching sees the text without the mention: a bot named "Lost Key Bot" asked "help" answers help', async () => {
    const bot = { id: '28:lost-key-bot', name: 'Lost Key Bot' };
    const ask = async (withMentionEntity: boolean): Promise<string | undefined> => {
      const before = connector.messages().length;
      const activity = {
        ...teamsActivity(connector, 'channel', `help-${String(withMentionEntity)}`),
        recipient: bot,
        text: '<at>Lost Key Bot</at> help',
        entities: withMentionEntity ? [{ type: 'mention', text: '<at>Lost Key Bot</at>', mentioned: bot }] : [],
      };
      await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      return connector.messages().slice(before)[0]?.body.attachments?.[0]?.content.body[0]?.text;
    };
    assert.equal(await ask(true), 'What I can help with');
    // Control: the same text with no mention entity is not cleaned, and is not understood as "help".
    assert.notEqual(await ask(false), 'What I can help with');
  });

  it('the card is identical in every scope', () => {
    const cards = ['channel', 'groupChat', 'personal'].map((scope) => JSON.stringify(replies.get(scope)?.body.attachments?.[0]?.content));
    assert.equal(cards[0], cards[1]);
    assert.equal(cards[0], cards[2]);
  });

  it('a channel reply stays in the thread: posted to the thread conversation as a reply to the message', () => {
    const reply = replies.get('channel')!;
    assert.equal(reply.method, 'POST');
    assert.equal(reply.path, '/v3/conversations/19:abc123@thread.tacv2;messageid=1700000000001/activities/in-channel');
    assert.equal(reply.body.conversation?.id, '19:abc123@thread.tacv2;messageid=1700000000001');
    assert.equal(reply.body.replyToId, 'in-channel');
  });

  it('the card is Adaptive Card 1.5 and valid for Teams (no Media, no action styles Teams lacks)', () => {
    const card = replies.get('channel')!.body.attachments![0].content;
    assert.equal(card.version, '1.5');
    assert.deepEqual(validateAdaptiveCard(card), []);
    const json = JSON.stringify(card);
    assert.ok(!json.includes('"Media"') && !/"style":"(positive|destructive)"/.test(json));
  });

  it('Teams gets the card with no text copy above it, a short summary, and action titles of at most 32 characters', () => {
    const body = replies.get('channel')!.body;
    assert.equal(body.text, undefined);
    assert.ok((body.summary ?? '').length > 0 && (body.summary ?? '').length <= 160, `summary: ${body.summary ?? ''}`);
    const titles = actionTitles(body.attachments);
    assert.ok(titles.length >= 4);
    assert.deepEqual(titles.filter((title) => title.length > 32), []);
  });
});
