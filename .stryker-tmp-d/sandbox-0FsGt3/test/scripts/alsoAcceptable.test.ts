// @ts-nocheck
import assert from 'node:assert/strict';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { readEvalManifest } from '../../scripts/lib/evalManifest';
import { readJsonl } from '../../scripts/lib/jsonl';
import { realKnowledge } from '../support/testConversation';

/**
 * The manifest's "also acceptable" answers (issue #17) widen what counts as right on the old sets, so they are held
 * to the cards: each names a line that exists, is in scope, and gets a guidance topic other than its own label, with
 * a reason. A typo in a text would otherwise silently accept nothing, and `none` must never be made acceptable.
 */
describe('eval manifest: also-acceptable answers', () => {
  const manifest = readEvalManifest();
  const knowledge = realKnowledge();

  for (const entry of manifest.sets.filter((item) => (item.alsoAcceptable ?? []).length > 0)) {
    it(`${entry.name}: every also-acceptable text is an in-scope line of the set, and every intent a guidance topic`, () => {
      const gold = new Map(readJsonl(path.join(projectRoot, entry.file)).map((line) => [line.text, line.intent ?? 'none']));
      for (const group of entry.alsoAcceptable ?? []) {
        assert.ok(group.why.trim().length > 20, `${entry.name}: a reason from the cards' content`);
        assert.ok(group.intents.length > 0);
        for (const intent of group.intents) {
          assert.equal(knowledge.intents.get(intent)?.kind, 'guidance', `${entry.name}: ${intent} is a guidance topic`);
        }
        for (const text of group.texts) {
          const label = gold.get(text);
          assert.ok(label !== undefined, `${entry.name}: no line "${text}"`);
          assert.notEqual(label, 'none', `${entry.name}: "${text}" is out of scope`);
          assert.ok(!group.intents.includes(label), `${entry.name}: "${text}" already has ${label} as its label`);
        }
      }
    });
  }

  it('has at least one set with also-acceptable answers (the issue #17 topics)', () => {
    assert.ok(manifest.sets.some((entry) => (entry.alsoAcceptable ?? []).length > 0));
  });
});
