/**
 * Redaction of whole values (activities, summaries, feedback records): property names that hold a key, several
 * names that become the same marker, nulls, dates, functions and symbols (issue #21: mutation testing showed these
 * paths untested). Random keys; the seed is printed for replay with PROPERTY_SEED.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { redactDeep, redactSecrets, stringifyRedacted } from '../../../src/core/redaction/redact';
import { randomKeyBytes } from '../../support/keyShapes';
import { propertySeed, seededRandom } from '../../support/seededRandom';

const markerOf = (bytes: Buffer): string => `[key sha256=${createHash('sha256').update(bytes).digest('base64')}]`;

describe('redaction of whole values', () => {
  const seed = propertySeed();

  it(`names that spell the same key in three encodings are all kept, numbered (seed ${seed})`, () => {
    const random = seededRandom(seed);
    for (let round = 0; round < 20; round += 1) {
      const bytes = randomKeyBytes(random, 32);
      const marker = markerOf(bytes);
      const value = { [bytes.toString('base64')]: 1, [bytes.toString('base64url')]: 2, [bytes.toString('hex')]: 3, plain: null };
      const expected = { [marker]: 1, [`${marker} (2)`]: 2, [`${marker} (3)`]: 3, plain: null };
      assert.equal(stringifyRedacted(value), JSON.stringify(expected), `seed ${seed}`);
      assert.deepEqual(redactDeep(value), expected, `seed ${seed}`);
    }
  });

  it('a name that already is a marker keeps its place; a key that redacts to it is numbered', () => {
    const bytes = Buffer.alloc(32, 5);
    const marker = markerOf(bytes);
    const value = { [marker]: 'first', [bytes.toString('base64')]: 'second' };
    assert.equal(stringifyRedacted(value), JSON.stringify({ [marker]: 'first', [`${marker} (2)`]: 'second' }));
    assert.deepEqual(redactDeep(value), { [marker]: 'first', [`${marker} (2)`]: 'second' });
  });

  it('redactDeep keeps nulls, numbers, booleans and dates, drops functions and symbols, and redacts inside arrays', () => {
    const bytes = Buffer.alloc(32, 9);
    const key = bytes.toString('base64');
    const when = new Date('2026-12-06T00:00:00Z');
    const value = { none: null, n: 3, yes: true, when, run: (): number => 1, tag: Symbol('tag'), list: [key, { [key]: null }, [key]] };
    const copy = redactDeep(value) as unknown as Record<string, unknown>;
    assert.deepEqual(Object.keys(copy), ['none', 'n', 'yes', 'when', 'list']);
    assert.equal(copy.when, when);
    assert.deepEqual(copy.list, [markerOf(bytes), { [markerOf(bytes)]: null }, [markerOf(bytes)]]);
    assert.equal(stringifyRedacted(value), JSON.stringify(copy));
  });

  it('values that are not strings pass through as they are', () => {
    for (const value of [null, 0, 42, true, false, undefined]) {
      assert.equal(redactDeep(value), value);
    }
    assert.equal(redactSecrets(''), '');
  });
});
