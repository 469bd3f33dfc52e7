/**
 * The redactor's memories of earlier answers are bounded (a bot that runs for weeks sees millions of strings):
 * each starts over when it holds 20,000 entries, and strings longer than 8,192 characters (property names longer
 * than 64) are not remembered. Mutation testing showed the bounds were never reached in a test (issue #21).
 */
import assert from 'node:assert/strict';
import { forgetRememberedRedactions, redactSecrets, rememberedCounts, stringifyRedacted } from '../../../src/core/redaction/redact';

/** A distinct clean string of 40 characters or more for each number (letters only: no digit to scan). */
function cleanText(index: number): string {
  let name = '';
  for (let rest = index; name === '' || rest > 0; rest = Math.floor(rest / 26)) {
    name += String.fromCharCode(97 + (rest % 26));
  }
  return `a plain sentence of the memory test, number ${name}`;
}

describe('the memories of the redactor are bounded', () => {
  beforeEach(() => {
    forgetRememberedRedactions();
  });

  it('clean strings: 20,000 are remembered, the next one starts the memory over', () => {
    for (let index = 0; index < 20000; index += 1) {
      redactSecrets(cleanText(index));
    }
    assert.equal(rememberedCounts().clean, 20000);
    redactSecrets(cleanText(20000));
    assert.equal(rememberedCounts().clean, 1);
  });

  it('redacted strings: 20,000 are remembered under their digest, the next one starts over', () => {
    for (let index = 0; index < 20000; index += 1) {
      redactSecrets(`password=${cleanText(index).replace(/ /g, '-')}`);
    }
    assert.equal(rememberedCounts().redacted, 20000);
    redactSecrets('password=one-more-value');
    assert.equal(rememberedCounts().redacted, 1);
  });

  it('strings up to 8,192 characters are remembered, longer ones are not', () => {
    redactSecrets(`${'word '.repeat(1638)}ab`);
    assert.equal(rememberedCounts().clean, 1, '8,192 characters');
    redactSecrets(`${'word '.repeat(1638)}abc`);
    assert.equal(rememberedCounts().clean, 1, '8,193 characters');
    redactSecrets(`password=${'x'.repeat(8183)}`);
    assert.equal(rememberedCounts().redacted, 1, 'redacted to fewer than 8,192 characters');
    redactSecrets(`password=abcdefgh ${'word '.repeat(1700)}`);
    assert.equal(rememberedCounts().redacted, 1, 'redacted to more than 8,192 characters');
    // `password=` and the 10-character marker, then words: exactly 8,192 characters once redacted.
    const exact = `password=abcdefgh ${'word '.repeat(1634)}ab`;
    assert.equal(redactSecrets(exact).length, 8192);
    assert.equal(rememberedCounts().redacted, 2, 'redacted to exactly 8,192 characters');
  });

  it('clean property names up to 64 characters are remembered, longer ones are not', () => {
    stringifyRedacted({ [`x${'y'.repeat(63)}`]: 1 });
    assert.equal(rememberedCounts().names, 1);
    stringifyRedacted({ [`x${'z'.repeat(64)}`]: 1 });
    assert.equal(rememberedCounts().names, 1);
  });
});
