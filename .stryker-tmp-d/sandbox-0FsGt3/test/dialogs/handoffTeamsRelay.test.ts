/**
 * The Teams agents' channel relay (issue #19, item 3) with Teams-shaped activities and a loopback connector
 * capture: one case card with Accept/Close per case, the engineer's replies in that card's thread go to the user,
 * the user's messages are posted into the thread, and Close brings the bot back. Run for a Teams user and a web
 * chat user alike.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startApp, type RunningApp } from '../../src/app';
import { CASE_TEXT } from '../../src/core/cases/caseViews';
import { type ConnectorCapture, type Posted, startConnectorCapture } from '../support/connectorCapture';
import { botOutputDirs, readAllFiles } from '../support/tempDir';
import { replyText } from '../support/testConversation';

const AGENTS = '19:agents@thread.tacv2';
const TENANT = 'tenant-1';

interface Reply {
  type?: string;
  text?: string;
}

const USERS = [
  { label: 'a Teams user', channelId: 'msteams', conversation: { conversationType: 'personal', tenantId: TENANT }, channelData: { tenant: { id: TENANT } } },
  { label: 'a web chat user', channelId: 'directline', conversation: {}, channelData: {} },
] as const;

describe('Teams agents\' channel: a case card per case, replies in its thread relayed both ways', function () {
  this.timeout(60_000);
  const output = botOutputDirs('teams-relay');
  let app: RunningApp | undefined;
  let capture: ConnectorCapture;

  before(async () => {
    capture = await startConnectorCapture();
    app = await startApp(
      { PORT: '0', LOG_LEVEL: 'warn', TEAMS_AGENTS_SERVICE_URL: capture.url, TEAMS_AGENTS_CONVERSATION_ID: AGENTS, TEAMS_AGENTS_TENANT_ID: TENANT, ...output.env },
      () => undefined,
    );
  });
  after(async () => {
    await app?.close();
    await capture.close();
    output.remove();
  });

  async function post(activity: Record<string, unknown>): Promise<Reply[]> {
    const response = await fetch(`${app!.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', id: `a${randomBytes(4).toString('hex')}`, serviceUrl: capture.url, deliveryMode: 'expectReplies', ...activity }),
    });
    assert.equal(response.status, 200);
    return ((await response.json()) as { activities: Reply[] }).activities.filter((reply) => reply.type !== 'typing');
  }

  /** An engineer's activity in the agents' channel thread of `rootId`, as Teams sends it. */
  function fromAgent(rootId: string, body: Record<string, unknown>): Promise<Reply[]> {
    return post({
      channelId: 'msteams',
      from: { id: '29:alex', name: 'Alex Rivera', aadObjectId: 'aad-alex' },
      recipient: { id: '28:cpk-bot', name: 'CPK bot' },
      conversation: { id: `${AGENTS};messageid=${rootId}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
      channelData: { teamsChannelId: AGENTS, teamsTeamId: '19:team@thread.tacv2', channel: { id: AGENTS }, team: { id: '19:team@thread.tacv2' }, tenant: { id: TENANT } },
      replyToId: rootId,
      ...body,
    });
  }

  for (const user of USERS) {
    it(`carries ${user.label}'s case: card, Accept, both ways through the thread, Close`, async () => {
      const conversationId = `${user.channelId}-${randomBytes(4).toString('hex')}`;
      const say = (body: Record<string, unknown>): Promise<Reply[]> =>
        post({ channelId: user.channelId, from: { id: `${user.channelId}-user`, name: 'Dana' }, recipient: { id: '28:cpk-bot', name: 'CPK bot' }, conversation: { id: conversationId, ...user.conversation }, channelData: user.channelData, ...body });
      const toUser = (match: (posted: Posted) => boolean): Promise<Posted> => capture.waitFor((item) => item.url.includes(conversationId) && match(item));
      const cardsBefore = capture.posted.filter((item) => item.url.startsWith(`/v3/conversations/${AGENTS}/activities`)).length;

      await say({ text: 'Download fails with BlobCustomerSpecifiedEncryptionMismatch' });
      await say({ text: 'talk to a human' });
      await say({ value: { cpk: 'handoff' } });
      const opened = await say({ value: { cpk: 'answer', answer: 'skip' } });
      assert.ok(opened.some((reply) => /An engineer will join this conversation/.test(replyText(reply))));

      const cards = capture.posted.filter((item) => item.url.startsWith(`/v3/conversations/${AGENTS}/activities`));
      assert.equal(cards.length, cardsBefore + 1, `one card per case in the agents' channel; posted: ${capture.posted.map((item) => item.url).join(', ')}`);
      const card = cards[cards.length - 1];
      const rootId = `posted-${capture.posted.indexOf(card) + 1}`;
      const caseId = /"cpk":"case","action":"accept","caseId":"([0-9a-f-]{36})"/.exec(JSON.stringify(card.body.attachments))?.[1];
      assert.ok(caseId !== undefined, 'the card carries Accept with the case id');
      assert.match(JSON.stringify(card.body.attachments), /"title":"Close"/);
      // Proactive posts carry the continuation's id as replyToId: the path may go on after /activities.
      const thread = `/v3/conversations/${AGENTS};messageid=${rootId}/activities`;

      const waiting = await say({ text: 'it started after a key rotation' });
      assert.deepEqual(waiting.map((reply) => reply.text), [CASE_TEXT.stillWaiting]);
      await capture.waitFor((item) => item.url.startsWith(thread) && item.body.text === 'User: it started after a key rotation');

      const early = await fromAgent(rootId, { text: '<at>CPK bot</at> hello', entities: [{ type: 'mention', text: '<at>CPK bot</at>', mentioned: { id: '28:cpk-bot', name: 'CPK bot' } }] });
      assert.deepEqual(early.map((reply) => reply.text), [CASE_TEXT.thread.acceptFirst], 'a reply before Accept is not relayed, and the engineer is told');

      assert.deepEqual(await fromAgent(rootId, { value: { cpk: 'case', action: 'accept', caseId } }), []);
      await toUser((item) => item.body.text === CASE_TEXT.joined('Alex Rivera'));
      await capture.waitFor((item) => item.url.startsWith(thread) && item.body.text === CASE_TEXT.thread.accepted('Alex Rivera'));

      await fromAgent(rootId, { text: '<at>CPK bot</at> Which key did you rotate to?', entities: [{ type: 'mention', text: '<at>CPK bot</at>', mentioned: { id: '28:cpk-bot', name: 'CPK bot' } }] });
      await toUser((item) => item.body.text === 'Alex Rivera (support): Which key did you rotate to?');

      const quiet = await say({ text: 'the one from Key Vault, version 3' });
      assert.deepEqual(quiet, [], 'the bot answers nothing while the engineer has the case');
      await capture.waitFor((item) => item.url.startsWith(thread) && item.body.text === 'User: the one from Key Vault, version 3');

      assert.deepEqual(await fromAgent(rootId, { value: { cpk: 'case', action: 'close', caseId } }), []);
      await toUser((item) => item.body.text === CASE_TEXT.back.agent);
      await capture.waitFor((item) => item.url.startsWith(thread) && item.body.text === CASE_TEXT.thread.closed('agent'));
      const late = await fromAgent(rootId, { text: 'one more thing' });
      assert.deepEqual(late.map((reply) => reply.text), [CASE_TEXT.thread.closedAlready]);

      const back = await say({ text: 'Which SDK versions support customer-provided keys?' });
      assert.ok(back.some((reply) => /SDK and REST versions/.test(replyText(reply))), 'the bot is back');
    });
  }

  it('records the engineer\'s words, named, in the user\'s transcript', async () => {
    await app!.close();
    app = undefined;
    const files = readAllFiles(output.dir).filter((file) => file.file.endsWith('.transcript') && /msteams-|directline-/.test(file.file));
    assert.equal(files.length, 2, readAllFiles(output.dir).map((file) => file.file).join(', '));
    for (const file of files) {
      assert.ok(file.text.includes('Alex Rivera (support): Which key did you rotate to?'), file.file);
    }
  });
});
