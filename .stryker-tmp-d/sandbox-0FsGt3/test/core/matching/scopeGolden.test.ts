// @ts-nocheck
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { CpkMatcher } from '../../../src/core/matching/cpkMatcher';
import type { MatchDecision } from '../../../src/core/matching/decision';
import { projectRoot } from '../../../src/paths';
import { readJsonl } from '../../../scripts/lib/jsonl';
import { realKnowledge } from '../../support/testConversation';

/**
 * The golden gate of issue #17, item 0: moving the scope guard's word lists into `knowledge/` and its rules into a
 * table must not change one decision. Every text of every labelled set in `test/data` is matched and compared with
 * the decision recorded before the move (`UPDATE_GOLDEN=1` rewrites the record, only for a change made on purpose).
 * Keyed by text, so moving or renaming the set files does not matter. Sealed sets are not read (below).
 */
const GOLDEN_FILE = path.join(projectRoot, 'test', 'data', 'golden-decisions.json');

/**
 * Sealed sets (`test/data/sealed/`) are left out: they are scored once, blind, and a golden failure prints the
 * changed texts with their decisions, which would show a tuner the sealed lines.
 */
function labelledTexts(dir: string): string[] {
  const texts = new Set<string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name === 'sealed') {
      continue;
    }
    if (entry.isDirectory()) {
      labelledTexts(full).forEach((text) => texts.add(text));
    } else if (entry.name.endsWith('.jsonl')) {
      readJsonl(full).forEach((item) => texts.add(item.text));
    }
  }
  return [...texts];
}

/** A decision in one line: what was decided, for which intents, why, and the confidence to four places. */
function describeDecision(decision: MatchDecision): string {
  const top = decision.ranked[0]?.confidence ?? 0;
  switch (decision.kind) {
    case 'answer':
      return `answer ${decision.intent} ${decision.confidence.toFixed(4)}`;
    case 'didYouMean':
      return `didYouMean ${decision.candidates.map((candidate) => candidate.intent).join(',')} ${top.toFixed(4)}`;
    case 'fallback':
      return `fallback ${decision.reason}${decision.rule === undefined ? '' : ` ${decision.rule}`} ${top.toFixed(4)}`;
  }
}

describe('golden decisions: every labelled text keeps its exact decision (issue #17, item 0)', function () {
  this.timeout(120_000);

  it('matches every text of every labelled set as recorded', () => {
    const config = loadConfig({});
    const matcher = CpkMatcher.fromKnowledge(realKnowledge(), { threshold: config.matchThreshold, ambiguityMargin: config.ambiguityMargin });
    const texts = labelledTexts(path.join(projectRoot, 'test', 'data'));
    const actual = Object.fromEntries(texts.map((text) => [text, describeDecision(matcher.match(text))]));
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.writeFileSync(GOLDEN_FILE, `${JSON.stringify(actual, null, 0).replace(/","/g, '",\n"')}\n`);
    }
    const golden = JSON.parse(fs.readFileSync(GOLDEN_FILE, 'utf8')) as Record<string, string>;
    const changed = Object.keys(golden).filter((text) => actual[text] !== undefined && actual[text] !== golden[text]);
    assert.ok(Object.keys(golden).length >= 7_000, 'the record covers every labelled set');
    assert.deepEqual(
      changed.slice(0, 20).map((text) => `${text.slice(0, 80)}: ${golden[text]} -> ${actual[text]}`),
      [],
      `${changed.length} decisions changed`,
    );
  });
});
