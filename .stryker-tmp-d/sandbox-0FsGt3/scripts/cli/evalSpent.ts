/**
 * `node dist/scripts/cli/evalSpent.js [--cv] [--errors name] [--raw]`: one summary line per spent labelled set of
 * test/data/eval/manifest.json (deduplicated; `--raw`: as written) and the dev sanity set, with the production matcher trained once, so a tuning round can judge a change
 * by every spent set together instead of by the one it was aimed at (overfitting one set shows up as a loss on
 * the others). `--cv` adds the 5-fold cross-validation at the production policy; `--errors v3` lists that set's
 * misclassified lines. Only the listed, spent files are read: never a sealed test set. A line's `alsoAcceptable`
 * answers (manifest) count as right.
 */
// @ts-nocheck

import { existsSync } from 'node:fs';
import path from 'node:path';
import { trainingExamples } from '../../src/core/matching/cpkMatcher';
import { projectRoot } from '../../src/paths';
import { toClassifyResult } from '../lib/classifyResult';
import { crossValidate } from '../lib/crossValidation';
import { alsoAcceptableByText, readEvalManifest } from '../lib/evalManifest';
import { readJsonl } from '../lib/jsonl';
import { loadMatcher } from '../lib/loadMatcher';
import { evaluate, percentile } from '../lib/metrics';
import { scopeDataOf } from '../../src/core/matching/scope';

/**
 * The spent sets of test/data/eval/manifest.json (deduplicated; `--raw` for the sets as written) with their other
 * right answers, then the dev set.
 */
function spentSets(raw: boolean): [string, string, ReadonlyMap<string, readonly string[]>][] {
  return [
    ...readEvalManifest()
      .sets.filter((entry) => entry.spent)
      .map((entry): [string, string, ReadonlyMap<string, readonly string[]>] => [entry.name, raw ? entry.raw : entry.file, alsoAcceptableByText(entry)]),
    ['dev', '../shared/eval/dev-utterances.jsonl', new Map()],
  ];
}

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

function main(): void {
  const args = process.argv.slice(2);
  const errorsFor = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : undefined;
  const loaded = loadMatcher();
  out(`training ${loaded.trainingMs.toFixed(1)} ms wall / ${loaded.trainingCpuMs.toFixed(1)} ms CPU`);
  let inScopeRight = 0;
  let inScopeAll = 0;
  let rejected = 0;
  let outAll = 0;
  const steady: number[] = [];
  for (const [name, file, accepted] of spentSets(args.includes('--raw'))) {
    const full = path.resolve(projectRoot, file);
    if (!existsSync(full)) {
      continue;
    }
    const labelled = readJsonl(full).filter((item): item is { text: string; intent: string } => item.intent !== undefined);
    const pairs = labelled.map((item) => {
      const decision = loaded.matcher.match(item.text);
      const result = toClassifyResult(item.text, decision);
      const why = decision.kind === 'fallback' ? ` ${decision.rule ?? decision.reason}` : '';
      const alsoAcceptable = accepted.get(item.text) ?? [];
      return { gold: item.intent, predicted: result.intent, alsoAcceptable, text: item.text, confidence: result.confidence, kind: `${result.decision}${why}` };
    });
    for (const item of labelled.slice(0, 200)) {
      const started = process.hrtime.bigint();
      loaded.matcher.match(item.text);
      steady.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const report = evaluate(pairs);
    inScopeRight += Math.round(report.inScopeAccuracy * report.inScopeCount);
    inScopeAll += report.inScopeCount;
    rejected += Math.round(report.outOfScopeRejection * report.outOfScopeCount);
    outAll += report.outOfScopeCount;
    const wrongIn = report.inScopeCount - Math.round(report.inScopeAccuracy * report.inScopeCount);
    const wrongOut = report.outOfScopeCount - Math.round(report.outOfScopeRejection * report.outOfScopeCount);
    out(
      `${name.padEnd(7)} in-scope ${report.inScopeAccuracy.toFixed(3)} (${wrongIn} wrong of ${report.inScopeCount})  rejection ${report.outOfScopeRejection.toFixed(3)} (${wrongOut} wrong of ${report.outOfScopeCount})`,
    );
    if (errorsFor === name || errorsFor === 'all') {
      for (const pair of pairs.filter((item) => item.gold !== item.predicted && !item.alsoAcceptable.includes(item.predicted))) {
        out(`    ${name} ${pair.gold} -> ${pair.predicted} (${pair.kind} ${pair.confidence}): ${pair.text.slice(0, 160)}`);
      }
    }
  }
  out(`all     in-scope ${(inScopeRight / inScopeAll).toFixed(3)} (${inScopeAll - inScopeRight} wrong)  rejection ${(rejected / outAll).toFixed(3)} (${outAll - rejected} wrong)  sum of errors ${inScopeAll - inScopeRight + outAll - rejected}`);
  out(`steady-ish latency p50 ${percentile(steady, 50).toFixed(3)} ms p99 ${percentile(steady, 99).toFixed(3)} ms (single pass, second sight)`);
  if (args.includes('--cv')) {
    const grid = crossValidate(trainingExamples(loaded.knowledge.intents.values()), scopeDataOf(loaded.knowledge), 5, [loaded.config.matchThreshold], [loaded.config.ambiguityMargin]);
    for (const point of grid) {
      out(`cv      in-scope ${point.report.inScopeAccuracy.toFixed(3)}  rejection ${point.report.outOfScopeRejection.toFixed(3)}  accuracy ${point.report.accuracy.toFixed(3)}`);
    }
  }
}

main();
