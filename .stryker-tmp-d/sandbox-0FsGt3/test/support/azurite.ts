/**
 * Starts Azurite's blob service (an npm devDependency, 3.35.x runs on Node 20) in memory on a free loopback
 * port for the storage tests, and stops it. Callers must call `stop()` in an `after` hook.
 */
// @ts-nocheck

import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { stopChild } from './childProcess';

/** Azurite's fixed, publicly documented development account (not a secret). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const DEV_KEY = DEV_ACCOUNT_KEY;

export interface Azurite {
  /** e.g. http://127.0.0.1:41234/devstoreaccount1 */
  blobEndpoint: string;
  /** e.g. http://127.0.0.1:41234 (the CPK gateway forwards here) */
  origin: string;
  port: number;
  connectionString: string;
  stop(): Promise<void>;
}

/** Builds the connection string for a blob endpoint (also used to point at a closed port in tests). */
export function azuriteConnectionString(blobEndpoint: string): string {
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=${blobEndpoint};`;
}

/**
 * Starts Azurite blob on `port` (default 0: a free one) and reads the port it reports. Rejects if it does not
 * start. In memory unless `location` (a folder) is given: a fixed port and folder let a test restart storage
 * where the bot expects it, with its data (an outage and recovery). `loose` is for the CPK gateway of the live
 * checks, which forwards requests Azurite's strict mode would refuse (Azurite has no CPK).
 */
export async function startAzurite(port = 0, location?: string, options: { loose?: boolean } = {}): Promise<Azurite> {
  const bin = path.join(projectRoot, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const child = spawn(
    process.execPath,
    [bin, '--skipApiVersionCheck', '--disableTelemetry', '--blobHost', '127.0.0.1', '--blobPort', String(port), ...(location === undefined ? ['--inMemoryPersistence'] : ['--location', location]), ...(options.loose === true ? ['--loose'] : []), '--silent'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  try {
    const listening = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Azurite did not start: ${output}`)), 15000);
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match !== null) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Azurite exited with ${String(code)}: ${output}`));
      });
    });
    const blobEndpoint = `http://127.0.0.1:${listening}/${DEV_ACCOUNT}`;
    return { blobEndpoint, origin: `http://127.0.0.1:${listening}`, port: listening, connectionString: azuriteConnectionString(blobEndpoint), stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}
