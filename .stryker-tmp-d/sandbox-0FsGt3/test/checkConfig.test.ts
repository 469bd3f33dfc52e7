// @ts-nocheck
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../src/config';
import { createCheckDialogs } from '../dialogs/checks/createCheckDialogs';
import { createLogger } from '../src/core/logging/logger';
import { realKnowledge } from './support/testConversation';

describe('configuration of the live checks', () => {
  it('defaults: 15 s timeout, no extra clouds, no emulator, 5,000-blob inventory in pages of 1,000', () => {
    const config = loadConfig({});
    assert.equal(config.checkTimeoutMs, 15000);
    assert.deepEqual(config.checkExtraBlobHostSuffixes, []);
    assert.equal(config.checkEmulatorEndpoint, '');
    assert.equal(config.checkEmulatorCaPem, '');
    assert.equal(config.checkInventoryMaxBlobs, 5000);
    assert.equal(config.checkInventoryPageSize, 1000);
  });

  it('reads extra clouds and an emulator origin', () => {
    const config = loadConfig({ CHECK_EXTRA_BLOB_HOSTS: '.blob.core.sovcloud-api.fr, .BLOB.example.net', CHECK_EMULATOR_ENDPOINT: 'https://127.0.0.1:10443/' });
    assert.deepEqual(config.checkExtraBlobHostSuffixes, ['.blob.core.sovcloud-api.fr', '.blob.example.net']);
    assert.equal(config.checkEmulatorEndpoint, 'https://127.0.0.1:10443');
  });

  const bad: [string, string][] = [
    ['CHECK_TIMEOUT_MS', '50'],
    ['CHECK_EXTRA_BLOB_HOSTS', 'evil.com'],
    ['CHECK_EXTRA_BLOB_HOSTS', '.com'],
    ['CHECK_EXTRA_BLOB_HOSTS', '.blob.core.cloudapi.de'],
    ['CHECK_EMULATOR_ENDPOINT', 'http://127.0.0.1:10000'],
    ['CHECK_EMULATOR_ENDPOINT', 'https://127.0.0.1:10000/devstoreaccount1'],
    ['CHECK_INVENTORY_MAX_BLOBS', '0'],
    ['CHECK_INVENTORY_PAGE_SIZE', '9999'],
  ];
  for (const [name, value] of bad) {
    it(`refuses ${name}=${value}`, () => {
      assert.throws(() => loadConfig({ [name]: value }), (error: unknown) => error instanceof ConfigError && error.message.includes(name));
    });
  }

  it('stops with a ConfigError when the emulator CA file cannot be read', () => {
    assert.throws(
      () => loadConfig({ CHECK_EMULATOR_ENDPOINT: 'https://127.0.0.1:10443', CHECK_EMULATOR_CA_FILE: 'no/such/file.pem' }),
      /CHECK_EMULATOR_CA_FILE must be a readable PEM certificate file/,
    );
  });

  it('registers one dialog per check, each with the check id as its dialog id', () => {
    const dialogs = createCheckDialogs(loadConfig({}), realKnowledge(), createLogger('error', () => undefined));
    assert.deepEqual([...dialogs.entries()].map(([check, dialog]) => [check, dialog.id]), [
      ['key-check', 'key-check'],
      ['version-check', 'version-check'],
      ['blob-check', 'blob-check'],
      ['key-inventory', 'key-inventory'],
    ]);
  });
});
