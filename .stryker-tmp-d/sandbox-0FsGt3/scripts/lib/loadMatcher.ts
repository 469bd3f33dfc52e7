/**
 * Builds the production matcher for the CLIs exactly as the bot does (same config, knowledge and policy),
 * without loading botbuilder.
 */
// @ts-nocheck

import { loadConfig, type AppConfig } from '../../src/config';
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/core/knowledge/types';
import { CpkMatcher } from '../../src/core/matching/cpkMatcher';

export interface LoadedMatcher {
  config: AppConfig;
  knowledge: KnowledgeBase;
  matcher: CpkMatcher;
  /** Milliseconds spent training the matcher (knowledge already loaded), wall clock and CPU. */
  trainingMs: number;
  trainingCpuMs: number;
}

export function loadMatcher(env: Readonly<Record<string, string | undefined>> = process.env): LoadedMatcher {
  const config = loadConfig(env);
  const knowledge = loadKnowledge(config.knowledgeDir);
  const cpuStarted = process.cpuUsage();
  const started = process.hrtime.bigint();
  const matcher = CpkMatcher.fromKnowledge(knowledge, { threshold: config.matchThreshold, ambiguityMargin: config.ambiguityMargin });
  const trainingMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuStarted);
  return { config, knowledge, matcher, trainingMs, trainingCpuMs: (cpu.user + cpu.system) / 1000 };
}
