/**
 * `stringifyRedacted` is written out instead of `JSON.stringify` with a replacer (issue #16: a deeply frozen object,
 * such as a cached card, is serialised and redacted once). These tests hold it to JSON's own rules on random values
 * with keys in them, and check that what it remembers never goes stale: only objects frozen all the way down are
 * remembered, so a frozen object whose child changes is serialised again. Seed printed for replay (PROPERTY_SEED).
 */
import assert from 'node:assert/strict';
import { deepFreeze } from '../../../src/core/io/deepFreeze';
import { redactDeep, stringifyRedacted } from '../../../src/core/redaction/redact';
import { randomKeyBytes } from '../../support/keyShapes';
import { propertySeed, type SeededRandom, seededRandom } from '../../support/seededRandom';

/** A random JSON-like value: card-shaped nesting, key material in values and names, the odd value JSON drops. */
function randomValue(random: SeededRandom, depth: number): unknown {
  const pick = random.int(depth > 3 ? 6 : 9);
  const key = (): string => randomKeyBytes(random, 32).toString(random.next() < 0.5 ? 'base64' : 'hex');
  switch (pick) {
    case 0:
      return `text ${random.int(1000)} with "quotes", a \\ and \u2028`;
    case 1:
      return `the key is ${key()} here`;
    case 2:
      return random.int(2000) - 1000;
    case 3:
      return random.next() < 0.5;
    case 4:
      return null;
    case 5:
      return random.next() < 0.5 ? undefined : new Date(Math.floor(random.next() * 2e12));
    case 6:
      return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1));
    default: {
      const record: Record<string, unknown> = {};
      for (let index = random.int(4); index > 0; index -= 1) {
        record[random.next() < 0.2 ? key() : `name${index}`] = randomValue(random, depth + 1);
      }
      return record;
    }
  }
}

describe('stringifyRedacted follows JSON and remembers only what cannot change', () => {
  const seed = propertySeed();

  it(`equals JSON.stringify(redactDeep(value)) on random values, frozen or not, first time and again (seed ${seed})`, () => {
    const random = seededRandom(seed);
    for (let round = 0; round < 300; round += 1) {
      const value = { activity: randomValue(random, 0), list: [randomValue(random, 1), undefined, () => 1] };
      const expected = JSON.stringify(redactDeep(value));
      assert.equal(stringifyRedacted(value), expected, `seed ${seed}, round ${round}`);
      deepFreeze(value);
      assert.equal(stringifyRedacted(value), expected, `seed ${seed}, round ${round}, frozen`);
      assert.equal(stringifyRedacted(value), expected, `seed ${seed}, round ${round}, frozen, again`);
    }
  });

  it('a frozen object with a child that is not frozen is serialised again after the child changes', () => {
    const child: { text: string } = { text: 'before' };
    const parent = Object.freeze({ card: Object.freeze({ body: child }) });
    assert.equal(stringifyRedacted(parent), '{"card":{"body":{"text":"before"}}}');
    const key = Buffer.alloc(32, 7).toString('base64');
    child.text = `now the key ${key}`;
    const again = stringifyRedacted(parent);
    assert.ok(!again.includes(key), 'the key written after the first serialisation is redacted');
    assert.equal(again, JSON.stringify(redactDeep(parent)));
  });

  it('a frozen Date is read each time (setTime changes it even when frozen)', () => {
    const when = new Date('2026-12-06T00:00:00Z');
    const value = Object.freeze({ when: Object.freeze(when) });
    assert.equal(stringifyRedacted(value), '{"when":"2026-12-06T00:00:00.000Z"}');
    when.setTime(Date.parse('2027-01-01T00:00:00Z'));
    assert.equal(stringifyRedacted(value), '{"when":"2027-01-01T00:00:00.000Z"}');
  });

  it('top-level values follow JSON: a string is quoted and redacted, undefined gives an empty text', () => {
    const key = Buffer.alloc(32, 3).toString('base64');
    assert.equal(stringifyRedacted(`k ${key}`), JSON.stringify(redactDeep(`k ${key}`)));
    assert.equal(stringifyRedacted([undefined, () => 1, Symbol('s')]), '[null,null,null]');
    assert.equal(stringifyRedacted(undefined), '');
  });
});
