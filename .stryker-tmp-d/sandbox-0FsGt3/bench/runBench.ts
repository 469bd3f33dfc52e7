/**
 * `npm run bench`: the CPK bot against the framework's floor (a minimal echo bot on the same stack) and against
 * a bot that only matches and sends a pre-rendered card (bench/matchCardBot.ts), in the same run, at
 * concurrency 1, 8 and 64; the matcher alone; cold start; and memory over 30,000 turns. Prints a
 * table and writes bench/results.json. A benchmark, not a test: it asserts nothing, it measures.
 */
// @ts-nocheck

import autocannon from 'autocannon';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { CpkMatcher } from '../src/core/matching/cpkMatcher';
import { restoreMatcher } from '../src/core/matching/modelArtifact';
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { modelArtifactFile, projectRoot } from '../src/paths';
import { type ChildServer, cpuMs, rssMb, startChildServer } from './childServer';
import { evalSet, readEvalManifest } from '../scripts/lib/evalManifest';
import { readJsonl } from '../scripts/lib/jsonl';
import { turnBody } from './turnMix';
import { profileStages } from './stageProfile';

const CONVERSATIONS = 256;
const ECHO = 'echo (floor)';
const MATCH_CARD = 'match + card';
const CPK_BOT = 'cpk bot';
const HTTP_DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const MEMORY_TURNS = Number(process.env.BENCH_MEMORY_TURNS ?? 30000);
const COLD_START_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);

/**
 * The bot writes transcripts and feedback as in production (files on), but into a temporary folder removed after
 * the run: tens of thousands of benchmark turns would otherwise fill the project's data/ folder (3 GB seen).
 */
const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpk-bench-'));
const botEnv = { TRANSCRIPT_DIR: path.join(outputDir, 'transcripts'), FEEDBACK_DIR: path.join(outputDir, 'feedback') };

interface HttpRow {
  bot: string;
  concurrency: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The server process's CPU time per turn served (all its threads). */
  cpuMsPerTurn: number;
  errors: number;
}

async function load(url: string, connections: number, options: { duration?: number; amount?: number }): Promise<autocannon.Result> {
  let counter = 0;
  return autocannon({
    url: `${url}/api/messages`,
    connections,
    ...options,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: turnBody(counter++, CONVERSATIONS) }),
      },
    ],
  });
}

async function httpRow(name: string, server: ChildServer, concurrency: number): Promise<HttpRow> {
  await load(server.url, concurrency, { amount: 200 }); // warm-up (JIT, state for every conversation)
  const cpuBefore = cpuMs(server.child.pid);
  const result = await load(server.url, concurrency, { duration: HTTP_DURATION_S });
  const cpuUsed = cpuMs(server.child.pid) - cpuBefore;
  return {
    bot: name,
    concurrency,
    turnsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMsPerTurn: Number((cpuUsed / Math.max(1, result.requests.total)).toFixed(2)),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function matcherBench(): { utterancesPerSecond: number; p99Ms: number; trainMs: number; restoreMs: number; count: number } {
  const config = loadConfig({});
  const knowledge = loadKnowledge(config.knowledgeDir);
  const policy = { threshold: config.matchThreshold, ambiguityMargin: config.ambiguityMargin };
  // Training as at a start-up without the prebuilt model, then restoring that model as start-up does (issue #8).
  const trainStart = process.hrtime.bigint();
  const matcher = CpkMatcher.fromKnowledge(knowledge, policy);
  const trainMs = Number(process.hrtime.bigint() - trainStart) / 1e6;
  const restoreStart = process.hrtime.bigint();
  const restored = restoreMatcher(modelArtifactFile, knowledge, policy);
  const restoreMs = restored.kind === 'restored' ? Number(process.hrtime.bigint() - restoreStart) / 1e6 : Number.NaN;
  // The first evaluation set as written (454 lines), as before the sets moved under test/data/eval/ (issue #21).
  const lines = readJsonl(path.join(projectRoot, evalSet(readEvalManifest(), 'v1').raw)).map((line) => line.text);
  const times: number[] = [];
  const started = process.hrtime.bigint();
  for (let round = 0; round < 20; round += 1) {
    for (const text of lines) {
      const t0 = process.hrtime.bigint();
      matcher.match(text);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const totalS = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  return {
    utterancesPerSecond: Math.round(times.length / totalS),
    p99Ms: Number((times[Math.floor(times.length * 0.99)] ?? Number.NaN).toFixed(3)),
    trainMs: Number(trainMs.toFixed(1)),
    restoreMs: Number(restoreMs.toFixed(1)),
    count: times.length,
  };
}

/** Process start to the first answered /api/messages turn. */
async function coldStart(script: string, env: Record<string, string>): Promise<number> {
  const started = process.hrtime.bigint();
  const server = await startChildServer(script, env);
  const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: turnBody(0, 1) });
  await response.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  await server.stop();
  return Math.round(ms);
}

interface ColdStarts {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number[];
}

/**
 * Cold starts of the bot and of the echo floor, alternating, `COLD_START_RUNS` each: one start varies by a few
 * hundred milliseconds with what the disk cache and the other core are doing, so the median is reported with its
 * range, and the floor shows how much of it is Node, restify and the Bot Framework themselves.
 */
async function coldStarts(botScript: string, echoScript: string): Promise<{ bot: ColdStarts; echo: ColdStarts }> {
  const bot: number[] = [];
  const echo: number[] = [];
  for (let run = 0; run < COLD_START_RUNS; run += 1) {
    echo.push(await coldStart(echoScript, {}));
    bot.push(await coldStart(botScript, botEnv));
  }
  return { bot: summarise(bot), echo: summarise(echo) };
}

function summarise(runs: number[]): ColdStarts {
  const sorted = [...runs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, minMs: sorted[0] ?? Number.NaN, maxMs: sorted.at(-1) ?? Number.NaN, runs };
}

async function memory(server: ChildServer): Promise<number[]> {
  const samples: number[] = [];
  const step = MEMORY_TURNS / 3;
  for (let part = 0; part < 3; part += 1) {
    await load(server.url, 8, { amount: step });
    samples.push(Math.round(rssMb(server.child.pid)));
  }
  return samples;
}

async function main(): Promise<void> {
  const botScript = path.join(projectRoot, 'dist', 'src', 'index.js');
  const echoScript = path.join(projectRoot, 'dist', 'bench', 'echoBot.js');
  const matchCardScript = path.join(projectRoot, 'dist', 'bench', 'matchCardBot.js');
  const rows: HttpRow[] = [];
  for (const concurrency of [1, 8, 64]) {
    // Fresh processes per level, one server after the other, so none inherits another's warm state.
    const echo = await startChildServer(echoScript);
    rows.push(await httpRow(ECHO, echo, concurrency));
    await echo.stop();
    const matchCard = await startChildServer(matchCardScript);
    rows.push(await httpRow(MATCH_CARD, matchCard, concurrency));
    await matchCard.stop();
    const bot = await startChildServer(botScript, botEnv);
    rows.push(await httpRow(CPK_BOT, bot, concurrency));
    await bot.stop();
  }
  const matcher = matcherBench();
  const cold = await coldStarts(botScript, echoScript);
  const bot = await startChildServer(botScript, botEnv);
  const rss = await memory(bot);
  await bot.stop();
  const stages = await profileStages(botScript, botEnv, async (url) => {
    await load(url, 8, { amount: 200 });
    return (await load(url, 8, { duration: HTTP_DURATION_S })).requests.total;
  });

  const turnsPerSecond = (name: string, concurrency: number): number =>
    rows.find((row) => row.bot === name && row.concurrency === concurrency)?.turnsPerSecond ?? Number.NaN;
  const ratio = (concurrency: number, name = CPK_BOT): number =>
    Number((turnsPerSecond(name, concurrency) / turnsPerSecond(ECHO, concurrency)).toFixed(2));
  const machine = `${os.cpus().length} cores ${os.cpus()[0]?.model ?? ''}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;
  const out = (line: string): boolean => process.stdout.write(`${line}\n`);
  out(`CPK bot benchmark, ${new Date().toISOString()}, ${machine}`);
  out('');
  out('bot           conc  turns/s   p50 ms  p99 ms  cpu ms/turn  errors  vs floor');
  for (const row of rows) {
    const vs = row.bot === ECHO ? '' : ratio(row.concurrency, row.bot).toFixed(2);
    out(
      `${row.bot.padEnd(13)} ${String(row.concurrency).padStart(4)} ${String(row.turnsPerSecond).padStart(8)} ${String(row.p50Ms).padStart(8)} ${String(row.p99Ms).padStart(7)} ${row.cpuMsPerTurn.toFixed(2).padStart(12)} ${String(row.errors).padStart(7)}  ${vs}`,
    );
  }
  out('');
  out(`matcher alone: ${matcher.utterancesPerSecond} utterances/s, p99 ${matcher.p99Ms} ms over ${matcher.count} matches; training ${matcher.trainMs} ms, restoring the prebuilt model ${matcher.restoreMs} ms`);
  const coldLine = (c: ColdStarts): string => `median ${c.medianMs} ms (${c.minMs}-${c.maxMs})`;
  out(`cold start (spawn to first answered turn, ${COLD_START_RUNS} runs): cpk bot ${coldLine(cold.bot)}, echo floor ${coldLine(cold.echo)}`);
  out('');
  out('cpk bot CPU per turn by stage (concurrency 8, CPU profile):');
  for (const stage of stages) {
    out(`  ${stage.stage.padEnd(24)} ${stage.cpuMsPerTurn.toFixed(3).padStart(7)} ms  ${(stage.share * 100).toFixed(1).padStart(5)}%`);
  }
  out(`RSS after ${MEMORY_TURNS / 3}/${(2 * MEMORY_TURNS) / 3}/${MEMORY_TURNS} turns: ${rss.join(' / ')} MB`);
  const results = { date: new Date().toISOString(), machine, http: rows, throughputVsFloor: { 1: ratio(1), 8: ratio(8), 64: ratio(64) },
    matchCardVsFloor: { 1: ratio(1, MATCH_CARD), 8: ratio(8, MATCH_CARD), 64: ratio(64, MATCH_CARD) },
    matcher, coldStart: cold, rssMb: rss, stagesAtConcurrency8: stages };
  fs.mkdirSync(path.join(projectRoot, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(projectRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  out('wrote bench/results.json');
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(outputDir, { recursive: true, force: true }));
