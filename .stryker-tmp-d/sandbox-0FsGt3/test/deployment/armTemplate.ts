/** Small readers for ARM template JSON used by the deployment tests (no Azure tooling needed offline). */
// @ts-nocheck

import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

export const templatesDir = path.join(projectRoot, 'deploymentTemplates');

export interface ArmParameter {
  type: string;
  defaultValue?: unknown;
}

export interface ArmResource {
  type: string;
  name: string;
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface ArmTemplate {
  $schema: string;
  parameters?: Record<string, ArmParameter>;
  variables?: Record<string, unknown>;
  resources: ArmResource[];
  outputs?: Record<string, unknown>;
}

/** Every .json file under deploymentTemplates/, except teams/ (the Teams app package, owned elsewhere). */
export function jsonFiles(dir = templatesDir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'teams' ? [] : jsonFiles(full);
    }
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}

export const isTemplate = (json: unknown): json is ArmTemplate =>
  typeof json === 'object' && json !== null && /deploymentTemplate\.json/.test(String((json as { $schema?: unknown }).$schema));

export const isParametersFile = (json: unknown): json is { parameters: Record<string, { value?: unknown; reference?: unknown }> } =>
  typeof json === 'object' && json !== null && /deploymentParameters\.json/.test(String((json as { $schema?: unknown }).$schema));

/** Names used as `parameters('x')` / `variables('x')` in a piece of template JSON. */
export function referenced(kind: 'parameters' | 'variables', json: unknown): Set<string> {
  const text = JSON.stringify(json);
  return new Set([...text.matchAll(new RegExp(`${kind}\\('([^']+)'\\)`, 'g'))].map((match) => match[1]));
}

/**
 * The environment variables the bot reads: every `read…(env, 'NAME'` in src/config.ts plus every variable in
 * .env.example (which also lists the Bot Framework auth settings botbuilder reads itself). Derived, not copied,
 * so a new setting fails the template test until the template sets it.
 */
export function botSettings(): Set<string> {
  const config = fs.readFileSync(path.join(projectRoot, 'src', 'config.ts'), 'utf8');
  const example = fs.readFileSync(path.join(projectRoot, '.env.example'), 'utf8');
  return new Set([
    ...[...config.matchAll(/read\w*\(env, '([A-Za-z_][A-Za-z0-9_]*)'/g)].map((match) => match[1]),
    ...[...example.matchAll(/^#?\s*([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((match) => match[1]),
  ]);
}
