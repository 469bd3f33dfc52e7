/**
 * Builds the four live-check dialogs from configuration, keyed by check id (MainDialog requires dialog id =
 * check id). The emulator's CA file is read once here and trusted only for the configured emulator origin.
 */
import { readFileSync } from 'node:fs';
import type { Dialog } from '../dialogKit';
import { type AppConfig, ConfigError } from '../../src/config';
import { DEFAULT_BLOB_HOST_SUFFIXES } from '../../src/core/checks/blob/endpointPolicy';
import type { CheckId, KnowledgeBase } from '../../src/core/knowledge/types';
import type { Logger } from '../../src/core/logging/logger';
import { BlobCheckDialog } from './blobCheckDialog';
import type { CheckDialogDeps } from './checkDialogDeps';
import { KeyCheckDialog } from './keyCheckDialog';
import { KeyInventoryDialog } from './keyInventoryDialog';
import { VersionCheckDialog } from './versionCheckDialog';

type CheckConfig = Pick<
  AppConfig,
  | 'checkTimeoutMs'
  | 'checkExtraBlobHostSuffixes'
  | 'checkEmulatorEndpoint'
  | 'checkInventoryMaxBlobs'
  | 'checkEmulatorCaFile'
  | 'checkInventoryPageSize'
>;

/** Reads the emulator's PEM certificate; a missing or non-PEM file stops start-up with one clear line. */
function readCaFile(file: string): string {
  let pem = '';
  try {
    pem = readFileSync(file, 'utf8');
  } catch {
    pem = '';
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new ConfigError('CHECK_EMULATOR_CA_FILE', 'a readable PEM certificate file', file);
  }
  return pem;
}

export function createCheckDialogs(config: CheckConfig, knowledge: KnowledgeBase, logger: Logger): Map<CheckId, Dialog> {
  const trustedCaPem = config.checkEmulatorEndpoint !== '' && config.checkEmulatorCaFile !== '' ? readCaFile(config.checkEmulatorCaFile) : undefined;
  const deps: CheckDialogDeps = {
    knowledge,
    logger,
    network: {
      policy: {
        hostSuffixes: [...DEFAULT_BLOB_HOST_SUFFIXES, ...config.checkExtraBlobHostSuffixes],
        ...(config.checkEmulatorEndpoint === '' ? {} : { emulatorOrigin: config.checkEmulatorEndpoint }),
      },
      timeoutMs: config.checkTimeoutMs,
      versions: knowledge.versions,
      ...(trustedCaPem === undefined ? {} : { transport: { trustedCaPem } }),
    },
    inventoryMaxBlobs: config.checkInventoryMaxBlobs,
    inventoryPageSize: config.checkInventoryPageSize,
  };
  return new Map<CheckId, Dialog>([
    ['key-check', new KeyCheckDialog(deps)],
    ['version-check', new VersionCheckDialog(deps)],
    ['blob-check', new BlobCheckDialog(deps)],
    ['key-inventory', new KeyInventoryDialog(deps)],
  ]);
}
