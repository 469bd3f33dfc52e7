/**
 * What a caller passes when it begins the handoff dialog. Check dialogs that find something only support can
 * resolve begin it with `{ reason: 'check-needs-support', checkResults }` (issue #6, item 1).
 */
// @ts-nocheck

import type { CheckRecord } from '../src/core/handoff/caseLog';
import type { HandoffReason } from '../src/core/handoff/handoffState';

export const HANDOFF_DIALOG_ID = 'handoff';

export interface HandoffDialogOptions {
  reason: HandoffReason;
  checkResults?: CheckRecord[];
}

const REASONS: readonly HandoffReason[] = ['user-request', 'repeated-fallback', 'check-needs-support'];

function isCheckRecord(value: unknown): value is CheckRecord {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const record = value as Record<string, unknown>;
  return typeof record.check === 'string' && typeof record.status === 'string' && typeof record.summary === 'string';
}

/** Reads dialog options without trusting their shape (they come through `unknown` in botbuilder-dialogs). */
export function readHandoffOptions(options: unknown): HandoffDialogOptions {
  const record = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
  const reason = REASONS.find((candidate) => candidate === record.reason) ?? 'user-request';
  const checkResults = Array.isArray(record.checkResults) ? record.checkResults.filter(isCheckRecord) : [];
  return { reason, checkResults };
}
