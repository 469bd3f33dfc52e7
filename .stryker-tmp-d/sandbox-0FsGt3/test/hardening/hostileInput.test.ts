// @ts-nocheck
import assert from 'node:assert/strict';
import { startApp, type RunningApp } from '../../src/app';
import { firstCardTitle, messageActivity, postActivity, repliesOf } from '../support/activities';
import { botOutputDirs } from '../support/tempDir';

/** A small deterministic PRNG so a failing case can be reproduced from its index. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function nested(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let level = 0; level < depth; level += 1) {
    value = { cpk: 'intent', inner: value };
  }
  return value;
}

const INJECTIONS = [
  '[click here](https://evil.example/phish) to fix InvalidHeaderValue',
  '![pixel](https://evil.example/track.png) BlobUsesCustomerSpecifiedEncryption',
  '**URGENT** <a href="https://evil.example">rotate key</a>',
  'x-ms-version: 2018-03-28 [docs](https://evil.example/docs)',
  '{{DATE(2017-02-14T06:08:39Z,SHORT)}} https://evil.example/raw',
];

type Case = { name: string; body: unknown; allow5xx?: boolean };

/** Generates one hostile request per index; kinds cycle so every kind is covered many times. */
function hostileCase(index: number): Case {
  const next = random(index + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const kind = index % 10;
  switch (kind) {
    case 0: {
      const type = pick(['', 'foo', 123, null, 'event', 'messageReaction', 'endOfConversation', 'installationUpdate', 'typing', 'conversationUpdate', 'invoke']);
      // An unhandled invoke answers 501 by the Bot Framework's own definition.
      return { name: `wrong type ${String(type)}`, body: messageActivity({ type, text: 'hi' }), allow5xx: type === 'invoke' };
    }
    case 1: {
      const body = messageActivity({ text: 'rotate key' });
      for (const field of ['type', 'from', 'conversation', 'recipient', 'channelId', 'serviceUrl', 'id']) {
        if (next() < 0.4) {
          delete body[field];
        }
      }
      return { name: 'missing fields', body };
    }
    case 2: {
      const field = pick(['from', 'conversation', 'text', 'value', 'entities', 'attachments', 'recipient', 'channelData', 'locale']);
      const bad = pick(['x', 42, [], { id: { nested: true } }, true, null]);
      return { name: `${field} of wrong type`, body: messageActivity({ [field]: bad }) };
    }
    case 3:
      return { name: 'huge text', body: messageActivity({ text: 'InvalidHeaderValue '.repeat(5000 + Math.floor(next() * 5000)) }) };
    case 4:
      return {
        name: 'huge attachments',
        body: messageActivity({ text: 'hi', attachments: Array.from({ length: 50 }, () => ({ contentType: 'text/plain', content: 'A'.repeat(2000) })) }),
      };
    case 5: {
      if (next() < 0.1) {
        // 100,000 levels of arrays, raw, within the body limit: the parser and the adapter must not overflow.
        const raw = JSON.stringify(messageActivity({ value: 'DEEP' })).replace('"DEEP"', '['.repeat(100000) + ']'.repeat(100000));
        return { name: 'very deeply nested value (raw)', body: raw };
      }
      return { name: 'deeply nested value', body: messageActivity({ value: nested(10 + Math.floor(next() * 4000)) }) };
    }
    case 6: {
      const text = JSON.stringify(messageActivity({ text: 'hello' }));
      return { name: 'invalid JSON', body: text.slice(0, Math.floor(next() * text.length)) + pick(['', '}}', ',', '\u0000', 'garbage']) };
    }
    case 7: {
      const text = JSON.stringify(messageActivity({ text: 'PLACEHOLDER' }));
      const [before, after] = text.split('PLACEHOLDER') as [string, string];
      const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28]), Buffer.from(after)]);
      return { name: 'invalid UTF-8', body: new Uint8Array(bytes) };
    }
    case 8: {
      const raw = `{"__proto__": {"polluted": "yes", "cpk": "intent"}, "constructor": {"prototype": {"polluted": "yes"}}, "cpk": "${pick(['intent', 'check', 'feedback', '__proto__'])}", "intent": "__proto__", "check": "constructor"}`;
      return { name: 'prototype pollution keys', body: messageActivity({ value: JSON.parse(raw) as unknown, text: next() < 0.5 ? undefined : '__proto__' }) };
    }
    default:
      return { name: 'card injection', body: messageActivity({ text: pick(INJECTIONS) }) };
  }
}

/** Every place a card could turn user text into a link or markdown. */
function injectedLinks(card: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      const markdownText = (record.type === 'TextBlock' || record.type === 'Fact') && typeof record.text === 'string' ? record.text : undefined;
      if (markdownText?.includes('evil.example')) {
        found.push(`TextBlock: ${markdownText.slice(0, 80)}`);
      }
      if (typeof record.url === 'string' && record.url.includes('evil.example')) {
        found.push(`url: ${record.url}`);
      }
      if (record.type === 'FactSet') {
        for (const fact of (record.facts as { value?: string }[] | undefined) ?? []) {
          if (fact.value?.includes('evil.example')) {
            found.push(`FactSet value: ${fact.value}`);
          }
        }
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(card);
  return found;
}

describe('hardening: 1,000+ hostile requests', function () {
  const output = botOutputDirs('hostile');
  this.timeout(400000);
  let app: RunningApp;
  const logs: string[] = [];

  before(async () => {
    app = await startApp({ PORT: '0', LOG_LEVEL: 'info', ...output.env }, (line) => logs.push(line));
  });
  after(async () => {
    await app.close();
    output.remove();
  });

  it('answers every one without an undefined 5xx, renders no injected link, and keeps serving', async () => {
    const failures: string[] = [];
    for (let index = 0; index < 1100; index += 1) {
      const hostile = hostileCase(index);
      const response = await postActivity(app, hostile.body);
      const text = await response.text();
      if (response.status >= 500 && !(hostile.allow5xx === true && response.status === 501)) {
        failures.push(`#${index} ${hostile.name}: HTTP ${response.status}`);
      }
      if (response.status === 200 && text.startsWith('{')) {
        const links = injectedLinks(JSON.parse(text));
        if (links.length > 0) {
          failures.push(`#${index} ${hostile.name}: ${links.join('; ')}`);
        }
      }
    }
    assert.deepEqual(failures.slice(0, 20), []);
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype is untouched');
    const health = await fetch(`${app.url}/healthz`);
    assert.equal(health.status, 200);
    const next = await postActivity(app, messageActivity({ text: 'Which SDK versions support customer-provided keys?' }));
    assert.equal(firstCardTitle(await repliesOf(next)), 'SDK and REST versions that support CPK');
  });

  it('refuses bodies over the limit on every route', async () => {
    const big = 'x'.repeat(300 * 1024);
    for (const path of ['/api/messages', '/healthz']) {
      const response = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ big }) });
      assert.ok(response.status === 413 || response.status === 405, `${path}: ${response.status}`);
    }
  });
});
