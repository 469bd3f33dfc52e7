/**
 * Starts azurite-blob 3.35 (the last on Node 20) for the integration tests: loopback only, a free port, in-memory
 * data in a temporary workspace, `--loose --skipApiVersionCheck --disableTelemetry` (platform-notes.md). Azurite
 * has no CPK; the CPK gateway in front of it adds the documented behaviour.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { freePort, stopChild, waitForOutput } from './childProcess';

/** Azurite's well-known development account (public, documented test credentials). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  /** http://127.0.0.1:<port> */
  origin: string;
  stop(): Promise<void>;
}

export async function startAzurite(): Promise<RunningAzurite> {
  const port = await freePort();
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'azurite-'));
  const bin = path.join(projectRoot, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', workspace, '--loose', '--skipApiVersionCheck', '--disableTelemetry'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    await waitForOutput(child, /successfully listen/i, 20000);
  } catch (error) {
    await stopChild(child);
    await rm(workspace, { recursive: true, force: true });
    throw error;
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      await stopChild(child);
      await rm(workspace, { recursive: true, force: true });
    },
  };
}
