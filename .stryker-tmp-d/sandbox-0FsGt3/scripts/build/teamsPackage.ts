/**
 * `npm run teams:package`: writes the Teams app zip with the bot id from configuration (`MicrosoftAppId`, and
 * `TEAMS_APP_ID` when the Teams app has its own id), read from the environment or `.env`.
 * Usage: node dist/scripts/build/teamsPackage.js [output.zip]
 */
// @ts-nocheck

import path from 'node:path';
import { loadDotEnv } from '../../src/config';
import { buildTeamsPackage, DEFAULT_PACKAGE_FILE, TeamsPackageError } from './teams/buildTeamsPackage';

async function main(): Promise<void> {
  loadDotEnv();
  const outFile = process.argv[2] === undefined ? DEFAULT_PACKAGE_FILE : path.resolve(process.argv[2]);
  const manifest = await buildTeamsPackage({ botId: process.env.MicrosoftAppId ?? '', teamsAppId: process.env.TEAMS_APP_ID }, outFile);
  process.stdout.write(`Teams app package written to ${outFile} (app ${manifest.id}, manifest ${manifest.manifestVersion}).\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof TeamsPackageError ? error.message : `Packaging failed: ${String(error)}`}\n`);
  process.exit(1);
});
