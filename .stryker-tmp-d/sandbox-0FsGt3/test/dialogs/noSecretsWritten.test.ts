/**
 * Property-style test (issue #6, item 5): random keys, SAS URLs, account keys and tokens are pasted into real
 * conversations over HTTP (including feedback comments, unanswered questions and an escalation note); afterwards
 * every file the bot wrote and every log line captured is scanned for them. None may be found.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { makeTempDir, readAllFiles, removeDir } from '../support/tempDir';

/** A small seeded generator so a failure can be replayed from the seed in the test name. */
function generator(seed: number): (size: number) => Buffer {
  let state = seed >>> 0;
  return (size) => {
    const bytes = Buffer.alloc(size);
    for (let index = 0; index < size; index += 1) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      bytes[index] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
    }
    return bytes;
  };
}

interface Pasted {
  text: string;
  /** Forms of the secret that must not appear in anything written. */
  forbidden: string[];
}

function secretsFor(random: (size: number) => Buffer): Pasted[] {
  const key = random(32);
  const b64 = key.toString('base64');
  const hex = key.toString('hex');
  const sig = random(32).toString('base64');
  const accountKey = random(64).toString('base64');
  const token = random(30).toString('base64url');
  return [
    { text: `my key is ${b64} and reads fail`, forbidden: [b64] },
    { text: `x-ms-encryption-key: ${b64}`, forbidden: [b64] },
    { text: JSON.stringify({ encryptionKey: b64, note: 'from my config' }), forbidden: [b64] },
    { text: `<Error><Code>InvalidHeaderValue</Code><HeaderName>x-ms-encryption-key</HeaderName><HeaderValue>${b64}</HeaderValue></Error>`, forbidden: [b64] },
    { text: `the key:\n${b64.slice(0, 22)}\n${b64.slice(22)}`, forbidden: [b64, b64.slice(0, 22), b64.slice(22, 43)] },
    { text: `hex key ${hex}`, forbidden: [hex] },
    { text: `encoded ${encodeURIComponent(b64)}`, forbidden: [b64, encodeURIComponent(b64)] },
    { text: `https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&sr=b&sp=r&sig=${encodeURIComponent(sig)}`, forbidden: [sig, encodeURIComponent(sig)] },
    { text: `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${accountKey};EndpointSuffix=core.windows.net`, forbidden: [accountKey] },
    { text: `Authorization: Bearer ${token}`, forbidden: [token] },
  ];
}

describe('no secret reaches any file or log the bot writes (property-style)', () => {
  const SEED = 20260601;
  let dir: string;
  let app: RunningApp;
  const logs: string[] = [];
  const forbidden: string[] = [];
  const replies: string[] = [];

  before(async () => {
    dir = makeTempDir('secrets');
    app = await startApp(
      { PORT: '0', LOG_LEVEL: 'debug', TRANSCRIPT_DIR: path.join(dir, 'transcripts'), FEEDBACK_DIR: path.join(dir, 'feedback') },
      (line) => logs.push(line),
    );
  });
  after(async () => {
    await app.close();
    removeDir(dir);
  });

  async function say(conversationId: string, body: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: `a${Math.random()}`, channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9',
        from: { id: 'user-1', role: 'user' }, recipient: { id: 'bot' }, conversation: { id: conversationId }, deliveryMode: 'expectReplies',
        ...body,
      }),
    });
    assert.equal(response.status, 200);
    replies.push(await response.text());
  }

  it(`pastes secrets into 8 conversations (seed ${SEED}), then finds none in transcripts, feedback or logs`, async () => {
    const random = generator(SEED);
    for (let index = 0; index < 8; index += 1) {
      const conversationId = `secrets-${index}`;
      const pasted = secretsFor(random);
      forbidden.push(...pasted.flatMap((entry) => entry.forbidden));
      for (const entry of pasted) {
        await say(conversationId, { text: entry.text });
      }
      // Feedback with a comment holding a secret, then an escalation whose note holds one.
      await say(conversationId, { text: 'How do I rotate a customer-provided key?' });
      await say(conversationId, { value: { cpk: 'feedback', intent: 'rotate-key', helpful: false } });
      await say(conversationId, { text: `did not help, my key ${pasted[0]?.forbidden[0] ?? ''}` });
      await say(conversationId, { text: 'talk to a human' });
      await say(conversationId, { value: { cpk: 'handoff' } });
      await say(conversationId, { text: pasted[index % pasted.length]?.text ?? '' });
    }
    await app.close();
    app = await startApp({ PORT: '0', TRANSCRIPT_DIR: path.join(dir, 'transcripts'), FEEDBACK_DIR: path.join(dir, 'feedback') }, () => undefined);
    const files = readAllFiles(dir);
    assert.ok(files.filter((file) => file.file.endsWith('.transcript')).length >= 8, 'one transcript per conversation');
    assert.ok(files.some((file) => file.file.endsWith('feedback.jsonl')), 'feedback was recorded');
    assert.ok(logs.length > 50, 'logs were captured');
    const haystacks = [...files.map((file) => ({ where: file.file, text: file.text })), { where: 'logs', text: logs.join('\n') }, { where: 'replies', text: replies.join('\n') }];
    for (const secret of forbidden) {
      for (const { where, text } of haystacks) {
        assert.ok(!text.includes(secret), `a secret (${secret.slice(0, 6)}…) was found in ${where}`);
      }
    }
    const transcriptText = files.filter((file) => file.file.endsWith('.transcript')).map((file) => file.text).join('\n');
    assert.match(transcriptText, /\[key sha256=/, 'keys were replaced by their fingerprint marker');
    assert.match(transcriptText, /handoff\.initiate/, 'the escalation is in the transcript');
  });
});
