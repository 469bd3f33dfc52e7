/** The package version, read once from package.json (reported by /healthz). */
// @ts-nocheck

import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths';

function readVersion(): string {
  const json = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof json.version === 'string' ? json.version : 'unknown';
}

export const packageVersion = readVersion();
