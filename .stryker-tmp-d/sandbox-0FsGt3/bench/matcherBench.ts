/**
 * `node dist/bench/matcherBench.js` (run by `npm run bench` after the HTTP benchmark; issue #17, item 6): the
 * matcher's own cost per message with the real knowledge, and a scaling line: the same matcher on a synthetic
 * 100-topic knowledge base, so a reader can see how cost grows with topics before the knowledge grows that far.
 * Texts are every line of the spent evaluation sets (never a sealed set); each pass matches them all in one warm
 * process. "first sight" is the first pass (each text new to the process, as a new message is); "repeat" the best
 * of three later passes. Kept apart from the HTTP benchmark so that one can move without this one.
 */
// @ts-nocheck

import os from 'node:os';
import path from 'node:path';
import { CpkMatcher, trainingExamples } from '../src/core/matching/cpkMatcher';
import type { TrainingExample } from '../src/core/matching/intentClassifier';
import { scopeDataOf } from '../src/core/matching/scope';
import { seeded } from '../src/core/matching/softmaxRegression';
import { projectRoot } from '../src/paths';
import { readEvalManifest } from '../scripts/lib/evalManifest';
import { readJsonl } from '../scripts/lib/jsonl';
import { loadMatcher } from '../scripts/lib/loadMatcher';
import { percentile } from '../scripts/lib/metrics';

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** Milliseconds per text for one pass over `texts`. */
function pass(matcher: CpkMatcher, texts: readonly string[]): number[] {
  return texts.map((text) => {
    const started = process.hrtime.bigint();
    matcher.match(text);
    return Number(process.hrtime.bigint() - started) / 1e6;
  });
}

/** First-sight pass, then the best of three repeat passes per text. */
function measure(matcher: CpkMatcher, texts: readonly string[]): { first: number[]; repeat: number[] } {
  const first = pass(matcher, texts);
  const repeats = [pass(matcher, texts), pass(matcher, texts), pass(matcher, texts)];
  return { first, repeat: texts.map((_, index) => Math.min(...repeats.map((times) => times[index]))) };
}

/**
 * The real training examples plus synthetic guidance topics up to `topics` in all: each synthetic topic has the
 * median example count of the real guidance topics, sentences of 5-14 words drawn from the real vocabulary plus
 * three words of its own, so its features overlap the real ones as a new CPK topic's would.
 */
function syntheticExamples(real: readonly TrainingExample[], topics: number): TrainingExample[] {
  const random = seeded(17);
  const vocabulary = [...new Set(real.flatMap((example) => example.text.toLowerCase().match(/[a-z][a-z0-9-]+/g) ?? []))];
  const realTopics = new Set(real.map((example) => example.intent));
  const perTopic = [...realTopics].map((intent) => real.filter((example) => example.intent === intent).length).sort((a, b) => a - b);
  const count = perTopic[Math.floor(perTopic.length / 2)] ?? 50;
  const pick = (): string => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'blob';
  const added: TrainingExample[] = [];
  for (let topic = realTopics.size; topic < topics; topic += 1) {
    const own = [`topic${topic}alpha`, `topic${topic}beta`, `topic${topic}gamma`];
    for (let example = 0; example < count; example += 1) {
      const words = Array.from({ length: 5 + Math.floor(random() * 10) }, pick);
      words.splice(Math.floor(random() * words.length), 0, own[example % own.length] ?? 'cpk', 'cpk');
      added.push({ intent: `synthetic-${topic}`, text: words.join(' '), markers: [], kind: 'guidance' });
    }
  }
  return [...real, ...added];
}

function line(label: string, timing: { first: number[]; repeat: number[] }): string {
  const ms = (value: number): string => value.toFixed(3);
  return (
    `${label.padEnd(34)} first sight p50 ${ms(percentile(timing.first, 50))} ms  p99 ${ms(percentile(timing.first, 99))} ms   ` +
    `repeat p50 ${ms(percentile(timing.repeat, 50))} ms  p99 ${ms(percentile(timing.repeat, 99))} ms`
  );
}

function main(): void {
  const loaded = loadMatcher();
  const policy = { threshold: loaded.config.matchThreshold, ambiguityMargin: loaded.config.ambiguityMargin };
  const texts = readEvalManifest()
    .sets.filter((entry) => entry.spent)
    .flatMap((entry) => readJsonl(path.join(projectRoot, entry.file)).map((item) => item.text));
  const real = trainingExamples(loaded.knowledge.intents.values());
  const scope = scopeDataOf(loaded.knowledge);
  out(`matcher cost per message, ${new Date().toISOString()}, ${os.cpus().length} cores ${os.cpus()[0]?.model ?? ''}, node ${process.version}, load ${os.loadavg()[0]?.toFixed(2)}`);
  out(`${texts.length} texts (every spent set, deduplicated); warmed on the training examples first; targets p50 <= 0.1 ms, p99 <= 0.5 ms`);
  pass(loaded.matcher, real.map((example) => example.text));
  out(line(`real knowledge (${loaded.knowledge.intents.size} topics, ${real.length} examples)`, measure(loaded.matcher, texts)));
  const synthetic = syntheticExamples(real, 100);
  const guidance = new Set([...scope.guidanceIntents, ...synthetic.filter((example) => example.intent.startsWith('synthetic-')).map((example) => example.intent)]);
  const trainStarted = process.hrtime.bigint();
  const scaled = new CpkMatcher(synthetic, policy, { ...scope, guidanceIntents: guidance });
  const trainMs = Number(process.hrtime.bigint() - trainStarted) / 1e6;
  pass(scaled, synthetic.map((example) => example.text));
  out(line(`synthetic (100 topics, ${synthetic.length} examples)`, measure(scaled, texts)));
  out(`synthetic 100-topic training: ${trainMs.toFixed(0)} ms`);
}

main();
