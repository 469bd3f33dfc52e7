/**
 * The Docker runtime stage without a Docker engine (issue #20, item 2): its files are laid out in an empty folder
 * exactly as its COPY lines say, its data volume is created for its USER, and its CMD runs there as that
 * unprivileged user with its ENV. The page, /healthz and a message must work, and transcripts land in the volume.
 * The build stage is stood in for by this project's `npm run build` output plus a production-only install
 * (`npm ci` then `npm prune --omit=dev --omit=optional` in the image give the same tree).
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { freePort } from '../support/childProcess';
import { makeTempDir, removeDir } from '../support/tempDir';
import { readDockerfile } from './dockerfileStages';
import { assertServesPageHealthAndMessage, serveFromFolder, type ServedFolder } from './servedFromFolder';

/** A production-only install of the locked dependencies, as the build stage leaves it after `npm prune --omit=dev --omit=optional`. */
function productionInstall(folder: string): void {
  for (const file of ['package.json', 'package-lock.json', '.npmrc']) {
    fs.copyFileSync(path.join(projectRoot, file), path.join(folder, file));
  }
  const result = spawnSync('npm', ['ci', '--omit=dev', '--omit=optional', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, stdio: 'ignore', timeout: 600_000 });
  assert.equal(result.status, 0, 'npm ci --omit=dev --omit=optional');
}

async function waitForFile(folder: string, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
    if (files.length > 0 || Date.now() > deadline) {
      return files;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Dockerfile runtime stage, laid out and run without Docker', function () {
  this.timeout(600_000);
  const stages = readDockerfile();
  const build = stages[0];
  const runtime = stages.at(-1)!;
  const [uid, gid] = (runtime.user ?? '').split(':').map(Number);
  let buildFolder = '';
  let root = '';
  let served: ServedFolder | undefined;

  /** Where a path of the build stage's file system is here: its node_modules is the production install. */
  const inBuildStage = (stagePath: string): string => {
    const relative = path.posix.relative(build.workdir, stagePath);
    assert.ok(!relative.startsWith('..'), `${stagePath} is under the build stage's WORKDIR`);
    return relative.split('/')[0] === 'node_modules' ? path.join(buildFolder, relative) : path.join(projectRoot, relative);
  };
  /** A runtime-stage path (absolute, or relative to WORKDIR) inside the laid-out root. */
  const inRuntime = (stagePath: string): string => path.join(root, path.posix.relative(runtime.workdir, path.posix.resolve(runtime.workdir, stagePath)));

  before(() => {
    assert.ok(Number.isInteger(uid) && uid > 0 && Number.isInteger(gid), `USER ${String(runtime.user)} is numeric and not root`);
    buildFolder = makeTempDir('docker-build');
    productionInstall(buildFolder);
    root = makeTempDir('docker-runtime');
    fs.chmodSync(root, 0o755);
    for (const copy of runtime.copies) {
      assert.ok(copy.from === undefined || copy.from === build.name, `COPY --from=${String(copy.from)} names the build stage`);
      for (const source of copy.sources) {
        const from = copy.from === undefined ? path.join(projectRoot, source) : inBuildStage(source);
        assert.ok(fs.existsSync(from), `COPY source ${source} exists (${from})`);
        const to = inRuntime(copy.destination);
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.cpSync(from, to, { recursive: true });
      }
    }
    for (const volume of runtime.volumes) {
      assert.match(runtime.text, new RegExp(`RUN mkdir -p ${volume} && chown ${uid}:${gid} ${volume}`), `the image creates ${volume} for the runtime user`);
      fs.mkdirSync(inRuntime(volume), { recursive: true });
      fs.chownSync(inRuntime(volume), uid, gid);
    }
  });

  after(async () => {
    await served?.stop();
    removeDir(root);
    removeDir(buildFolder);
  });

  it('runs its CMD as the unprivileged USER: the page, /healthz and a message work, and transcripts land in the volume', async () => {
    const cmd = runtime.cmd ?? [];
    assert.equal(cmd[0], 'node');
    // Paths under WORKDIR in ENV (the data folders) point into the laid-out root.
    const env = Object.fromEntries(Object.entries(runtime.env).map(([name, value]) => [name, value.startsWith(`${runtime.workdir}/`) ? inRuntime(value) : value]));
    const port = await freePort();
    served = await serveFromFolder({
      command: process.execPath,
      args: cmd.slice(1),
      cwd: root,
      // HOST is set here on purpose: tests listen on loopback only, whatever the image's default is.
      env: { ...env, PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1' },
      ...(process.getuid?.() === 0 ? { user: { uid, gid } } : {}),
    });
    await assertServesPageHealthAndMessage(served.url);
    assert.ok(runtime.volumes.length > 0, 'a data volume is declared');
    const transcripts = path.join(inRuntime(runtime.volumes[0]), 'transcripts');
    assert.ok(env.TRANSCRIPT_DIR?.startsWith(inRuntime(runtime.volumes[0])), 'file transcripts go to the volume');
    const written = await waitForFile(transcripts, 15_000);
    assert.ok(written.length > 0, `a transcript in ${transcripts}; output: ${served.output().slice(-500)}`);
    if (process.getuid?.() === 0) {
      assert.equal(fs.statSync(path.join(transcripts, written[0])).uid, uid, 'written by the runtime user');
    }
    assert.doesNotMatch(served.output(), /EACCES|web chat asset missing/);
  });
});
