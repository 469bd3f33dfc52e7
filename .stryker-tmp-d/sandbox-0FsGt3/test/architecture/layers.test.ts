/**
 * Layers run one way (issue #16, item 4): `dialogs/ -> src/bot -> src/storage -> src/core`, with the settings
 * (`src/config.ts`, `src/paths.ts`, `src/version.ts`) just above the core and the host (server, Direct Line bridge,
 * start-up, composition root) on top. Read from the TypeScript sources, so a new import that runs back up, or a
 * new file cycle, fails here before anyone has to untangle it.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../src/paths';

/** Lower tiers may be imported by higher ones, never the other way round. */
const TIERS: readonly { name: string; owns: (file: string) => boolean }[] = [
  { name: 'core', owns: (file) => file.startsWith('src/core/') },
  { name: 'settings', owns: (file) => ['src/config.ts', 'src/paths.ts', 'src/version.ts'].includes(file) },
  { name: 'storage', owns: (file) => file.startsWith('src/storage/') },
  { name: 'bot', owns: (file) => file.startsWith('src/bot/') },
  { name: 'dialogs', owns: (file) => file.startsWith('dialogs/') },
  { name: 'host', owns: (file) => file.startsWith('src/') },
];

function tierOf(file: string): number {
  const tier = TIERS.findIndex((candidate) => candidate.owns(file));
  assert.notEqual(tier, -1, `${file} belongs to no layer`);
  return tier;
}

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(projectRoot, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      return sourceFiles(relative);
    }
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** Each file's imports: project files (relative, resolved) and package names. */
function readImports(files: readonly string[]): Map<string, { local: string[]; packages: string[] }> {
  const graph = new Map<string, { local: string[]; packages: string[] }>();
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(path.join(projectRoot, file), 'utf8'), true, true);
    const local: string[] = [];
    const packages: string[] = [];
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) {
        packages.push(fileName);
        continue;
      }
      const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName));
      const resolved = [`${base}.ts`, `${base}/index.ts`, base].find((candidate) => files.includes(candidate));
      assert.ok(resolved !== undefined, `${file} imports ${fileName}, which is not a source file`);
      local.push(resolved);
    }
    graph.set(file, { local, packages });
  }
  return graph;
}

/** Strongly connected components with more than one file (Tarjan), i.e. the import cycles. */
function importCycles(graph: Map<string, { local: string[] }>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file)?.local ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) {
          onStack.delete(member);
          component.push(member);
        }
      } while (member !== undefined && member !== file);
      if (component.length > 1) {
        cycles.push(component.sort());
      }
    }
  };
  for (const file of graph.keys()) {
    if (!index.has(file)) {
      visit(file);
    }
  }
  return cycles;
}

describe('layers run one way (issue #16)', () => {
  const graph = readImports([...sourceFiles('src'), ...sourceFiles('dialogs')]);

  it('reads every source file of src/ and dialogs/', () => {
    assert.ok(graph.size > 150, `only ${graph.size} files read`);
    assert.ok(graph.has('src/bot/cpkBot.ts') && graph.has('dialogs/mainDialog.ts') && graph.has('src/core/matching/decide.ts'));
  });

  it('no import runs back up: dialogs -> bot -> storage -> settings -> core', () => {
    const upward = [...graph].flatMap(([file, { local }]) =>
      local.filter((target) => tierOf(target) > tierOf(file)).map((target) => `${file} (${TIERS[tierOf(file)]?.name}) -> ${target} (${TIERS[tierOf(target)]?.name})`),
    );
    assert.deepEqual(upward, []);
  });

  it('the core imports no Bot Framework or web server package', () => {
    const framework = [...graph]
      .filter(([file]) => tierOf(file) === 0)
      .flatMap(([file, { packages }]) => packages.filter((name) => /^(botbuilder|botframework|restify)/.test(name)).map((name) => `${file} -> ${name}`));
    assert.deepEqual(framework, []);
  });

  it('has no file cycles', () => {
    assert.deepEqual(importCycles(graph), []);
  });

  it('catches a cycle and an upward import when there is one (the checks above can fail)', () => {
    const planted = new Map([
      ['src/core/a.ts', { local: ['src/core/b.ts'] }],
      ['src/core/b.ts', { local: ['src/core/a.ts'] }],
      ['src/core/c.ts', { local: [] }],
    ]);
    assert.deepEqual(importCycles(planted), [['src/core/a.ts', 'src/core/b.ts']]);
    assert.ok(tierOf('dialogs/mainDialog.ts') > tierOf('src/bot/cpkBot.ts'));
    assert.ok(tierOf('src/bot/cpkBot.ts') > tierOf('src/storage/createStores.ts'));
    assert.ok(tierOf('src/storage/createStores.ts') > tierOf('src/config.ts'));
    assert.ok(tierOf('src/config.ts') > tierOf('src/core/matching/decide.ts'));
  });
});
