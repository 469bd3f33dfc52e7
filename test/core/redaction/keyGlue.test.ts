/**
 * Which separators the key-material scan joins pieces across (issue #21: mutation testing left these rules
 * untested). Colons join only hex pairs (`01:23:…`), commas only `0x` bytes, single spaces at most three pieces:
 * so IPv6 addresses and lists of short ids stay readable, and a hex key broken by spaces is still found.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { redactSecrets } from '../../../src/core/redaction/redact';

const key = Buffer.from('5c1f0e2d3b4a59687786950a1b2c3d4e5f60718293a4b5c6d7e8f90112233445', 'hex');
const hex = key.toString('hex');
const marker = `[key sha256=${createHash('sha256').update(key).digest('base64')}]`;

describe('the separators a key may be broken by', () => {
  const table: [string, string, string][] = [
    ['IPv6 addresses (hex groups of four joined by colons) stay', 'from 2001:0db8:85a3:0000:0000:8a2e:0370:7334 to fe80:0000:0000:0000:0202:b3ff:fe1e:8329', 'from 2001:0db8:85a3:0000:0000:8a2e:0370:7334 to fe80:0000:0000:0000:0202:b3ff:fe1e:8329'],
    ['short hex ids joined by commas stay', 'ids: a1b2, c3d4, e5f6, 0a1b, 2c3d, 4e5f, 6a7b, 8c9d', 'ids: a1b2, c3d4, e5f6, 0a1b, 2c3d, 4e5f, 6a7b, 8c9d'],
    ['short hex ids joined by bare commas stay', 'ids: a1b2,c3d4,e5f6,0a1b,2c3d,4e5f,6a7b,8c9d', 'ids: a1b2,c3d4,e5f6,0a1b,2c3d,4e5f,6a7b,8c9d'],
    ['hex pairs joined by colons are a key', `key ${hex.match(/../g)?.join(':') ?? ''} ok`, `key ${marker} ok`],
    ['a hex key broken once by a space', `key ${hex.slice(0, 30)} ${hex.slice(30)} ok`, `key ${marker} ok`],
    ['a hex key broken twice by spaces', `key ${hex.slice(0, 20)} ${hex.slice(20, 40)} ${hex.slice(40)} ok`, `key ${marker} ok`],
    ['a hex key broken by two spaces', `key ${hex.slice(0, 30)}  ${hex.slice(30)} ok`, `key ${marker} ok`],
    ['a hex key in groups of eight', `key ${hex.match(/.{8}/g)?.join(' ') ?? ''} ok`, `key ${marker} ok`],
  ];
  for (const [name, input, expected] of table) {
    it(name, () => {
      assert.equal(redactSecrets(input), expected);
    });
  }
});
