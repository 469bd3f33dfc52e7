// @ts-nocheck
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { answerFor } from '../../scripts/cli/ask';
import { renderPlainText } from '../../src/core/cards/renderPlainText';
import { CpkMatcher } from '../../src/core/matching/cpkMatcher';
import { projectRoot } from '../../src/paths';
import { realKnowledge } from '../support/testConversation';

describe('ask CLI: the bot answer as plain text', () => {
  const kb = realKnowledge();
  const matcher = CpkMatcher.fromKnowledge(kb, { threshold: 0.3, ambiguityMargin: 0.05 });
  const ask = (text: string): string => renderPlainText(answerFor(kb, matcher, text, 4000));

  it('answers a pasted error with the evidence it found', () => {
    const text = ask('HTTP/1.1 409 Conflict x-ms-error-code: BlobCustomerSpecifiedEncryptionMismatch x-ms-request-id: 11111111-2222-3333-4444-555555555555');
    assert.ok(text.startsWith(kb.intents.get('error-key-mismatch')!.title));
    assert.match(text, /- Error code: BlobCustomerSpecifiedEncryptionMismatch/);
    assert.match(text, /- Request id: 11111111-2222-3333-4444-555555555555/);
  });

  it('warns about a pasted key and never prints it', () => {
    const key = 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=';
    const text = ask(`is ${key} a valid customer-provided key?`);
    assert.match(text, /do not share keys or secrets/);
    assert.ok(!text.includes(key));
  });

  it('says honestly when a question is out of scope', () => {
    assert.match(ask('how do I make a SAS token for a container'), /I only cover customer-provided keys/);
  });

  it('runs as a command and prints only the answer', () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'dist/scripts/cli/ask.js'), 'how', 'do', 'I', 'rotate', 'a', 'cpk'], {
      encoding: 'utf8',
      cwd: projectRoot,
    });
    assert.equal(result.status, 0);
    assert.ok(result.stdout.startsWith(kb.intents.get('rotate-key')!.title), result.stdout.slice(0, 80));
    assert.equal(result.stderr, '');
  });
});
