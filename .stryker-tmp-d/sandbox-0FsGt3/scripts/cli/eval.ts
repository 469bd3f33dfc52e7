/**
 * `npm run eval [-- name|file.jsonl] [--dev file.jsonl] [--cv]`: measures the production matcher on a labelled
 * set, named as in test/data/eval/manifest.json (deduplicated; default: the newest) or given as a file, and, in
 * the same run, a plain natural BayesClassifier trained on the same examples. Prints per-intent
 * precision/recall/F1, confusion pairs, in-scope top-1 accuracy, out-of-scope rejection, accuracy, p50/p99
 * matching latency and training time. The dev sanity set (EVAL_DEV_FILE, default ../shared/eval/dev-utterances.jsonl)
 * is scored too when present. `--cv` adds the 5-fold cross-validation grid over the training examples: it shows
 * how in-scope accuracy and rejection move with the threshold; it does not pick the margin (see README). */
// @ts-nocheck

import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { trainingExamples } from '../../src/core/matching/cpkMatcher';
import { projectRoot } from '../../src/paths';
import { trainBaseline } from '../lib/baseline';
import { toClassifyResult } from '../lib/classifyResult';
import { crossValidate } from '../lib/crossValidation';
import { alsoAcceptableByText, evalSet, readEvalManifest } from '../lib/evalManifest';
import { readJsonl, type Utterance } from '../lib/jsonl';
import { loadMatcher, type LoadedMatcher } from '../lib/loadMatcher';
import { evaluate, percentile, type Report } from '../lib/metrics';
import { scopeDataOf } from '../../src/core/matching/scope';

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
const pct = (value: number): string => value.toFixed(3);

function printReport(name: string, report: Report): void {
  out(`  ${name}`);
  out(`    in-scope top-1 accuracy   ${pct(report.inScopeAccuracy)}  (${report.inScopeCount} utterances)`);
  out(`    out-of-scope rejection    ${pct(report.outOfScopeRejection)}  (${report.outOfScopeCount} utterances)`);
  out(`    accuracy (all)            ${pct(report.accuracy)}`);
}

function printDetail(report: Report): void {
  out('    intent                  precision  recall  f1     support');
  for (const row of report.perIntent) {
    out(`    ${row.intent.padEnd(22)}  ${pct(row.precision)}      ${pct(row.recall)}   ${pct(row.f1)}  ${row.support}`);
  }
  out('    confusion pairs (gold -> predicted: count)');
  for (const pair of report.confusions.slice(0, 25)) {
    out(`      ${pair.gold} -> ${pair.predicted}: ${pair.count}`);
  }
  if (report.confusions.length === 0) {
    out('      none');
  }
}

function scoreFile(
  loaded: LoadedMatcher,
  baseline: ReturnType<typeof trainBaseline>,
  utterances: Utterance[],
  warmUp: readonly string[],
  accepted: ReadonlyMap<string, readonly string[]>,
): {
  matcher: Report;
  plain: Report;
  latencies: number[];
  cpuTimes: number[];
  steady: number[];
  decisions: Record<string, number>;
} {
  const labelled = utterances.filter((item): item is Required<Utterance> => item.intent !== undefined);
  // Warm-up on the training examples (not on the set), as a running bot is warm: the measured pass then pays what a
  // new message costs in production, its words seen for the first time (spelling searches included), without the
  // one-off JIT compilation of a fresh process (which the benchmark's cold start measures).
  warmUp.forEach((text) => loaded.matcher.match(text));
  const latencies: number[] = [];
  // CPU time as well as wall time: on a shared, loaded machine wall time also counts time spent descheduled.
  const cpuTimes: number[] = [];
  const decisions: Record<string, number> = { answer: 0, didYouMean: 0, fallback: 0 };
  const pairs = labelled.map((item) => {
    const cpuStarted = process.cpuUsage();
    const started = process.hrtime.bigint();
    const decision = loaded.matcher.match(item.text);
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    const cpu = process.cpuUsage(cpuStarted);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    decisions[decision.kind] += 1;
    return { gold: item.intent, predicted: toClassifyResult(item.text, decision).intent, alsoAcceptable: accepted.get(item.text) };
  });
  // Steady state: each utterance again, best of 3, after caches (spelling, stems) are warm and JIT is done.
  const steady = labelled.map((item) => {
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round += 1) {
      const started = process.hrtime.bigint();
      loaded.matcher.match(item.text);
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
    }
    return best;
  });
  const plainPairs = labelled.map((item) => ({ gold: item.intent, predicted: baseline.classify(item.text), alsoAcceptable: accepted.get(item.text) }));
  return { matcher: evaluate(pairs), plain: evaluate(plainPairs), latencies, cpuTimes, steady, decisions };
}

function argValue(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index === -1 ? undefined : args[index + 1];
}

function main(): void {
  const args = process.argv.slice(2);
  const positional = args.filter((arg, index) => !arg.startsWith('--') && !['--dev', '--warm'].includes(args[index - 1] ?? ''));
  // A set's manifest name (v1 ... v10, tuning) or a file; default: the newest set of the manifest, deduplicated.
  const manifest = readEvalManifest();
  const named = positional[0] ?? manifest.sets[manifest.sets.length - 1]?.name ?? '';
  const namedSet = manifest.sets.some((entry) => entry.name === named) ? evalSet(manifest, named) : undefined;
  const testFile = namedSet !== undefined ? path.join(projectRoot, namedSet.file) : path.resolve(named);
  // A manifest set's other right answers (alsoAcceptable); a file given by path has none.
  const accepted = namedSet !== undefined ? alsoAcceptableByText(namedSet) : new Map<string, readonly string[]>();
  const devFile = path.resolve(projectRoot, argValue(args, '--dev') ?? process.env.EVAL_DEV_FILE ?? '../shared/eval/dev-utterances.jsonl');

  // --warm a.jsonl,b.jsonl: match those texts first too, like a bot that has been answering for a while (typos
  // seen before are cached, the spelling search is compiled); the first-sight figures then describe a warm process.
  const warmTexts = (argValue(args, '--warm') ?? '')
    .split(',')
    .filter((file) => file !== '')
    .flatMap((file) => readJsonl(path.resolve(file)).map((item) => item.text));
  const loadStarted = process.hrtime.bigint();
  const loaded = loadMatcher();
  const loadMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;
  const examples = trainingExamples(loaded.knowledge.intents.values());
  const baselineStarted = process.hrtime.bigint();
  const baseline = trainBaseline(examples);
  const baselineMs = Number(process.hrtime.bigint() - baselineStarted) / 1e6;

  out(`CPK matcher evaluation, ${new Date().toISOString()}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  out(`policy: MATCH_THRESHOLD=${loaded.config.matchThreshold} MATCH_AMBIGUITY_MARGIN=${loaded.config.ambiguityMargin}`);
  out(`training examples: ${examples.length} from ${loaded.knowledge.intents.size} knowledge files`);
  out(`start-up training: ${loaded.trainingMs.toFixed(1)} ms wall / ${loaded.trainingCpuMs.toFixed(1)} ms CPU (matcher), ${loadMs.toFixed(1)} ms wall with knowledge loading; plain Bayes: ${baselineMs.toFixed(1)} ms wall`);

  const sets: [string, string][] = [['test set', testFile]];
  if (existsSync(devFile)) {
    sets.push(['dev sanity set', devFile]);
  } else {
    out(`dev sanity set not found at ${devFile}; skipped`);
  }
  const trained = new Set(examples.map((example) => example.text.toLowerCase().trim()));
  for (const [label, file] of sets) {
    const utterances = readJsonl(file);
    const setAccepted = label === 'test set' ? accepted : new Map<string, readonly string[]>();
    const result = scoreFile(loaded, baseline, utterances, [...examples.map((example) => example.text), ...warmTexts], setAccepted);
    out();
    out(`== ${label}: ${path.relative(process.cwd(), file)}`);
    out(`  decisions: answer ${result.decisions.answer}, didYouMean ${result.decisions.didYouMean}, fallback ${result.decisions.fallback}`);
    out(`  matching, first sight (wall): p50 ${percentile(result.latencies, 50).toFixed(3)} ms, p99 ${percentile(result.latencies, 99).toFixed(3)} ms, max ${percentile(result.latencies, 100).toFixed(3)} ms`);
    out(`  matching, seen before:        p50 ${percentile(result.steady, 50).toFixed(3)} ms, p99 ${percentile(result.steady, 99).toFixed(3)} ms (best of 3 repeats, warm caches)`);
    out(`  matching, first sight (CPU):  p50 ${percentile(result.cpuTimes, 50).toFixed(3)} ms, p99 ${percentile(result.cpuTimes, 99).toFixed(3)} ms, max ${percentile(result.cpuTimes, 100).toFixed(3)} ms`);
    printReport('CpkMatcher (production)', result.matcher);
    printReport('plain natural BayesClassifier (same examples, top label)', result.plain);
    // Lines identical to a training example (mostly short small talk such as "hi") flatter both matchers.
    const unseen = utterances.filter((item) => !trained.has(item.text.toLowerCase().trim()));
    if (unseen.length < utterances.length) {
      const fresh = scoreFile(loaded, baseline, unseen, [], setAccepted);
      out(`  without the ${utterances.length - unseen.length} lines identical to a training example (${unseen.length} left):`);
      printReport('CpkMatcher (production)', fresh.matcher);
      printReport('plain natural BayesClassifier', fresh.plain);
    }
    out('  CpkMatcher per intent:');
    printDetail(result.matcher);
    out('  plain BayesClassifier per intent:');
    printDetail(result.plain);
  }

  if (args.includes('--cv')) {
    out();
    out('== dev split: 5-fold cross-validation over the training examples (top-1 by threshold; the margin cannot change top-1)');
    const grid = crossValidate(examples, scopeDataOf(loaded.knowledge), 5, [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5], [0.02, 0.05, 0.08]);
    out('  threshold margin  in-scope  rejection  accuracy');
    for (const point of grid) {
      out(`  ${point.threshold.toFixed(2)}      ${point.margin.toFixed(2)}    ${pct(point.report.inScopeAccuracy)}     ${pct(point.report.outOfScopeRejection)}      ${pct(point.report.accuracy)}`);
    }
  }
}

main();
