/**
 * File names for transcripts. A conversation id comes from the channel (any characters, any length), so it is
 * reduced to a safe name: no path separators, no dots (no `..`), bounded length, and a hash suffix whenever
 * characters were replaced so two different ids never share a file. A key used as (or inside) a conversation id
 * is redacted first (issue #15): file names are listed, copied and logged where file contents are not.
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import { redactSecrets } from '../../core/redaction/redact';

export const TRANSCRIPT_EXTENSION = '.transcript';

export function transcriptFileName(conversationId: string): string {
  const safe = redactSecrets(conversationId).replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);
  const changed = safe !== conversationId || safe === '';
  const suffix = changed ? `-${createHash('sha256').update(conversationId).digest('hex').slice(0, 12)}` : '';
  return `${safe}${suffix}${TRANSCRIPT_EXTENSION}`;
}
