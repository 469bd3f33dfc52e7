/**
 * Recognises secrets pasted into a message: a 256-bit key (base64 of 32 bytes or 64 hex digits), a value
 * labelled as an encryption key, a SAS signature, an account key or a connection string. Only the kinds are
 * returned, never the values, so the reply can warn without being able to echo the secret.
 */
// @ts-nocheck

import type { KeyMaterialKind } from './types';

/** Base64 (standard or URL-safe) of exactly 32 bytes, standing alone. */
const BASE64_32 = /(?<![A-Za-z0-9+/=_-])([A-Za-z0-9+/]{43}=|[A-Za-z0-9_-]{43})(?![A-Za-z0-9+/=_-])/g;
const HEX_64 = /(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])/;
/** A value given as the key itself (not its hash): header, SDK option, AzCopy variable, Python argument. */
const LABELLED_KEY =
  /(?:x-ms-(?:source-)?encryption-key(?!-sha256)|encryption_?key(?!_?sha256)|encryptionKey(?!Sha256)|CPK_ENCRYPTION_KEY(?!_SHA256)|key_value)["']?\s*[:=]\s*["']?[A-Za-z0-9+/_-]{16,}/i;
const SAS_SIGNATURE = /[?&;]sig=[A-Za-z0-9%+/=_-]{10,}/i;
const ACCOUNT_KEY = /(?:AccountKey|SharedAccessKey)\s*=\s*[A-Za-z0-9+/]{20,}/i;
const BASE64_64 = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/;
const CONNECTION_STRING = /DefaultEndpointsProtocol=\w+;[^\s]*AccountKey=|BlobEndpoint=[^\s;]+;[^\s]*SharedAccessSignature=/i;

/** True when the 32-byte base64 value at `index` is labelled as a SHA-256 (a fingerprint, not a key). */
function labelledAsHash(text: string, index: number): boolean {
  return /(?:sha-?256|hash|fingerprint|digest)["']?\s*[:=]?\s*["']?$/i.test(text.slice(Math.max(0, index - 40), index));
}

/** Kinds of key material in the text, in a fixed order. */
export function detectKeyMaterial(text: string): KeyMaterialKind[] {
  const kinds: KeyMaterialKind[] = [];
  if (CONNECTION_STRING.test(text)) {
    kinds.push('connection-string');
  }
  if (ACCOUNT_KEY.test(text) || BASE64_64.test(text)) {
    kinds.push('account-key');
  }
  if (SAS_SIGNATURE.test(text)) {
    kinds.push('sas-signature');
  }
  if (LABELLED_KEY.test(text)) {
    kinds.push('encryption-key-header');
  }
  if ([...text.matchAll(BASE64_32)].some((match) => !labelledAsHash(text, match.index))) {
    kinds.push('aes-key-base64');
  }
  if (HEX_64.test(text)) {
    kinds.push('aes-key-hex');
  }
  return kinds;
}
