/**
 * Key fingerprints: the base64 SHA-256 of the raw key bytes, the same value Azure stores as
 * `x-ms-encryption-key-sha256` / `CustomerProvidedKeySha256`, so an agent can compare a redacted key with a
 * blob's listing without ever seeing the key (issue #6, item 5).
 */
// @ts-nocheck

import { createHash } from 'node:crypto';

const BASE64_32 = /^[A-Za-z0-9+/]{43}=$/;
const BASE64URL_32 = /^[A-Za-z0-9_-]{43}=?$/;
const HEX_32 = /^[0-9a-fA-F]{64}$/;

/** The 32 raw key bytes a text spells (standard or URL-safe base64, or 64 hex digits), or undefined. */
export function decodeKey32(text: string): Buffer | undefined {
  if (HEX_32.test(text)) {
    return Buffer.from(text, 'hex');
  }
  if (BASE64_32.test(text)) {
    return Buffer.from(text, 'base64');
  }
  if (BASE64URL_32.test(text)) {
    return Buffer.from(text, 'base64url');
  }
  return undefined;
}

/** Base64 SHA-256 of the bytes, as Azure reports it. */
export function sha256Base64(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/** The marker that replaces a key: it names the fingerprint so keys can still be told apart. */
export function keyMarker(bytes: Buffer | undefined): string {
  return bytes === undefined ? '[key redacted]' : `[key sha256=${sha256Base64(bytes)}]`;
}
