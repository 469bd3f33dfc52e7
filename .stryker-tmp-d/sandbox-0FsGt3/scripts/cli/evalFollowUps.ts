/**
 * `node dist/scripts/cli/evalFollowUps.js <name> [--lines]`: scores a two-turn follow-up set of the manifest's
 * `followUps` list (issue #17, item 3) through the production bot, one conversation per line over botbuilder's
 * TestAdapter: the context turn, then the follow-up, and the follow-up's first reply is read as its topic
 * (`replyIntent`; a "Why:" details card and a version-table row count as the topic they belong to). Prints the
 * share right (an `alsoAcceptable` answer counts as right), how often the context turn itself was answered with
 * its topic (a "Did you mean" does not count: it sets no context), and per context topic; `--lines` prints the misses of a development set, never of a held-out one.
 */
// @ts-nocheck

import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { type Activity, MemoryStorage, TestAdapter } from 'botbuilder';
import { createBot } from '../../src/createBot';
import { createLogger } from '../../src/core/logging/logger';
import { projectRoot } from '../../src/paths';
import { loadMatcher } from '../lib/loadMatcher';
import { readEvalManifest } from '../lib/evalManifest';
import { replyIntent, titleTopics } from '../lib/replyIntent';

interface FollowUpLine {
  context: string;
  contextIntent: string;
  text: string;
  intent: string;
  alsoAcceptable?: string[];
}

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

function didYouMean(reply: Partial<Activity> | undefined): boolean {
  const card = reply?.attachments?.[0]?.content as { body?: { text?: string }[] } | undefined;
  return card?.body?.[0]?.text?.startsWith('Did you mean') === true;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  const entry = (readEvalManifest().followUps ?? []).find((item) => item.name === name);
  if (entry === undefined) {
    throw new Error(`usage: evalFollowUps <name> [--lines], name one of: ${(readEvalManifest().followUps ?? []).map((item) => item.name).join(', ')}`);
  }
  const showLines = process.argv.includes('--lines');
  if (showLines && entry.heldOut) {
    throw new Error(`${entry.name} is held out: its lines are not printed`);
  }
  const lines = readFileSync(path.join(projectRoot, entry.file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as FollowUpLine);
  const loaded = loadMatcher();
  const titles = titleTopics(loaded.knowledge);
  const logger = createLogger('error', () => undefined);
  let right = 0;
  let contextRight = 0;
  let rightAfterContext = 0;
  const byTopic = new Map<string, { right: number; total: number }>();
  for (const line of lines) {
    const parts = createBot(loaded.config, loaded.knowledge, logger, new MemoryStorage(), {});
    const adapter = new TestAdapter(async (context) => parts.bot.run(context));
    await adapter.receiveActivity(line.context);
    const firstReply = adapter.activeQueue.splice(0).find((activity) => activity.type !== 'typing');
    // The context is set only by an answer: a "Did you mean" first reply is not the context turn answered.
    const first = didYouMean(firstReply) ? 'didYouMean' : replyIntent(firstReply, titles);
    await adapter.receiveActivity(line.text);
    const predicted = replyIntent(adapter.activeQueue.splice(0).find((activity) => activity.type !== 'typing'), titles);
    const ok = predicted === line.intent || (line.alsoAcceptable ?? []).includes(predicted);
    right += ok ? 1 : 0;
    contextRight += first === line.contextIntent ? 1 : 0;
    rightAfterContext += ok && first === line.contextIntent ? 1 : 0;
    const topic = byTopic.get(line.contextIntent) ?? { right: 0, total: 0 };
    topic.right += ok ? 1 : 0;
    topic.total += 1;
    byTopic.set(line.contextIntent, topic);
    if (showLines && !ok) {
      out(`MISS [${line.contextIntent}${first === line.contextIntent ? '' : ` -> ${first}`}] "${line.text}" want ${line.intent} got ${predicted}`);
    }
  }
  const share = (part: number, whole: number): string => (whole === 0 ? '-' : (part / whole).toFixed(3));
  out(`${entry.name}: ${lines.length} lines, ${new Date().toISOString()}, ${os.cpus().length} cores ${os.cpus()[0]?.model ?? ''}, node ${process.version}`);
  out(`follow-ups right ${share(right, lines.length)} (${right}/${lines.length}); context turn answered with its topic ${share(contextRight, lines.length)}`);
  out(`right when the context turn was answered with its topic ${share(rightAfterContext, contextRight)} (${rightAfterContext}/${contextRight})`);
  out('by context topic: ' + [...byTopic].map(([topic, score]) => `${topic} ${score.right}/${score.total}`).join(', '));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
