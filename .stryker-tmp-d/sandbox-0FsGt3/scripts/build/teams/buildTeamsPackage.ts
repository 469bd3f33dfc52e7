/**
 * Builds the Teams app package (issue #5, item 4): the manifest from `deploymentTemplates/teams/` with the bot id
 * filled in from configuration, validated offline against the schema bundled in `@microsoft/app-manifest`
 * (no download: platform-notes.md), zipped with the two icons at the root as Teams expects.
 */
// @ts-nocheck

import fs from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, TeamsManifestConverter, type TeamsManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { projectRoot } from '../../../src/paths';

export const TEAMS_TEMPLATE_DIR = path.join(projectRoot, 'deploymentTemplates', 'teams');
export const DEFAULT_PACKAGE_FILE = path.join(projectRoot, 'dist', 'teams', 'cpk-support-bot-teams.zip');
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const PLACEHOLDER = '00000000-0000-0000-0000-000000000000';

/** A package cannot be built; the message says what to set or fix. */
export class TeamsPackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamsPackageError';
  }
}

export interface PackageIds {
  /** The Azure Bot's Microsoft App ID (`MicrosoftAppId`). */
  botId: string;
  /** The Teams app id (`TEAMS_APP_ID`); the bot id when not given. */
  teamsAppId?: string;
}

/** Parses manifest JSON with the library's type check. */
export function parseManifest(json: string): TeamsManifest {
  return TeamsManifestConverter.jsonToManifest(json);
}

/** The manifest template as committed (placeholder ids). */
export function readManifestTemplate(dir = TEAMS_TEMPLATE_DIR): TeamsManifest {
  return parseManifest(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

/** A copy of the template with the app id and every bot id set; refuses missing or malformed ids. */
export function fillManifest(template: TeamsManifest, ids: PackageIds): TeamsManifest {
  const botId = ids.botId.trim();
  const appId = (ids.teamsAppId ?? '').trim() || botId;
  if (!GUID.test(botId) || botId === PLACEHOLDER) {
    throw new TeamsPackageError('MicrosoftAppId must be set to the Azure Bot\'s app id (a GUID) to build the Teams package.');
  }
  if (!GUID.test(appId) || appId === PLACEHOLDER) {
    throw new TeamsPackageError('TEAMS_APP_ID must be a GUID (or leave it empty to use MicrosoftAppId).');
  }
  const json = JSON.parse(TeamsManifestConverter.manifestToJson(template)) as Record<string, unknown>;
  json.id = appId;
  const bots = Array.isArray(json.bots) ? (json.bots as Record<string, unknown>[]) : [];
  for (const bot of bots) {
    bot.botId = botId;
  }
  return parseManifest(JSON.stringify(json));
}

/**
 * Schema problems of a manifest, checked against the schema file bundled for its `manifestVersion`. Takes plain
 * JSON as well as a typed manifest, because a broken manifest fails the library's type check before the schema
 * could say what is wrong.
 */
export async function validateManifest(manifest: TeamsManifest | Record<string, unknown>): Promise<string[]> {
  const version = String(manifest.manifestVersion);
  const schemaFile = path.join(
    path.dirname(require.resolve('@microsoft/app-manifest')),
    'json-schemas',
    'teams',
    `v${version}`,
    'MicrosoftTeams.schema.json',
  );
  if (!/^\d+\.\d+$/.test(version) || !fs.existsSync(schemaFile)) {
    return [`manifestVersion ${version} has no schema bundled in @microsoft/app-manifest`];
  }
  type Validate = typeof AppManifestUtils.validateAgainstSchema;
  const schema: unknown = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  // The validator reads the JSON only (it round-trips it first); the casts give it the shapes its signature names.
  return AppManifestUtils.validateAgainstSchema(manifest as Parameters<Validate>[0], schema as Parameters<Validate>[1]);
}

/** Fills, validates and zips the package; returns the manifest written. */
export async function buildTeamsPackage(ids: PackageIds, outFile = DEFAULT_PACKAGE_FILE, dir = TEAMS_TEMPLATE_DIR): Promise<TeamsManifest> {
  const manifest = fillManifest(readManifestTemplate(dir), ids);
  const problems = await validateManifest(manifest);
  if (problems.length > 0) {
    throw new TeamsPackageError(`The Teams manifest is not valid:\n${problems.join('\n')}`);
  }
  const zip = new JSZip();
  zip.file('manifest.json', `${TeamsManifestConverter.manifestToJson(manifest)}\n`);
  for (const icon of ['color.png', 'outline.png']) {
    zip.file(icon, fs.readFileSync(path.join(dir, icon)));
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return manifest;
}
