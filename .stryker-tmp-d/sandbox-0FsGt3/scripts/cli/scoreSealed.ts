/**
 * `node dist/scripts/cli/scoreSealed.js <file.jsonl>`: scores a sealed blind set ONCE and prints only aggregate figures,
 * never a line, so scoring does not show the set to a tuner (issue #17, item 6). Lines are
 * `{ text, intent, context? }`. A line without `context` is matched like every other set (the production matcher,
 * `classify`'s reading of the decision). A two-turn line is sent through the production bot (createBot over
 * botbuilder's TestAdapter, one conversation per line): first `context`, then `text`, and the second reply is read:
 * a guidance card's "Helpful?" buttons name its topic, another card whose title is a topic's title names that
 * topic, "Did you mean" counts as its first choice (as for single lines), anything else (fallback, check prompt)
 * as `none`. Afterwards mark the set spent in the manifest's `sealed` list; a spent set is refused (`--again` overrides).
 */
// @ts-nocheck

import os from 'node:os';
import path from 'node:path';
import { MemoryStorage, TestAdapter } from 'botbuilder';
import { createBot } from '../../src/createBot';
import { createLogger } from '../../src/core/logging/logger';
import { toClassifyResult } from '../lib/classifyResult';
import { readFileSync } from 'node:fs';
import { loadMatcher } from '../lib/loadMatcher';
import { evaluate, type Labelled } from '../lib/metrics';
import { readEvalManifest } from '../lib/evalManifest';
import { replyIntent } from '../lib/replyIntent';

interface SealedLine {
  text: string;
  intent: string;
  context?: string;
}

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

function readSealed(file: string): SealedLine[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SealedLine);
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) {
    throw new Error('usage: scoreSealed <file.jsonl>');
  }
  const spent = (readEvalManifest().sealed ?? []).find((entry) => path.resolve(entry.file) === path.resolve(file) && entry.spent);
  if (spent !== undefined && !process.argv.includes('--again')) {
    throw new Error(`${spent.name} was scored ${spent.scored ?? 'before'} and is spent (${spent.result ?? ''}); --again scores it anyway, but it is no longer blind`);
  }
  const loaded = loadMatcher();
  const lines = readSealed(path.resolve(file));
  const titles = new Map([...loaded.knowledge.intents.values()].map((entry) => [entry.title, entry.id]));
  const logger = createLogger('error', () => undefined);
  const single: Labelled[] = [];
  const twoTurn: Labelled[] = [];
  for (const line of lines) {
    if (line.context === undefined) {
      single.push({ gold: line.intent, predicted: toClassifyResult(line.text, loaded.matcher.match(line.text)).intent });
      continue;
    }
    const parts = createBot(loaded.config, loaded.knowledge, logger, new MemoryStorage(), {});
    const adapter = new TestAdapter(async (context) => parts.bot.run(context));
    await adapter.receiveActivity(line.context);
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity(line.text);
    const replies = adapter.activeQueue.splice(0).filter((activity) => activity.type !== 'typing');
    twoTurn.push({ gold: line.intent, predicted: replyIntent(replies[0], titles) });
  }
  const show = (label: string, pairs: Labelled[]): void => {
    const report = evaluate(pairs);
    out(`${label.padEnd(22)} ${String(pairs.length).padStart(4)} lines  in-scope ${report.inScopeAccuracy.toFixed(3)} (${report.inScopeCount})  rejection ${report.outOfScopeRejection.toFixed(3)} (${report.outOfScopeCount})  accuracy ${report.accuracy.toFixed(3)}`);
  };
  out(`sealed set ${path.basename(file)}, scored ${new Date().toISOString()}, ${os.cpus().length} cores ${os.cpus()[0]?.model ?? ''}, node ${process.version}`);
  out(`policy MATCH_THRESHOLD=${loaded.config.matchThreshold} MATCH_AMBIGUITY_MARGIN=${loaded.config.ambiguityMargin}`);
  show('all', [...single, ...twoTurn]);
  show('single-turn', single);
  show('two-turn (follow-ups)', twoTurn);
  const all = evaluate([...single, ...twoTurn]);
  out('per-intent recall: ' + all.perIntent.filter((row) => row.support > 0).map((row) => `${row.intent} ${row.recall.toFixed(2)} (${row.support})`).join(', '));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
