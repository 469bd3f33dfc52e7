/**
 * Part of `npm run build`: trains the matcher from the knowledge base once and writes the prebuilt model artifact
 * that start-up restores instead of training (src/core/matching/modelArtifact.ts, issue #8 cold start).
 */
// @ts-nocheck

import fs from 'node:fs';
import { loadConfig } from '../../src/config';
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import { CpkMatcher } from '../../src/core/matching/cpkMatcher';
import { saveModelArtifact } from '../../src/core/matching/modelArtifact';
import { modelArtifactFile } from '../../src/paths';

const config = loadConfig({});
const knowledge = loadKnowledge(config.knowledgeDir);
const intents = [...knowledge.intents.values()];
const started = process.hrtime.bigint();
const matcher = CpkMatcher.fromKnowledge(knowledge, { threshold: config.matchThreshold, ambiguityMargin: config.ambiguityMargin });
const trainMs = Number(process.hrtime.bigint() - started) / 1e6;
saveModelArtifact(modelArtifactFile, intents, matcher);
const examples = intents.reduce((sum, entry) => sum + entry.examples.length, 0);
const kb = Math.round(fs.statSync(modelArtifactFile).size / 1024);
// Progress goes to stderr: the CLIs build first, and their stdout must hold only their own output.
process.stderr.write(`model artifact: ${modelArtifactFile} (${examples} examples, ${kb} KB, trained in ${Math.round(trainMs)} ms)\n`);
