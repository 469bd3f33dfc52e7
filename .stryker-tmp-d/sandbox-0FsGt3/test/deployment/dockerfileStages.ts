/**
 * Reads the Dockerfile's stages as data (base image, ENV, COPY, USER, VOLUME, CMD) so the tests can lay out the
 * runtime stage's files exactly as its COPY lines say and run them, with no Docker engine on the machine.
 */
// @ts-nocheck

import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

export interface CopyLine {
  /** The stage the files come from (`--from=`), or undefined for the build context. */
  from?: string;
  chown?: string;
  sources: string[];
  destination: string;
}

export interface DockerStage {
  image: string;
  name?: string;
  text: string;
  /** Instruction lines with continuations joined. */
  instructions: string[];
  workdir: string;
  env: Record<string, string>;
  copies: CopyLine[];
  user?: string;
  volumes: string[];
  cmd?: string[];
}

function joinContinuations(text: string): string[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** `KEY=value KEY2=value2` pairs of an ENV line (values without spaces or quoted). */
function parseEnv(rest: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const match of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|\S*)/g)) {
    env[match[1]] = match[3] ?? match[2];
  }
  return env;
}

function parseStage(text: string): DockerStage {
  const instructions = joinContinuations(`FROM ${text}`);
  const [, image = '', name] = /^FROM (\S+)(?: AS (\S+))?/i.exec(instructions[0] ?? '') ?? [];
  const stage: DockerStage = { image, name, text, instructions, workdir: '/', env: {}, copies: [], volumes: [] };
  for (const line of instructions.slice(1)) {
    const [keyword, ...restWords] = line.split(/\s+/);
    const rest = restWords.join(' ');
    switch (keyword.toUpperCase()) {
      case 'WORKDIR':
        stage.workdir = path.posix.resolve(stage.workdir, rest);
        break;
      case 'ENV':
        Object.assign(stage.env, parseEnv(rest));
        break;
      case 'COPY': {
        const flags = restWords.filter((word) => word.startsWith('--'));
        const paths = restWords.filter((word) => !word.startsWith('--'));
        const flag = (flagName: string): string | undefined => flags.find((word) => word.startsWith(`--${flagName}=`))?.split('=')[1];
        stage.copies.push({ from: flag('from'), chown: flag('chown'), sources: paths.slice(0, -1), destination: paths.at(-1) ?? '' });
        break;
      }
      case 'USER':
        stage.user = rest;
        break;
      case 'VOLUME':
        stage.volumes.push(...(rest.startsWith('[') ? (JSON.parse(rest) as string[]) : restWords));
        break;
      case 'CMD':
        stage.cmd = JSON.parse(rest) as string[];
        break;
      default:
        break;
    }
  }
  return stage;
}

export function readDockerfile(file = path.join(projectRoot, 'Dockerfile')): DockerStage[] {
  return fs.readFileSync(file, 'utf8').split(/^FROM /m).slice(1).map(parseStage);
}
