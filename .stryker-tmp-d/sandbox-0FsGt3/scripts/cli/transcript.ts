/**
 * `npm run transcript -- render <file> [--out <page.html>]`: turns an Emulator `.transcript` file into a readable
 * HTML page next to it (issue #6, item 4).
 */
// @ts-nocheck

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { renderTranscriptHtml } from '../../src/core/transcripts/renderTranscriptHtml';

const USAGE = 'usage: npm run transcript -- render <file.transcript> [--out <page.html>]';

/** Renders one file; returns the path written. */
export async function renderTranscriptFile(file: string, out?: string): Promise<string> {
  const parsed: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
  const target = out ?? path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.html`);
  await fs.writeFile(target, renderTranscriptHtml(parsed, `Transcript ${path.basename(file)}`), 'utf8');
  return target;
}

export async function main(args: readonly string[]): Promise<number> {
  const [command, file, flag, out] = args;
  if (command !== 'render' || file === undefined || (flag !== undefined && (flag !== '--out' || out === undefined))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const written = await renderTranscriptFile(file, out);
    process.stdout.write(`wrote ${written}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`cannot render ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
