/**
 * Reads a fingerprint the user typed (possibly hex, URL-safe or unpadded) as standard base64 of 32 bytes, so a
 * formatting difference is never reported as a key mismatch.
 */
// @ts-nocheck

import { analyzeEncodedValue } from '../key/analyzeEncodedValue';

export function normalizeFingerprint(text: string): string | undefined {
  const analyzed = analyzeEncodedValue(text.trim());
  return analyzed.bytes?.length === 32 ? analyzed.bytes.toString('base64') : undefined;
}
