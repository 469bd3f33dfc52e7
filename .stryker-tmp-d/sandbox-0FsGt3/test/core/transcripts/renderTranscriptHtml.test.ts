// @ts-nocheck
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderTranscriptHtml } from '../../../src/core/transcripts/renderTranscriptHtml';
import { main as transcriptMain } from '../../../scripts/cli/transcript';
import { makeTempDir, removeDir } from '../../support/tempDir';

const key = Buffer.alloc(32, 3).toString('base64');
const transcript = [
  { type: 'message', from: { id: 'u', role: 'user', name: 'Pat' }, text: `<script>alert("x")</script> my key ${key}`, timestamp: '2026-01-01T10:00:00Z' },
  {
    type: 'message',
    from: { id: 'b', role: 'bot' },
    text: 'plain fallback',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          type: 'AdaptiveCard',
          body: [
            { type: 'TextBlock', text: 'Rotate a customer-provided key' },
            { type: 'FactSet', facts: [{ title: 'Error code', value: 'InvalidHeaderValue' }] },
            { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '<b>user & text</b>' }] },
          ],
          actions: [{ type: 'Action.Submit', title: 'Talk to a human', data: { cpk: 'handoff' } }],
        },
      },
    ],
  },
  {
    type: 'event',
    name: 'handoff.initiate',
    from: { id: 'b', role: 'bot' },
    value: { problem: 'Reads fail <img src=x onerror=alert(1)>', reason: 'user-request', channel: 'webchat', conversationId: 'c1', entities: [{ kind: 'errorCode', value: 'InvalidHeaderValue' }], checks: [], cardsShown: ['Rotate a customer-provided key'], support: { supportTopicIds: ['32691407'], productPesIds: ['15629'], cloud: ['public'] } },
  },
];

describe('transcript render: a readable HTML page', () => {
  const html = renderTranscriptHtml(transcript);

  it('puts the case summary on top, before the conversation', () => {
    assert.ok(html.indexOf('Case summary') > 0);
    assert.ok(html.indexOf('Case summary') < html.indexOf('<h2>Conversation</h2>'));
    assert.match(html, /32691407/);
  });

  it('shows cards as their text, with buttons as labels', () => {
    assert.match(html, /Rotate a customer-provided key/);
    assert.match(html, /Error code: InvalidHeaderValue/);
    assert.match(html, /\[Talk to a human\]/);
  });

  it('escapes every piece of user text and loads nothing external', () => {
    assert.ok(!html.includes('<script>alert'));
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('<b>user'));
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
    assert.match(html, /&lt;b&gt;user &amp; text&lt;\/b&gt;/);
    assert.match(html, /default-src 'none'/);
  });

  it('redacts again while rendering', () => {
    assert.ok(!html.includes(key));
  });

  it('refuses anything that is not a JSON array', () => {
    assert.throws(() => renderTranscriptHtml({ activities: [] }), /JSON array/);
  });

  it('npm run transcript -- render <file> writes the page next to the file', async () => {
    const dir = makeTempDir('render');
    const file = path.join(dir, 'conv.transcript');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, JSON.stringify(transcript));
    assert.equal(await transcriptMain(['render', file]), 0);
    assert.match(readFileSync(path.join(dir, 'conv.html'), 'utf8'), /Case summary/);
    assert.equal(await transcriptMain(['bogus']), 2);
    removeDir(dir);
  });
});
