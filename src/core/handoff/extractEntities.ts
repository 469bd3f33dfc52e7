/**
 * Facts a support engineer searches by, pulled out of what the user wrote: error codes, HTTP status, request ids,
 * x-ms-version, SDK versions, account/container/blob names and key fingerprints (issue #6, item 2). It reads
 * text that has already been redacted, so a key can only ever appear here as its fingerprint.
 */

export type EntityKind =
  | 'errorCode'
  | 'httpStatus'
  | 'requestId'
  | 'xMsVersion'
  | 'sdkVersion'
  | 'account'
  | 'container'
  | 'blob'
  | 'keyFingerprint';

export interface Entity {
  kind: EntityKind;
  value: string;
}

const RULES: readonly [EntityKind, RegExp][] = [
  ['errorCode', /\b(BlobCustomerSpecifiedEncryptionMismatch|BlobUsesCustomerSpecifiedEncryption|InvalidHeaderValue|[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Mismatch|NotFound|Forbidden|Failed|Invalid|Missing|NotSupported|Required|AlreadyExists|Unsupported|Mismatched))\b/g],
  ['httpStatus', /\b(?:HTTP\/?[\d.]*\s+|status(?:\s*code)?\s*[:=]?\s*|returns?\s+|got\s+(?:a\s+)?|error\s+)([45]\d\d)\b/gi],
  ['httpStatus', /\b(400|401|403|404|409|412|416|500|503)\b(?=\s*(?:\(|error|[A-Z]))/g],
  ['requestId', /(?:x-ms-request-id|request[\s-]?id)["']?\s*[:=]?\s*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/gi],
  ['xMsVersion', /(?:x-ms-version|api[\s-]?version|service[\s-]?version|rest[\s-]?version)["']?\s*[:=]?\s*["']?(20\d\d-\d\d-\d\d)/gi],
  ['sdkVersion', /((?:@azure\/storage-blob|azure-storage-blob|Azure\.Storage\.Blobs|azblob|azure-storage-blob-go|com\.azure:azure-storage-blob|AzCopy)(?:\s*(?:@|==|:|version|v)\s*|\s+)v?\d+\.\d+(?:\.\d+)?(?:[-.][\w.]+)?)/gi],
  ['account', /https?:\/\/([a-z0-9]{3,24})\.blob\.core\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net)/gi],
  ['account', /\bAccountName=([a-z0-9]{3,24})/g],
  ['container', /https?:\/\/[a-z0-9]{3,24}\.blob\.core\.[a-z.]+\/([a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])?)(?=[/?\s]|$)/gi],
  ['blob', /https?:\/\/[a-z0-9]{3,24}\.blob\.core\.[a-z.]+\/[a-z0-9-]{3,63}\/([^\s?#"'<>]+)/gi],
  ['keyFingerprint', /\[key sha256=([A-Za-z0-9+/]{43}=)\]/g],
  ['keyFingerprint', /(?:sha-?256|fingerprint)["'>]?\s*[:=]?\s*["']?([A-Za-z0-9+/]{43}=)/gi],
];

/** Every entity found in the texts, de-duplicated, in first-seen order. */
export function extractEntities(texts: readonly string[]): Entity[] {
  const found: Entity[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const [kind, pattern] of RULES) {
      for (const match of text.matchAll(pattern)) {
        const raw = (match[1] ?? '').trim();
        // A bare 44-character fingerprint looks like a key to the redaction pass the summary goes through;
        // labelled, it is recognised as a (public) hash and kept.
        const value = kind === 'keyFingerprint' ? `sha256=${raw}` : raw;
        const key = `${kind}:${value.toLowerCase()}`;
        if (value !== '' && !seen.has(key)) {
          seen.add(key);
          found.push({ kind, value });
        }
      }
    }
  }
  return found;
}
