// @ts-nocheck
import assert from 'node:assert/strict';
import { redactSecrets, redactSecretsFully } from '../../../src/core/redaction/redact';

/** A small deterministic generator (mulberry32), so a failure names a reproducible input. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Fragments of every labelled rule and token shape, plus ordinary text, base64 chunks and line breaks.
const FRAGMENTS = [
  'x-ms-encryption-key: ', 'x-ms-source-encryption-key=', 'encryption_key=', 'customerProvidedKey: ', 'AccountKey=',
  'SharedAccessSignature=', 'SharedAccessKey=', 'password=', 'secret: ', 'token=', 'client_secret=', 'sig=', '&sig=',
  'Bearer ', 'SharedKey acct:', 'eyJhbGciOiJ.eyJzdWIiOiJ.sgn', '<HeaderName>x-ms-encryption-key</HeaderName><HeaderValue>',
  'MDEyMzQ1NjcwMTIz', 'NDU2NzAxMjM0NTY3', 'MDEyMzQ1Njc=', 'q83vEjRWeJq8', '3QFFFpRA5+XANHqw', '%2B', '%3D', '\\/',
  '\n', '\\n', '\r\n', ' ', 'hello', 'the blob', '409', 'KEY', 'Sig', 'abcdefgh', '0123456789abcdef', '==', '/', '+', '.', '-',
];

describe('redaction fast paths agree with the full scan', () => {
  it('on 30,000 generated strings around the 40-character boundary, first and second time (remembered)', () => {
    const next = random(20261129);
    for (let index = 0; index < 30000; index += 1) {
      let text = '';
      const target = Math.floor(next() * 70);
      while (text.length < target) {
        text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? '';
      }
      const full = redactSecretsFully(text);
      assert.equal(redactSecrets(text), full, JSON.stringify(text));
      assert.equal(redactSecrets(text), full, `second time: ${JSON.stringify(text)}`);
    }
  });

  it('short labelled secrets are still redacted', () => {
    assert.equal(redactSecrets('password=hunter22'), 'password=[redacted]');
    assert.equal(redactSecrets('see sig=abc123'), 'see sig=[redacted]');
    assert.ok(!redactSecrets('Authorization: Bearer abcdefgh12').includes('abcdefgh12'));
  });
});
