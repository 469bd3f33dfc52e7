// @ts-nocheck
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { loadConfig } from '../../src/config';
import { createStores } from '../../src/storage/createStores';
import { type Azurite, startAzurite } from '../support/azurite';

describe('storage outage and recovery (Azurite stopped, then restarted on the same port)', function () {
  this.timeout(60000);
  const running: Azurite[] = [];
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cpk-azurite-'));
  after(async () => {
    await Promise.all(running.map((azurite) => azurite.stop()));
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("the bot's stores recover by themselves; a bare BlobsStorage that first failed stays broken", async () => {
    const first = await startAzurite(0, folder);
    running.push(first);
    const stores = await createStores(loadConfig({ STORAGE_CONNECTION_STRING: first.connectionString, STATE_CONTAINER: 'outage-state' }));
    await stores.open();
    await stores.storage.write({ conversation: { streak: 1 } });
    const bare = new BlobsStorage(first.connectionString, 'outage-bare', { storagePipelineOptions: { retryOptions: { maxTries: 1 } } });

    await first.stop();
    await assert.rejects(stores.storage.read(['conversation']));
    await assert.rejects(bare.read(['conversation']));
    await assert.rejects(stores.ping());

    const second = await startAzurite(first.port, folder);
    running.push(second);
    const items = await stores.storage.read(['conversation']);
    assert.equal((items.conversation as { streak: number }).streak, 1, 'the state saved before the outage is read again');
    await stores.ping();
    // Why src/storage/renewable.ts exists: BlobsStorage caches its failed container creation.
    await assert.rejects(bare.read(['conversation']));
  });

  it('managed identity: an account URL builds Blob stores without any key (no network until used)', async () => {
    const stores = await createStores(loadConfig({ STORAGE_ACCOUNT_URL: 'https://cpkbotstore.blob.core.windows.net' }));
    assert.equal(stores.choice.kind, 'blob');
    assert.ok(stores.transcriptStore !== undefined);
    assert.match(stores.description, /managed identity/);
  });
});
