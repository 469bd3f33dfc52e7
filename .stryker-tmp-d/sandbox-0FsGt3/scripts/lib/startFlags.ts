/**
 * The Node flags `npm start` runs the bot with, read from package.json, so the benchmark measures the process
 * users run (and gives the echo floor the same flags). `--heap-growing-percent=100` lets V8's old generation grow
 * to about twice the live heap before a full collection instead of about four times: the live heap stays ~60 MB
 * under load, and measured RSS dropped from ~270-300 MB to ~210 MB for about one extra 17 ms full GC every few
 * seconds (issue #8). `--initial-old-space-size=64`: start-up leaves ~40 MB of live heap, past V8's initial
 * old-generation limit, so every start ran a full mark-compact (~30-40 ms with its incremental marking) before the
 * first answer; with a 64 MB start it runs none (measured with `--trace-gc`, 2026-11-29).
 * `--no-regexp-peephole-optimization`: V8 first runs a regular expression in its bytecode interpreter, and the
 * peephole pass over that bytecode made the scope guard's large word lists cost ~40 ms on the first message
 * (~13 ms without it; the expressions are compiled to machine code after their first run either way, so steady
 * state is unchanged). The Dockerfile and the ARM template's start command repeat the flags; a test keeps all three
 * equal.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

/** `node [--flags] dist/src/index.js`, alone (a deployed package) or after the build (`... && exec node ...`). */
const START = /(?:^|&& exec )node((?: --[\w-]+(?:=\S+)?)*) dist\/src\/index\.js$/;

export function startCommandFlags(root: string = projectRoot): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const start = pkg.scripts?.start ?? '';
  const match = START.exec(start);
  if (match === null) {
    throw new Error(`package.json "start" does not end in "node [--flags] dist/src/index.js": ${start}`);
  }
  return (match[1] ?? '').split(' ').filter((flag) => flag !== '');
}
