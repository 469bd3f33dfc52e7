// @ts-nocheck
import assert from 'node:assert/strict';
import { MAX_CLIENT_ACTIVITY_BYTES } from '../../src/directline/registerDirectLineBridge';
import { startBridgeApp, type BridgeApp } from './bridgeApp';
import { call, type Session, startSession } from './bridgeClient';

interface Activity {
  type: string;
  id: string;
  text?: string;
  replyToId?: string;
  from: { id: string; role?: string };
  attachments?: { contentType: string; content: { body: { text: string }[] } }[];
}
interface ActivitySet {
  activities: Activity[];
  watermark: string;
}
async function activities(app: BridgeApp, session: Session, watermark?: string): Promise<ActivitySet> {
  const query = watermark === undefined ? '' : `?watermark=${watermark}`;
  const response = await call(app, 'GET', `/v3/directline/conversations/${session.conversationId}/activities${query}`, session.token);
  assert.equal(response.status, 200);
  return (await response.json()) as ActivitySet;
}

async function say(app: BridgeApp, session: Session, activity: Record<string, unknown>): Promise<Response> {
  return call(app, 'POST', `/v3/directline/conversations/${session.conversationId}/activities`, session.token, activity);
}

/** The connector route prefix the bot uses: the bridge put the conversation's secret into its serviceUrl. */
function connectorPath(app: BridgeApp, conversationId: string): string {
  const secret = app.store.get(conversationId)?.connectorSecret ?? 'unknown-secret';
  return `/bridge/${secret}/v3/conversations/${conversationId}`;
}

const titleOf = (activity: Activity | undefined): string | undefined => activity?.attachments?.[0]?.content.body[0]?.text;

describe('local Direct Line bridge (Direct Line 3.0 client routes + connector routes, real CloudAdapter)', () => {
  let app: BridgeApp;
  beforeEach(async () => {
    app = await startBridgeApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('hands the page a token, a dl_ user id and the bridge path, never a secret', async () => {
    const response = await call(app, 'POST', '/api/directline/token');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = (await response.json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['conversationId', 'domain', 'expires_in', 'token', 'userId', 'webSocket']);
    assert.match(String(body.userId), /^dl_/);
    assert.equal(body.domain, '/v3/directline');
    assert.equal(body.webSocket, false);
    assert.equal(body.expires_in, 300);
  });

  it('starting the conversation sends conversationUpdate, and the bot welcome arrives with watermark 0', async () => {
    const session = await startSession(app);
    const set = await activities(app, session);
    assert.equal(set.watermark, '0');
    assert.equal(set.activities.length, 1);
    assert.equal(set.activities[0].from.id, 'cpk-support-bot');
    assert.equal(titleOf(set.activities[0]), 'CPK troubleshooting assistant');
    assert.match(set.activities[0].id, new RegExp(`^${session.conversationId}\\|`));
  });

  it('starting the same conversation again answers 200 and does not welcome twice', async () => {
    const session = await startSession(app);
    const again = await call(app, 'POST', '/v3/directline/conversations', session.token);
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as Session).conversationId, session.conversationId);
    assert.equal((await activities(app, session)).activities.length, 1);
  });

  it('a client without a token gets its own new conversation and token', async () => {
    const response = await call(app, 'POST', '/v3/directline/conversations');
    assert.equal(response.status, 201);
    const body = (await response.json()) as Session;
    assert.ok(body.conversationId.length > 10 && body.token.length > 30);
  });

  it('echoes the user activity under the conversation user id, then the bot reply to it; watermarks advance', async () => {
    const session = await startSession(app);
    const posted = await say(app, session, { type: 'message', text: 'How do I rotate a customer-provided key?', from: { id: 'someone-else' } });
    assert.equal(posted.status, 200);
    const { id } = (await posted.json()) as { id: string };
    const set = await activities(app, session, '0');
    assert.deepEqual(set.activities.map((activity) => activity.type), ['message', 'message']);
    const [echo, reply] = set.activities;
    assert.equal(echo.id, id);
    assert.equal(echo.from.id, session.userId, 'the token user wins over the claimed id');
    assert.equal(echo.text, 'How do I rotate a customer-provided key?');
    assert.equal(reply.replyToId, id);
    assert.equal(titleOf(reply), 'Rotate a customer-provided key');
    assert.equal(set.watermark, '2');
    assert.deepEqual((await activities(app, session, set.watermark)).activities, []);
  });

  it('a card button (Action.Submit value) reaches the bot and is answered', async () => {
    const session = await startSession(app);
    await say(app, session, { type: 'message', value: { cpk: 'intent', intent: 'sdk-versions' } });
    const set = await activities(app, session, '0');
    assert.equal(titleOf(set.activities.at(-1)), 'SDK and REST versions that support CPK');
  });

  it('answers 404 for an unknown conversation on the client routes, 403 on the connector routes (no secret fits it)', async () => {
    const session = await startSession(app);
    assert.equal((await call(app, 'GET', '/v3/directline/conversations/nope/activities', session.token)).status, 404);
    const secret = app.store.get(session.conversationId)?.connectorSecret ?? '';
    assert.equal((await call(app, 'POST', `/bridge/${secret}/v3/conversations/nope/activities`, undefined, { type: 'message', text: 'x' })).status, 403);
  });

  it("refuses a token for another conversation and a request without a token (403)", async () => {
    const mine = await startSession(app);
    const theirs = await startSession(app);
    assert.equal((await call(app, 'GET', `/v3/directline/conversations/${theirs.conversationId}/activities`, mine.token)).status, 403);
    assert.equal((await call(app, 'GET', `/v3/directline/conversations/${mine.conversationId}/activities`)).status, 403);
  });

  it('rejects an expired token (403 TokenExpired); a refreshed token keeps working', async () => {
    const session = await startSession(app);
    app.advance(4 * 60_000);
    const refreshed = await call(app, 'POST', '/v3/directline/tokens/refresh', session.token);
    assert.equal(refreshed.status, 200);
    const fresh = (await refreshed.json()) as Session;
    app.advance(2 * 60_000);
    const expired = await call(app, 'GET', `/v3/directline/conversations/${session.conversationId}/activities`, session.token);
    assert.equal(expired.status, 403);
    assert.equal(((await expired.json()) as { error: { code: string } }).error.code, 'TokenExpired');
    assert.equal((await call(app, 'POST', '/v3/directline/tokens/refresh', session.token)).status, 403);
    await activities(app, { ...session, token: fresh.token });
  });

  it('forgets an idle conversation after its time to live (403 on the connector route, even with its old secret)', async () => {
    const session = await startSession(app);
    const path = connectorPath(app, session.conversationId);
    app.advance(11 * 60_000);
    assert.equal((await call(app, 'POST', `${path}/activities`, undefined, { type: 'message' })).status, 403);
    assert.equal(app.store.size, 0);
  });

  it('answers 413 to an oversized activity and does not store it', async () => {
    const session = await startSession(app);
    const response = await say(app, session, { type: 'message', text: 'x'.repeat(MAX_CLIENT_ACTIVITY_BYTES + 1) });
    assert.equal(response.status, 413);
    assert.equal((await activities(app, session, '0')).activities.length, 0);
  });

  it('answers 400 to a body that is not an activity', async () => {
    const session = await startSession(app);
    assert.equal((await say(app, session, { text: 'no type' })).status, 400);
  });

  it('keeps the number of conversations bounded under a token flood, and the active chat keeps working', async () => {
    const first = await startSession(app);
    const statuses: number[] = [];
    for (let index = 0; index < 60; index += 1) {
      statuses.push((await call(app, 'POST', '/api/directline/token')).status);
    }
    assert.ok(app.store.size <= 20, String(app.store.size));
    assert.ok(statuses.includes(429), 'the flood is refused once its rate is spent');
    assert.equal((await call(app, 'GET', `/v3/directline/conversations/${first.conversationId}/activities`, first.token)).status, 200);
  });

  it('keeps only the latest activities of a conversation; the watermark still counts every one', async () => {
    const session = await startSession(app);
    for (let index = 1; index <= 25; index += 1) {
      const response = await call(app, 'POST', `${connectorPath(app, session.conversationId)}/activities`, undefined, { type: 'message', text: `n${index}` });
      assert.equal(response.status, 200);
    }
    const set = await activities(app, session);
    assert.equal(set.activities.length, 10);
    assert.equal(set.activities.at(-1)?.text, 'n25');
    assert.equal(set.watermark, '25');
  });

  it('a connector PUT replaces the activity under the same id and polling clients see the new version', async () => {
    const session = await startSession(app);
    const welcome = (await activities(app, session)).activities[0];
    const put = await call(app, 'PUT', `${connectorPath(app, session.conversationId)}/activities/${encodeURIComponent(welcome.id)}`, undefined, { type: 'message', text: 'updated' });
    assert.equal(put.status, 200);
    const set = await activities(app, session, '0');
    assert.deepEqual(set.activities.map((activity) => [activity.id, activity.text]), [[welcome.id, 'updated']]);
    assert.equal((await activities(app, session)).activities.length, 1);
    assert.equal((await call(app, 'PUT', `${connectorPath(app, session.conversationId)}/activities/unknown`, undefined, { type: 'message' })).status, 404);
  });

  it('logs no token', async () => {
    const session = await startSession(app);
    await say(app, session, { type: 'message', text: 'hello' });
    assert.ok(!app.logs.some((line) => line.includes(session.token)));
  });
});
