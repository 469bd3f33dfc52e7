// @ts-nocheck
import assert from 'node:assert/strict';
import { startApp, type RunningApp } from '../../src/app';
import { firstCardTitle, messageActivity, postActivity, repliesOf } from '../support/activities';
import { botOutputDirs } from '../support/tempDir';
import { realKnowledge } from '../support/testConversation';

const CONVERSATIONS = 200;
const TURNS = 15;

type Turn = { text?: string; value?: unknown; expect: (replies: string) => string | undefined };

const titleIs = (intent: string) => {
  const title = realKnowledge().intents.get(intent)!.title;
  return (replies: string): string | undefined => (replies.includes(`"text":"${title}"`) ? undefined : `expected the ${intent} card`);
};
const offersHuman = (replies: string): string | undefined => (replies.includes('"cpk":"handoff"') ? undefined : 'expected a "Talk to a human" offer');

/**
 * The 15 turns every conversation goes through; a key check starts in turn 3 and continues in turn 4, and turns
 * 5-6 prove per-conversation state (the second fallback in a row offers a human).
 */
const SCRIPT: Turn[] = [
  { text: 'hi', expect: titleIs('greeting') },
  { text: 'I lost my customer-provided key, can Azure get it back?', expect: titleIs('lost-key') },
  { text: 'check my key', expect: (r) => (r.includes('"text":"Check my key and hash"') ? undefined : 'expected the key check to start') },
  {
    // The Azure SDKs' published test vector (public): the check started in turn 3 must continue here.
    text: 'x-ms-encryption-key: MDEyMzQ1NjcwMTIzNDU2NzAxMjM0NTY3MDEyMzQ1Njc=\nx-ms-encryption-key-sha256: 3QFFFpRA5+XANHqwwbT4yXDmrT/2JaLt/FKHjzhOdoE=',
    expect: (r) => (r.includes('Result: PASS') ? undefined : 'expected the key check result in turn 4'),
  },
  { text: 'qwzx vbnm', expect: (r) => (r.includes('"cpk":"handoff"') ? 'first fallback must not offer a human yet' : undefined) },
  { text: 'plokij uhyg', expect: offersHuman },
  { text: 'Download fails with BlobCustomerSpecifiedEncryptionMismatch', expect: titleIs('error-key-mismatch') },
  { text: 'getProperties returns 409 BlobUsesCustomerSpecifiedEncryption', expect: titleIs('error-key-missing') },
  { text: 'I get InvalidHeaderValue when I upload with an encryption key', expect: titleIs('error-invalid-header') },
  { text: 'help', expect: titleIs('help') },
  { text: 'what is the weather in Paris tomorrow', expect: (r) => (r.includes('"cpk":"intent"') ? undefined : 'expected an out-of-scope card') },
  { value: { cpk: 'intent', intent: 'lost-key' }, expect: titleIs('lost-key') },
  { text: 'start over', expect: (r) => (r.includes('CPK troubleshooting assistant') ? undefined : 'expected the welcome card') },
  { text: 'thanks a lot', expect: titleIs('thanks') },
  { text: 'bye', expect: titleIs('goodbye') },
];

describe(`hardening: load and soak, ${CONVERSATIONS} concurrent conversations x ${TURNS} turns`, function () {
  const output = botOutputDirs('load-soak');
  this.timeout(180000);
  let app: RunningApp;

  before(async () => {
    app = await startApp({ PORT: '0', LOG_LEVEL: 'error', ...output.env });
  });
  after(async () => {
    await app.close();
    output.remove();
  });

  it('answers every turn with the right card and keeps each conversation’s state, with zero errors', async () => {
    assert.equal(SCRIPT.length, TURNS);
    const errors: string[] = [];
    const conversation = async (index: number): Promise<void> => {
      const ids = { conversation: { id: `soak-${index}` }, from: { id: `soak-user-${index}` } };
      for (const [turnIndex, turn] of SCRIPT.entries()) {
        const response = await postActivity(app, messageActivity({ ...ids, text: turn.text, value: turn.value }));
        if (response.status !== 200) {
          errors.push(`conversation ${index} turn ${turnIndex + 1}: HTTP ${response.status}`);
          return;
        }
        const replies = await repliesOf(response);
        const problem = turn.expect(JSON.stringify(replies));
        if (problem !== undefined) {
          errors.push(`conversation ${index} turn ${turnIndex + 1}: ${problem} (got "${firstCardTitle(replies) ?? 'no card'}")`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONVERSATIONS }, (_unused, index) => conversation(index)));
    assert.deepEqual(errors.slice(0, 10), [], `${errors.length} errors`);
  });
});
