/** What the live-check dialogs need; built once by `createCheckDialogs` from configuration. */
// @ts-nocheck

import type { KnowledgeBase } from '../../src/core/knowledge/types';
import type { Logger } from '../../src/core/logging/logger';
import type { NetworkCheckOptions } from '../../src/core/checks/blob/networkOptions';

export interface CheckDialogDeps {
  knowledge: KnowledgeBase;
  logger: Logger;
  network: NetworkCheckOptions;
  inventoryMaxBlobs: number;
  /** Blobs per listing page (smaller pages mean more progress messages). */
  inventoryPageSize: number;
}
