/** Where the project lives, whether running from `src/` (ts) or `dist/src/` (compiled). */
// @ts-nocheck

import fs from 'node:fs';
import path from 'node:path';

function findProjectRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      return start;
    }
    dir = parent;
  }
  return dir;
}

/** The folder holding package.json, `knowledge/` and the web assets. */
export const projectRoot = findProjectRoot(__dirname);

/** The prebuilt model artifact `npm run build` writes (src/core/matching/modelArtifact.ts). */
export const modelArtifactFile = path.join(projectRoot, 'dist', 'model', 'matcher.json');

/**
 * The Web Chat UMD bundle `npm run build` copies out of the botframework-webchat devDependency
 * (scripts/build/copyWebChat.ts), so a production install serves it without that 480 MB package (issue #20).
 */
export const webChatBundleFile = path.join(projectRoot, 'dist', 'vendor', 'webchat.js');
