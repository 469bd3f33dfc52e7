/**
 * `npm run --silent classify`: JSON Lines in on stdin (`{"text": "..."}`), one JSON line out per input line
 * (`{"text","intent","confidence","decision"}`). Nothing else is written to stdout; errors go to stderr.
 */
// @ts-nocheck

import { createInterface } from 'node:readline';
import { normalizeInput } from '../../src/core/text/normalizeInput';
import { classifyText } from '../lib/classifyResult';
import { parseJsonLine } from '../lib/jsonl';
import { loadMatcher } from '../lib/loadMatcher';

async function main(): Promise<void> {
  const { matcher, config } = loadMatcher();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') {
      continue;
    }
    const utterance = parseJsonLine(line, `stdin line ${number}`);
    // The same clean-up the bot applies before matching; the output echoes the text as given.
    const text = normalizeInput(utterance.text, config.maxInputChars).text;
    const result = classifyText(matcher, text);
    process.stdout.write(`${JSON.stringify({ ...result, text: utterance.text })}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`classify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
