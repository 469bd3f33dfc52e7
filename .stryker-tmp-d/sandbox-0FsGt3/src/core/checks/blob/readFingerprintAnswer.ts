/**
 * Reads the answer to "which key do you expect?": "skip", a fingerprint (any common spelling), or a labelled key
 * pasted anyway, which is turned into its fingerprint at once so only the fingerprint is kept.
 */
// @ts-nocheck

import { diagnoseKeyPair } from '../key/diagnoseKeyPair';
import { extractKeyInputs } from '../key/extractKeyInputs';
import { normalizeFingerprint } from './normalizeFingerprint';

export type FingerprintAnswer = { kind: 'skip' } | { kind: 'fingerprint'; fingerprint: string; fromKey: boolean } | { kind: 'invalid' };

export function readFingerprintAnswer(text: string): FingerprintAnswer {
  if (/^\s*(skip|no|none|n\/a|-|i don'?t know)\s*[.!]*\s*$/i.test(text)) {
    return { kind: 'skip' };
  }
  const labelled = extractKeyInputs(text);
  if (labelled.labelled) {
    const fromHash = labelled.hash === undefined ? undefined : normalizeFingerprint(labelled.hash);
    if (fromHash !== undefined) {
      return { kind: 'fingerprint', fingerprint: fromHash, fromKey: false };
    }
    const fromKey = labelled.key === undefined ? undefined : diagnoseKeyPair({ key: labelled.key }).keyFingerprint;
    return fromKey === undefined ? { kind: 'invalid' } : { kind: 'fingerprint', fingerprint: fromKey, fromKey: true };
  }
  const fingerprint = normalizeFingerprint(text);
  return fingerprint === undefined ? { kind: 'invalid' } : { kind: 'fingerprint', fingerprint, fromKey: false };
}
