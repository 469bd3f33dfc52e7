/**
 * The production adapter's middleware (`createAdapter`) with real concurrency and a loopback connector
 * (issue #21): turns of one conversation never overlap, turns of two conversations do, and an `expectReplies`
 * turn sends nothing to the channel's serviceUrl (no typing activity), while a normal slow turn shows typing.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity, TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/bot/createAdapter';
import { silentLogger } from '../../src/core/logging/logger';

/** A loopback stand-in for a channel connector: records the type of every activity posted to it. */
async function startConnector(): Promise<{ server: Server; url: string; posted: string[] }> {
  const posted: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      posted.push((JSON.parse(body === '' ? '{}' : body) as { type?: string }).type ?? '');
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `r${posted.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, posted };
}

function message(serviceUrl: string, conversationId: string, extra: Partial<Activity> = {}): Activity {
  return {
    type: 'message',
    id: `m-${Math.random()}`,
    text: 'hello',
    channelId: 'test',
    serviceUrl,
    from: { id: 'user', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
    conversation: { id: conversationId, isGroup: false, name: '', conversationType: 'personal' },
    ...extra,
  } as Activity;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the production adapter middleware', function () {
  this.timeout(30000);
  let connector: Awaited<ReturnType<typeof startConnector>>;

  before(async () => {
    connector = await startConnector();
  });
  after(async () => {
    await new Promise<void>((resolve) => connector.server.close(() => resolve()));
  });

  it('runs eight simultaneous turns of one conversation one at a time, and two conversations side by side', async () => {
    const adapter = createAdapter({}, silentLogger);
    const running = new Map<string, number>();
    const most = new Map<string, number>();
    // Each turn yields to the event loop several times, as a turn that reads state and writes files does.
    const logic = async (context: TurnContext): Promise<void> => {
      const id = context.activity.conversation.id;
      running.set(id, (running.get(id) ?? 0) + 1);
      most.set(id, Math.max(most.get(id) ?? 0, running.get(id) ?? 0));
      for (let step = 0; step < 5; step += 1) {
        await pause(2);
      }
      running.set(id, (running.get(id) ?? 0) - 1);
    };
    const across = Array.from({ length: 2 }, (_unused, index) => `side-${index}`);
    await Promise.all([
      ...Array.from({ length: 8 }, () => adapter.processActivityDirect('', message(connector.url, 'one', { deliveryMode: 'expectReplies' }), logic)),
      ...across.map((id) => adapter.processActivityDirect('', message(connector.url, id, { deliveryMode: 'expectReplies' }), logic)),
    ]);
    assert.equal(most.get('one'), 1, 'turns of one conversation overlapped');
    assert.equal(running.get('one'), 0);
    // The other conversations ran while "one" was busy: together the turns did overlap.
    const overlapped = await (async () => {
      let now = 0;
      let peak = 0;
      const probe = async (): Promise<void> => {
        now += 1;
        peak = Math.max(peak, now);
        await pause(5);
        now -= 1;
      };
      await Promise.all(['x', 'y'].map((id) => adapter.processActivityDirect('', message(connector.url, id, { deliveryMode: 'expectReplies' }), probe)));
      return peak;
    })();
    assert.equal(overlapped, 2, 'different conversations are not queued behind each other');
  });

  it('an expectReplies turn posts nothing to the serviceUrl (no typing); a normal slow turn shows typing there', async () => {
    const adapter = createAdapter({}, silentLogger);
    // Slower than the typing delay (400 ms), so the typing middleware would send "typing" during the turn.
    const slowReply = async (context: TurnContext): Promise<void> => {
      await pause(900);
      await context.sendActivity('done');
    };
    connector.posted.splice(0);
    await adapter.processActivityDirect('', message(connector.url, 'expect', { deliveryMode: 'expectReplies' }), slowReply);
    const duringExpectReplies = connector.posted.splice(0);
    assert.deepEqual(duringExpectReplies, [], 'nothing was posted to the channel during an expectReplies turn');
    await adapter.processActivityDirect('', message(connector.url, 'normal'), slowReply);
    assert.ok(connector.posted.includes('typing'), `typing shown on a normal turn: ${connector.posted.join(', ')}`);
    assert.ok(connector.posted.includes('message'));
  });
});
