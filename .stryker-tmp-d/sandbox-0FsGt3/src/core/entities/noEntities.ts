/** Nothing recognised: the entities of a button press, an empty message, or a turn the matcher did not read. */
// @ts-nocheck

import type { Entities } from './types';

export function noEntities(): Entities {
  return { errorCodes: [], httpStatuses: [], headerNames: [], serviceVersions: [], requestIds: [], sdks: [], urls: [], keyMaterial: [] };
}
