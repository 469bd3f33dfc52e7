// @ts-nocheck
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { type RunningApp, startApp } from '../../src/app';
import { projectRoot } from '../../src/paths';
import { StorageUnreachableError } from '../../src/storage/storageUnreachableError';
import { type Azurite, azuriteConnectionString, startAzurite } from '../support/azurite';
import { botOutputDirs } from '../support/tempDir';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Transcripts, feedback and the spool go to a temporary folder, never into the project (issue #21). */
const outputs = botOutputDirs('storage-startup');
const quiet = { PORT: '0', HOST: '127.0.0.1', ...outputs.env };

describe('storage at start-up and /readyz', () => {
  after(() => outputs.remove());
  let azurite: Azurite | undefined;
  let app: RunningApp | undefined;
  after(async () => {
    await app?.close();
    await azurite?.stop();
  });

  it('fails fast with one clear line, and no secret, when the configured storage cannot be reached', async () => {
    const connection = azuriteConnectionString(`http://127.0.0.1:${await closedPort()}/devstoreaccount1`);
    const logs: string[] = [];
    await assert.rejects(startApp({ ...quiet, STORAGE_CONNECTION_STRING: connection }, (line) => logs.push(line)), (error: unknown) => {
      assert.ok(error instanceof StorageUnreachableError);
      assert.match(error.message, /^Storage unreachable: cannot open blob container "bot-state" in account devstoreaccount1 \(ECONNREFUSED\)/);
      assert.doesNotMatch(error.message, /\n|AccountKey|Eby8/);
      return true;
    });
    assert.doesNotMatch(logs.join('\n'), /AccountKey|Eby8/);
  });

  it('the real entry point exits 1 with that one line', async () => {
    const connection = azuriteConnectionString(`http://127.0.0.1:${await closedPort()}/devstoreaccount1`);
    const child = spawn(process.execPath, [path.join(projectRoot, 'dist', 'src', 'index.js'), '--no-dotenv'], {
      env: { PATH: process.env.PATH ?? '', ...quiet, STORAGE_CONNECTION_STRING: connection },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 15000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearTimeout(killer);
    const lines = stderr.trim().split('\n').filter((line) => !/DeprecationWarning|trace-deprecation/.test(line));
    assert.equal(code, 1);
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0], /Storage unreachable: cannot open blob container "bot-state"/);
  });

  it('memory storage by default: start-up says so and /readyz is ready', async () => {
    const logs: string[] = [];
    const memoryApp = await startApp(quiet, (line) => logs.push(line));
    try {
      assert.ok(logs.some((line) => line.includes('"storage":"memory state')), logs.join('\n'));
      const response = await fetch(`${memoryApp.url}/readyz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ready' });
    } finally {
      await memoryApp.close();
    }
  });

  it('Blob storage when configured: start-up names account and containers (not the key); /readyz turns 503 when storage goes away', async () => {
    azurite = await startAzurite();
    const logs: string[] = [];
    app = await startApp({ ...quiet, STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_CONTAINER: 'ready-state' }, (line) => logs.push(line));
    const storageLine = logs.find((line) => line.includes('"message":"storage"')) ?? '';
    assert.match(storageLine, /Azure Blob storage account devstoreaccount1 \(connection string\): state in \\"ready-state\\", transcripts in \\"bot-transcripts\\"/);
    assert.doesNotMatch(logs.join('\n'), /AccountKey|Eby8/);
    assert.equal((await fetch(`${app.url}/readyz`)).status, 200);

    await azurite.stop();
    const response = await fetch(`${app.url}/readyz`);
    assert.equal(response.status, 503);
    const body = (await response.json()) as { status: string; reason: string };
    assert.equal(body.status, 'not ready');
    assert.match(body.reason, /Storage unreachable: cannot open blob container "ready-state"/);
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200, 'liveness is not readiness');
  });
});
