// @ts-nocheck
import assert from 'node:assert/strict';
import { startApp, type RunningApp } from '../../src/app';
import { botOutputDirs } from '../support/tempDir';

interface Replies {
  activities: { type: string; text?: string; attachments?: { content: { body: { text: string }[] } }[] }[];
}

function activity(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message',
    id: `a${Math.random()}`,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9',
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    conversation: { id: `conv-${Math.random()}` },
    deliveryMode: 'expectReplies',
    ...overrides,
  };
}

async function post(app: RunningApp, body: unknown, raw = false): Promise<Response> {
  return fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ? (body as string) : JSON.stringify(body),
  });
}

describe('HTTP server (real restify + CloudAdapter on a free port)', () => {
  const output = botOutputDirs('http-server');
  let app: RunningApp;
  const logs: string[] = [];

  before(async () => {
    app = await startApp({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...output.env }, (line) => logs.push(line));
  });
  after(async () => {
    await app.close();
    output.remove();
  });

  it('GET /healthz answers JSON with the version and knowledge status', async () => {
    const response = await fetch(`${app.url}/healthz`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; version: string; knowledge: { intents: number } };
    assert.equal(body.status, 'ok');
    assert.match(body.version, /^\d+\.\d+\.\d+/);
    assert.ok(body.knowledge.intents >= 12);
  });

  it('POST /api/messages with expectReplies returns every reply of the turn in the body', async () => {
    const response = await post(app, activity({ text: 'Which SDK versions support customer-provided keys?' }));
    assert.equal(response.status, 200);
    const body = (await response.json()) as Replies;
    const messages = body.activities.filter((item) => item.type === 'message');
    assert.equal(messages.length, 1);
    assert.equal(messages[0].attachments?.[0]?.content.body[0]?.text, 'SDK and REST versions that support CPK');
    assert.ok(!body.activities.some((item) => item.type === 'trace'), 'no state-snapshot traces leave the bot');
  });

  it('an Emulator-shaped message gets one reply: the card alone, with a short summary (issue #14)', async () => {
    const emulator = activity({
      channelId: 'emulator',
      text: 'getProperties returns 409 BlobUsesCustomerSpecifiedEncryption',
      from: { id: 'r_1', name: 'User', role: 'user' },
      recipient: { id: 'bot-id', name: 'Bot', role: 'bot' },
      locale: 'en-US',
      localTimestamp: new Date().toISOString(),
      entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true }],
    });
    const body = (await (await post(app, emulator)).json()) as Replies & { activities: { summary?: string }[] };
    const messages = body.activities.filter((item) => item.type === 'message');
    assert.equal(messages.length, 1);
    assert.equal(messages[0].text, undefined, 'no text copy beside the card');
    assert.equal(messages[0].attachments?.[0]?.content.body[0]?.text, 'This blob needs its key (409)');
    assert.ok((body.activities[0].summary ?? '').length > 0);
  });

  it('a channel without cards gets one plain-text reply with every section written out (issue #14)', async () => {
    const body = (await (await post(app, activity({ channelId: 'slack', text: '400 InvalidHeaderValue when I send x-ms-encryption-key' }))).json()) as {
      activities: { type: string; text?: string; textFormat?: string; attachments?: unknown[] }[];
    };
    const messages = body.activities.filter((item) => item.type === 'message');
    assert.equal(messages.length, 1);
    assert.equal(messages[0].attachments, undefined);
    assert.equal(messages[0].textFormat, 'plain');
    assert.match(messages[0].text ?? '', /^Error: InvalidHeaderValue/);
    assert.match(messages[0].text ?? '', /\n {4}\S/, 'code is an indented block');
    assert.match(messages[0].text ?? '', /Learn more:\n- /);
  });

  it('keeps conversation state between HTTP turns (second fallback offers a human)', async () => {
    const conversation = { id: 'conv-state' };
    await post(app, activity({ text: 'zzzq wibble', conversation }));
    const second = (await (await post(app, activity({ text: 'flurb blorp', conversation }))).json()) as Replies;
    assert.match(JSON.stringify(second), /"cpk":"handoff"/);
  });

  const rejected: [string, unknown, boolean][] = [
    ['invalid JSON', '{"type": "message", ', true],
    ['a JSON array', [1, 2], false],
    ['a JSON string', '"hello"', true],
  ];
  for (const [name, body, raw] of rejected) {
    it(`answers 4xx to ${name} and keeps running`, async () => {
      const response = await post(app, body, raw);
      assert.ok(response.status >= 400 && response.status < 500, `status ${response.status}`);
      assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
    });
  }

  it('answers 413 to a body over the size limit', async () => {
    const response = await post(app, activity({ text: 'x'.repeat(400 * 1024) }));
    assert.equal(response.status, 413);
  });

  for (const missing of ['from', 'conversation']) {
    it(`an activity without ${missing} gets a 4xx, not a crash`, async () => {
      const body = activity({ text: 'hello' });
      delete body[missing];
      const response = await post(app, body);
      assert.ok(response.status >= 400 && response.status < 500, `status ${response.status}`);
      const ok = await post(app, activity({ text: 'hello' }));
      assert.equal(ok.status, 200);
    });
  }

  it('logs no 5xx for any of the above', () => {
    assert.ok(!logs.some((line) => line.includes('"request failed"')), logs.filter((l) => l.includes('failed')).join('\n'));
  });
});
