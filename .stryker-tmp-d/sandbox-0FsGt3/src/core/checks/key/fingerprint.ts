/** The key fingerprint CPK uses: base64 of the SHA-256 of the raw key bytes (cpk-facts.md §1). */
// @ts-nocheck

import { createHash } from 'node:crypto';

export function sha256(bytes: Buffer | string): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/** base64(SHA-256(raw bytes)), the value of `x-ms-encryption-key-sha256` and of `CustomerProvidedKeySha256`. */
export function fingerprintOf(rawKey: Buffer): string {
  return sha256(rawKey).toString('base64');
}

/** A fingerprint shortened for display where the full value is not needed. */
export function shortFingerprint(value: string): string {
  return value.length <= 10 ? value : `${value.slice(0, 10)}…`;
}
