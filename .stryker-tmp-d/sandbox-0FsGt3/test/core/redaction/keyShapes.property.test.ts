/**
 * Property test (issue #15): thousands of random keys (each base64 form holding `+` and `/`), in every shape the
 * key check reads and in several sentences, go through the redaction function as text, as a JSON value and as a
 * JSON property name. No 12-character run of any key may survive. The seed is printed so a failure can be
 * replayed with PROPERTY_SEED=<seed>.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { transcriptFileName } from '../../../src/storage/transcripts/transcriptFileName';
import { redactDeep, redactSecrets, stringifyRedacted } from '../../../src/core/redaction/redact';
import { CONTEXTS, everyShape, keyRuns, leakedRuns, type PastedKey, SHAPE_NAMES } from '../../support/keyShapes';
import { propertySeed, seededRandom } from '../../support/seededRandom';

const ROUNDS = 120;

function fingerprint(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64');
}

function sentence(key: PastedKey, context: string): string {
  return context.replace('{key}', key.value).replace('{sha}', fingerprint(key.bytes));
}

describe('redaction reads every key shape the key check reads (property test)', () => {
  const seed = propertySeed();

  it(`leaves no 12-character run of ${ROUNDS * SHAPE_NAMES.length} random keys in ${SHAPE_NAMES.length} shapes (seed ${seed})`, () => {
    const random = seededRandom(seed);
    const leaks: string[] = [];
    let checked = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const key of everyShape(random)) {
        const runs = keyRuns([key]);
        const text = sentence(key, random.pick(CONTEXTS));
        const written = [
          redactSecrets(text),
          stringifyRedacted({ text, [key.value]: 1 }),
          JSON.stringify(redactDeep({ note: text, nested: { [key.value]: [text] } })),
        ];
        checked += 1;
        for (const output of written) {
          if (leakedRuns(output, runs).length > 0 && leaks.length < 5) {
            leaks.push(`${key.shape}: ${JSON.stringify(text)} -> ${JSON.stringify(output)}`);
          }
        }
      }
    }
    assert.ok(checked >= 5000, `${checked} keys checked`);
    assert.deepEqual(leaks, [], `seed ${seed}: keys survived redaction`);
  });

  it(`keeps a labelled fingerprint readable and marks a 32-byte key with its fingerprint (seed ${seed})`, () => {
    const random = seededRandom(seed + 1);
    for (let round = 0; round < 200; round += 1) {
      const key = everyShape(random).find((item) => item.shape === 'base64 (32 bytes)');
      assert.ok(key !== undefined);
      const sha = fingerprint(key.bytes);
      const out = redactSecrets(`my key is ${key.value} and sha256 is ${sha}`);
      assert.equal(out, `my key is [key sha256=${sha}] and sha256 is ${sha}`, `seed ${seed}`);
    }
  });
});

describe('transcript file names hold no key (issue #15)', () => {
  it('a key used as a conversation id does not reach the file name', () => {
    const seed = propertySeed();
    const random = seededRandom(seed);
    for (let round = 0; round < 20; round += 1) {
      for (const key of everyShape(random).filter((item) => !/\s/.test(item.value))) {
        const name = transcriptFileName(`conv-${key.value}`);
        assert.deepEqual(leakedRuns(name, keyRuns([key])), [], `seed ${seed}: ${key.shape} -> ${name}`);
        assert.notEqual(name, transcriptFileName(`conv-${key.value}x`), 'different ids keep different files');
      }
    }
  });
});
