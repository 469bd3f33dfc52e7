/**
 * The mutation run's groups and per-file verdict (issue #21): the redaction files are tested by the redaction tests
 * alone (the run that fits in CI), every other named file keeps the whole list, and a weak file fails the run even
 * when the others lift the total over the bar.
 */
import assert from 'node:assert/strict';
import { fileScores, filesUnder, mutationGroups } from '../../scripts/lib/mutationGroups';

const NAMED = ['src/core/redaction/redact.ts', 'src/core/routing/routeTable.ts', 'src/core/redaction/redactKeyMaterial.ts', 'src/bot/handoffSender.ts'];
const SPEC = [
  'dist/test/core/redaction/redact.test.js',
  'dist/test/core/logging/logger.test.js',
  'dist/test/core/routing/routeTable.test.js',
  'dist/test/dialogs/handoff.test.js',
  'dist/test/core/redaction/keyGlue.test.js',
];

describe('the mutation run in groups', () => {
  it('tests the redaction files with the redaction and logger tests only, the rest with every test', () => {
    assert.deepEqual(mutationGroups(NAMED, SPEC), [
      {
        name: 'redaction',
        mutate: ['src/core/redaction/redact.ts', 'src/core/redaction/redactKeyMaterial.ts'],
        spec: ['dist/test/core/redaction/redact.test.js', 'dist/test/core/logging/logger.test.js', 'dist/test/core/redaction/keyGlue.test.js'],
      },
      { name: 'checks, routing, case summary and handoff', mutate: ['src/core/routing/routeTable.ts', 'src/bot/handoffSender.ts'], spec: SPEC },
    ]);
  });

  it('leaves out a group with no file to mutate', () => {
    assert.deepEqual(
      mutationGroups(['src/bot/handoffSender.ts'], SPEC).map((group) => group.name),
      ['checks, routing, case summary and handoff'],
    );
    assert.deepEqual(
      mutationGroups(['src/core/redaction/redact.ts'], SPEC).map((group) => group.name),
      ['redaction'],
    );
    assert.deepEqual(mutationGroups([], SPEC), []);
  });
});

describe('the score of each file', () => {
  const mutants = (counts: Record<string, number>): { status: string }[] =>
    Object.entries(counts).flatMap(([status, count]) => Array.from({ length: count }, () => ({ status })));

  it('counts killed and timed-out mutants as detected, and ignored or broken ones not at all', () => {
    const scores = fileScores({
      files: {
        'src/b.ts': { mutants: mutants({ Killed: 80, Timeout: 4, Survived: 15, NoCoverage: 1, Ignored: 50, CompileError: 3, RuntimeError: 2 }) },
        'src/a.ts': { mutants: mutants({ Killed: 9, Survived: 1 }) },
        'src/c.ts': { mutants: mutants({ Ignored: 5 }) },
      },
    });
    assert.deepEqual(scores, [
      { file: 'src/a.ts', score: 90, detected: 9, survived: 1, noCoverage: 0 },
      { file: 'src/b.ts', score: 84, detected: 84, survived: 15, noCoverage: 1 },
      { file: 'src/c.ts', score: undefined, detected: 0, survived: 0, noCoverage: 0 },
    ]);
  });

  it('fails each file under the bar, even when the total is over it', () => {
    const scores = fileScores({
      files: {
        'strong.ts': { mutants: mutants({ Killed: 990, Survived: 10 }) },
        'weak.ts': { mutants: mutants({ Killed: 84, Survived: 16 }) },
        'bar.ts': { mutants: mutants({ Killed: 85, NoCoverage: 15 }) },
        'empty.ts': { mutants: [] },
      },
    });
    assert.deepEqual(
      filesUnder(scores, 85).map((entry) => entry.file),
      ['weak.ts'],
    );
    assert.deepEqual(filesUnder(scores, 84), []);
  });
});
