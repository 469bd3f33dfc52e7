// @ts-nocheck
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

/** Runs the compiled classify CLI the way `npm run --silent classify` does. */
function runClassify(input: string): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'dist/scripts/cli/classify.js')], {
    input,
    encoding: 'utf8',
    cwd: projectRoot,
    env: { ...process.env, MATCH_THRESHOLD: '', MATCH_AMBIGUITY_MARGIN: '' },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('classify CLI (child process): the JSON Lines contract', () => {
  it('writes exactly one JSON line per input line with text, intent, confidence and decision', () => {
    const lines = [
      { text: 'I lost my customer-provided key' },
      { text: 'ErrorCode: BlobUsesCustomerSpecifiedEncryption' },
      { text: 'how do I create a SAS token' },
      { text: 'hi' },
    ];
    const { stdout, status } = runClassify(`${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    assert.equal(status, 0);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.equal(out.length, lines.length, 'nothing but one line per input on stdout');
    for (const [index, record] of out.entries()) {
      assert.deepEqual(Object.keys(record).sort(), ['confidence', 'decision', 'intent', 'text']);
      assert.equal(record.text, lines[index].text);
      assert.ok(typeof record.confidence === 'number' && record.confidence >= 0 && record.confidence <= 1);
      assert.ok(['answer', 'didYouMean', 'fallback'].includes(String(record.decision)));
    }
    assert.deepEqual(
      out.map((record) => [record.intent, record.decision]),
      [
        ['lost-key', 'answer'],
        ['error-key-missing', 'answer'],
        ['none', 'fallback'],
        ['greeting', 'answer'],
      ],
    );
    assert.equal(out[1].confidence, 1);
  });

  it('skips blank lines and reports a broken line on stderr with a non-zero exit', () => {
    const { stdout, stderr, status } = runClassify('{"text":"bye"}\n\nnot json\n');
    assert.equal(stdout.trim().split('\n').length, 1);
    assert.match(stderr, /line 3: not valid JSON/);
    assert.notEqual(status, 0);
  });
});
