/**
 * Builds the four live-check dialogs from configuration, keyed by check id (MainDialog requires dialog id =
 * check id). The emulator's CA (read by the configuration) is trusted only for the configured emulator origin.
 */
// @ts-nocheck

import type { Dialog } from '../../src/bot/kit/dialogKit';
import type { AppConfig } from '../../src/config';
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
  | 'checkEmulatorCaPem'
  | 'checkInventoryPageSize'
>;

export function createCheckDialogs(config: CheckConfig, knowledge: KnowledgeBase, logger: Logger): Map<CheckId, Dialog> {
  const trustedCaPem = config.checkEmulatorEndpoint !== '' && config.checkEmulatorCaPem !== '' ? config.checkEmulatorCaPem : undefined;
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
