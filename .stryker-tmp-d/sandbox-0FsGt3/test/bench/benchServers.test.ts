// @ts-nocheck
import assert from 'node:assert/strict';
import path from 'node:path';
import { startChildServer } from '../../bench/childServer';
import { turnBody } from '../../bench/turnMix';
import { projectRoot } from '../../src/paths';

/**
 * The benchmark's reference servers (issue #8) start as the benchmark starts them and answer its traffic, so a
 * change to the bot's building blocks cannot quietly break `npm run bench`. Loopback only; no timing asserted.
 */
describe('benchmark reference servers', function () {
  this.timeout(60000);

  async function firstReply(script: string, index: number): Promise<{ text?: string; title?: string }> {
    const server = await startChildServer(path.join(projectRoot, 'dist', 'bench', script));
    try {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: turnBody(index, 1),
      });
      assert.equal(response.status, 200);
      const body = (await response.json()) as { activities: { text?: string; attachments?: { content: { body: { text: string }[] } }[] }[] };
      const reply = body.activities[0];
      return { text: reply?.text, title: reply?.attachments?.[0]?.content.body[0]?.text };
    } finally {
      await server.stop();
    }
  }

  it('the echo floor echoes the text', async () => {
    const reply = await firstReply('echoBot.js', 1);
    assert.equal(reply.text, 'You said: How do I rotate a customer-provided key?');
  });

  it('the match-and-card bot answers with the matched intent card, and out of scope with the fallback card', async () => {
    assert.equal((await firstReply('matchCardBot.js', 1)).title, 'Rotate a customer-provided key');
    assert.equal((await firstReply('matchCardBot.js', 8)).title, 'Outside what I cover');
  });
});
