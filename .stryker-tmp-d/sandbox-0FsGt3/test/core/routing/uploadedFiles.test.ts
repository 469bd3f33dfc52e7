// @ts-nocheck
import assert from 'node:assert/strict';
import { countUploadedFiles } from '../../../src/core/routing/uploadedFiles';

describe('files and images the user attached', () => {
  const table: [string, unknown, number][] = [
    ['a screenshot', [{ contentType: 'image/png', contentUrl: 'https://example.invalid/x.png', name: 'error.png' }], 1],
    ['a Teams file', [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'log.txt' }], 1],
    ['a text file and an image', [{ contentType: 'text/plain' }, { contentType: 'image/jpeg' }], 2],
    ["Teams' HTML copy of the message text", [{ contentType: 'text/html', content: '<p>hello</p>' }], 0],
    ['a card', [{ contentType: 'application/vnd.microsoft.card.adaptive', content: {} }], 0],
    ['no attachments', undefined, 0],
    ['not a list', { contentType: 'image/png' }, 0],
    ['entries of the wrong shape', [null, 'image/png', 42, { contentType: 7 }, { contentType: '' }, {}], 0],
  ];
  for (const [name, attachments, expected] of table) {
    it(name, () => assert.equal(countUploadedFiles(attachments), expected));
  }
});
