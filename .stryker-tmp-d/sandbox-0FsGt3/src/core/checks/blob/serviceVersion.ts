/**
 * Evidence about the REST version the service answered with: CPK needs the minimum from the knowledge table's
 * `rest` row (2019-02-02 per cpk-facts.md §1); nothing is hard-coded here.
 */
// @ts-nocheck

import type { VersionRow } from '../../knowledge/types';
import type { CheckEvidence } from '../checkResult';

export function serviceVersionEvidence(version: string | undefined, rows: readonly VersionRow[]): CheckEvidence[] {
  const minimum = rows.find((row) => row.ecosystem === 'rest')?.minVersion ?? undefined;
  if (version === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(version)) {
    return [];
  }
  const tooOld = minimum !== undefined && minimum !== null && version < minimum;
  return [{ title: 'Service version (x-ms-version)', value: tooOld ? `${version}: too old for CPK (needs ${minimum} or later)` : version }];
}
