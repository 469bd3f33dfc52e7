/**
 * Where a turn's CPU goes, by stage (issue #16, item 7): the bot runs under the benchmark's traffic with V8's CPU
 * profiler on, and every profile sample is given to the stage of the innermost frame that belongs to one (reading
 * the turn, which includes the one match; routing; the dialogs; cards; the case log; conversation state;
 * transcripts), else to garbage collection or to the framework and HTTP (restify, the adapter, JSON, sockets).
 * Each stage's share of the samples times the process's measured CPU per turn gives its milliseconds per turn.
 * Module loading at start-up is left out; the warm-up turns are in (200 of several thousand). Shares are
 * approximate, good to aim the next change, not to compare two runs to the hundredth of a millisecond.
 */
// @ts-nocheck

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuMs, startChildServer } from './childServer';

export interface StageRow {
  stage: string;
  cpuMsPerTurn: number;
  share: number;
}

/** Stages by the compiled file a frame runs in; the first that matches a frame wins. */
const STAGES: readonly [string, RegExp][] = [
  ['read (incl. the match)', /\/src\/core\/routing\/turn\.js$|\/core\/matching\/|\/core\/entities\/|\/core\/checks\/(pastedCheckInput|detectCheckRequest|key\/extractKeyInputs)\.js$|apparatus|natural/],
  ['route', /\/core\/routing\/(routeTable|followUp)\.js$/],
  ['transcript', /\/storage\/transcripts\/|\/bot\/transcripts\//],
  ['state', /optimisticConversationState|boundedMemoryStorage|concurrencyGuardStorage|botState\.js$|botStatePropertyAccessor|conversationState\.js$/],
  ['case log', /turnHooks\/caseLogRecorder|core\/handoff\/case/],
  ['cards', /\/core\/cards\/|activityFromView/],
  ['dialogs', /\/dist\/dialogs\/|botbuilder-dialogs/],
];
const GC = 'garbage collection';
/** Loading modules at start-up: left out, it is not part of a turn. */
const START_UP = 'start-up';
const MODULE_LOADING = /^node:internal\/modules\//;
const FRAMEWORK = 'framework + HTTP';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds of samples per stage (idle left out). */
export function attributeSamples(profile: CpuProfile): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parents.set(child, node.id);
    }
  }
  const stageOfNode = new Map<number, string>();
  const stageOf = (id: number): string => {
    const known = stageOfNode.get(id);
    if (known !== undefined) {
      return known;
    }
    const node = nodes.get(id);
    const url = node?.callFrame.url ?? '';
    const own = MODULE_LOADING.test(url) ? START_UP : STAGES.find(([, pattern]) => pattern.test(url))?.[0];
    const parent = parents.get(id);
    const stage = own ?? (node?.callFrame.functionName === '(garbage collector)' ? GC : parent === undefined ? FRAMEWORK : stageOf(parent));
    stageOfNode.set(id, stage);
    return stage;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    if (nodes.get(id)?.callFrame.functionName === '(idle)') {
      return;
    }
    const stage = stageOf(id);
    if (stage === START_UP) {
      return;
    }
    totals.set(stage, (totals.get(stage) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  return totals;
}

/** Runs `load` against the profiled bot and splits its CPU per turn by stage. */
export async function profileStages(script: string, env: Record<string, string>, load: (url: string) => Promise<number>): Promise<StageRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpk-bench-profile-'));
  try {
    const server = await startChildServer(script, env, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const cpuBefore = cpuMs(server.child.pid);
    const turns = await load(server.url);
    const cpuPerTurn = (cpuMs(server.child.pid) - cpuBefore) / Math.max(1, turns);
    await server.stop();
    const file = fs.readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (file === undefined) {
      return [];
    }
    const totals = attributeSamples(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile);
    const all = [...totals.values()].reduce((sum, value) => sum + value, 0);
    return [...totals]
      .map(([stage, micros]) => ({ stage, share: Number((micros / all).toFixed(3)), cpuMsPerTurn: Number(((micros / all) * cpuPerTurn).toFixed(3)) }))
      .sort((a, b) => b.cpuMsPerTurn - a.cpuMsPerTurn);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
