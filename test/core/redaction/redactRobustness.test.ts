import assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/redaction/redact';

describe('redaction never throws on hostile input', () => {
  const inputs: [string, string][] = [
    ['50,000 short base64 lines (split-key joining must not recurse per line)', 'AAAA\n'.repeat(50000)],
    ['a 250 KB run of base64 characters', 'A'.repeat(250000)],
    ['a 240 KB run of base64 characters and slashes', 'ab/'.repeat(80000)],
    ['5,000 split test-vector keys', 'MDEyMzQ1NjcwMTIzNDU2\nNzAxMjM0NTY3MDEyMzQ1Njc=\n'.repeat(5000)],
  ];
  for (const [name, input] of inputs) {
    it(name, () => {
      const output = redactSecrets(input);
      assert.equal(typeof output, 'string');
      assert.ok(!output.includes('MDEyMzQ1NjcwMTIzNDU2\nNzAxMjM0NTY3MDEyMzQ1Njc='), 'a split key is still found');
    });
  }
});
