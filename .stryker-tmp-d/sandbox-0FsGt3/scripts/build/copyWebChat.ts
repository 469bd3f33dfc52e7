/**
 * Part of `npm run build`: copies the Web Chat UMD bundle (and its licence notice) from the botframework-webchat
 * devDependency to dist/vendor/, where the server serves it. Production installs then need no botframework-webchat
 * (about 480 MB, 141 MB of it a stats.json) to serve one 3.9 MB file (issue #20).
 */
// @ts-nocheck

import fs from 'node:fs';
import path from 'node:path';
import { webChatBundleFile } from '../../src/paths';
import { installedWebChatBundle } from '../../src/server/webChatAssets';

export function copyWebChatBundle(target = webChatBundleFile): { file: string; bytes: number } {
  const source = installedWebChatBundle();
  if (source === undefined) {
    throw new Error('botframework-webchat is not installed: run npm ci (it is a devDependency) before npm run build');
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, target);
  if (fs.existsSync(`${source}.LICENSE.txt`)) {
    fs.copyFileSync(`${source}.LICENSE.txt`, `${target}.LICENSE.txt`);
  }
  return { file: target, bytes: fs.statSync(target).size };
}

if (require.main === module) {
  const { file, bytes } = copyWebChatBundle();
  // stderr, as buildModel's progress line: a CLI's stdout holds only its own output.
  process.stderr.write(`web chat bundle: ${file} (${Math.round(bytes / 1024)} KB)\n`);
}
