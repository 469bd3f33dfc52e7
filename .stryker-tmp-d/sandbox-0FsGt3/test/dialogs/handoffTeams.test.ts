// @ts-nocheck
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApp, type RunningApp } from '../../src/app';
import { makeTempDir, removeDir } from '../support/tempDir';
import { replyText } from '../support/testConversation';
import { CASE_TEXT } from '../../src/core/cases/caseViews';

interface Posted {
  url: string;
  body: { type?: string; text?: string; attachments?: { contentType: string; content: { body: { text: string }[] } }[] };
}

/** A loopback stand-in for the Teams connector: records every activity the bot posts to it. */
async function startConnector(): Promise<{ server: Server; url: string; posted: Posted[] }> {
  const posted: Posted[] = [];
  const read = async (request: IncomingMessage): Promise<string> => {
    let text = '';
    for await (const chunk of request) {
      text += String(chunk);
    }
    return text;
  };
  const server = createServer((request, response) => {
    void read(request).then((text) => {
      posted.push({ url: request.url ?? '', body: JSON.parse(text === '' ? '{}' : text) as Posted['body'] });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `posted-${posted.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, posted };
}

/** Sends one Teams personal-chat message to the bot with expectReplies and returns its replies. */
async function sayOnTeams(app: RunningApp, serviceUrl: string, conversationId: string, body: Record<string, unknown>): Promise<Posted['body'][]> {
  const response = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `a${Math.random()}`,
      channelId: 'msteams',
      serviceUrl,
      from: { id: '29:user', name: 'User' },
      recipient: { id: '28:bot', name: 'CPK bot' },
      conversation: { id: conversationId, tenantId: 'tenant-1', conversationType: 'personal' },
      channelData: { tenant: { id: 'tenant-1' } },
      deliveryMode: 'expectReplies',
      ...body,
    }),
  });
  assert.equal(response.status, 200);
  return ((await response.json()) as { activities: Posted['body'][] }).activities;
}

/** A mismatch question, "talk to a human", the confirmation and "skip" for the note: the replies to the last. */
async function escalate(say: (body: Record<string, unknown>) => Promise<Posted['body'][]>): Promise<Posted['body'][]> {
  await say({ text: 'Download fails with BlobCustomerSpecifiedEncryptionMismatch' });
  await say({ text: 'talk to a human' });
  await say({ value: { cpk: 'handoff' } });
  return say({ value: { cpk: 'answer', answer: 'skip' } });
}

describe('handoff on Teams: the summary card goes to the agents\' conversation, no event activity', () => {
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let app: RunningApp;
  let dir: string;
  const logs: string[] = [];

  before(async () => {
    connector = await startConnector();
    dir = makeTempDir('teams');
    app = await startApp(
      {
        PORT: '0',
        TRANSCRIPT_DIR: `${dir}/transcripts`,
        FEEDBACK_DIR: `${dir}/feedback`,
        TEAMS_AGENTS_SERVICE_URL: connector.url,
        TEAMS_AGENTS_CONVERSATION_ID: '19:agents@thread.tacv2',
        TEAMS_AGENTS_TENANT_ID: 'tenant-1',
      },
      (line) => logs.push(line),
    );
  });
  after(async () => {
    await app.close();
    await new Promise<void>((resolve) => connector.server.close(() => resolve()));
    removeDir(dir);
  });

  const say = (body: Record<string, unknown>): Promise<Posted['body'][]> => sayOnTeams(app, connector.url, 'a:personal-chat', body);

  it('posts one case card with Accept and Close to the configured agents\' conversation and tells the user', async () => {
    const replies = await escalate(say);
    assert.ok(replies.every((reply) => reply.type !== 'event'), 'no event activity on Teams');
    assert.ok(replies.some((reply) => /An engineer will join this conversation/.test(replyText(reply))), 'the user is told');
    const toAgents = connector.posted.filter((entry) => entry.url.includes(encodeURIComponent('19:agents@thread.tacv2')));
    assert.ok(!logs.some((line) => line.includes('"level":"error"')), logs.join('\n'));
    assert.equal(toAgents.length, 1, `posted: ${connector.posted.map((entry) => entry.url).join(', ')}`);
    const card = toAgents[0]?.body.attachments?.[0];
    assert.equal(card?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.equal(card?.content.body[0]?.text, 'New escalation from the CPK bot');
    assert.match(JSON.stringify(card?.content), /BlobCustomerSpecifiedEncryptionMismatch/);
    assert.match(JSON.stringify(card?.content), /"text":"User"/, 'the agents see who to contact');
    assert.match(JSON.stringify(card?.content), /"title":"Accept".*"title":"Close"/, 'the card has Accept and Close');
    const waiting = await say({ text: 'hello?' });
    assert.deepEqual(waiting.map((reply) => replyText(reply)), [CASE_TEXT.stillWaiting], 'each message is acknowledged while the case waits');
  });
});

describe('handoff on Teams with no agents\' conversation configured: the user is told, and the bot keeps answering', () => {
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let app: RunningApp;
  let dir: string;
  const logs: string[] = [];

  before(async () => {
    connector = await startConnector();
    dir = makeTempDir('teams-no-agents');
    // A desk key under 32 characters keeps the desk off: with no Teams agents' channel either, no engineer is reachable.
    app = await startApp({ PORT: '0', TRANSCRIPT_DIR: `${dir}/transcripts`, FEEDBACK_DIR: `${dir}/feedback`, AGENT_DESK_KEY: 'too-short' }, (line) => logs.push(line));
  });
  after(async () => {
    await app.close();
    await new Promise<void>((resolve) => connector.server.close(() => resolve()));
    removeDir(dir);
  });

  const say = (body: Record<string, unknown>): Promise<Posted['body'][]> => sayOnTeams(app, connector.url, 'a:personal-chat-2', body);

  it('says up front that no engineer is reachable, with the portal path, before asking anything; posts nothing anywhere', async () => {
    await say({ text: 'Download fails with BlobCustomerSpecifiedEncryptionMismatch' });
    const replies = await say({ text: 'talk to a human' });
    assert.match(replyText(replies[0]), /No support engineer is reachable from this chat/);
    assert.match(replyText(replies[0]), /Help \+ support > Create a support request/);
    assert.ok(!replies.some((reply) => /Anything the engineer should know|Talk to a support engineer\?|will join/.test(replyText(reply))), 'no note asked, no engineer promised');
    assert.ok(replies.some((reply) => /This is what I'll pass on/.test(replyText(reply))), 'the summary to paste into the request');
    assert.deepEqual(connector.posted.map((entry) => entry.url), [], 'nothing posted to any Teams conversation');
    const next = await say({ text: 'what is a customer-provided key?' });
    assert.ok(next.length > 0 && !next.some((reply) => reply.text === CASE_TEXT.stillWaiting), 'the bot answers: there is no case');
  });

});
