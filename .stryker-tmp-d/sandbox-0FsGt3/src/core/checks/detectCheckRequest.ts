/**
 * Recognises an explicit request to run a live check ("check my key", "is my SDK version OK", "check this blob",
 * "which blobs still use the old key") and pasted material only a check can use (labelled CPK headers, dependency
 * files). MainDialog calls it before the matcher, so questions *about* versions or keys still get their guidance
 * card. Pure and small on purpose: the matcher (src/core/matching) is owned elsewhere.
 */
// @ts-nocheck

import type { CheckId } from '../knowledge/types';

const RULES: readonly [CheckId, RegExp][] = [
  ['key-inventory', /\b(key inventory|(list|group|count|inventory of) (the )?(keys|fingerprints)|which (blobs|files) (still )?(use|are (encrypted )?(with|under))|which keys? (is|are) (used|in use))\b/i],
  ['blob-check', /\b((check|probe|test|inspect) (this|my|a|the) blob|does (this|my) blob use (cpk|a customer[- ]provided key)|which key (encrypts|encrypted|is used (for|on)) (this|my|the) blob)\b/i],
  ['version-check', /\b(check|verify) (my |the )?(sdk|library|package|azcopy|client)? ?versions?\b|\bis my (sdk|library|package|azcopy|client)( version)? (ok|okay|fine|new enough|recent enough|supported|good)\b|\bdoes my (sdk|library|version) support (cpk|customer[- ]provided keys?)\b/i],
  ['key-check', /\b(check|verify|validate|test) (my |the |this )?(cpk |encryption |customer[- ]provided )?(key|hash|sha-?256|fingerprint)s?\b|\bis (my|this) (key|hash|sha-?256)( (right|correct|valid|ok))\b/i],
];

/** Material that only a check can use: labelled key values or dependency declarations. */
const PASTED: readonly [CheckId, RegExp][] = [
  ['key-check', /\b(x-ms-encryption-key(-sha256)?|CPK_ENCRYPTION_KEY(_SHA256)?)\s*[:=]/i],
  ['version-check', /("@azure\/storage-blob"\s*:|<PackageReference\b|<artifactId>azure-storage-blob<|^azure-storage-blob\s*[=~>]=|github\.com\/Azure\/azure-storage-blob-go\s+v|azsdk-[a-z]+-[a-z.-]*blob)/im],
];

/** A pasted error response is about the error: its guidance card answers it, not a check. */
const ERROR_CODE = /\b(BlobCustomerSpecifiedEncryptionMismatch|BlobUsesCustomerSpecifiedEncryption|BlobDoesNotUseCustomerSpecifiedEncryption|InvalidHeaderValue|x-ms-error-code)\b/i;
/** "How do I …" asks for guidance, even when it names something a check could do. */
const HOW_TO = /^\s*how (do|can|could|would|should) (i|we|you)\b/i;

/** The check the text asks for, or undefined when it is an ordinary question. */
export function detectCheckRequest(text: string): CheckId | undefined {
  if (ERROR_CODE.test(text) || HOW_TO.test(text)) {
    return undefined;
  }
  for (const [check, pattern] of PASTED) {
    if (pattern.test(text)) {
      return check;
    }
  }
  const short = text.slice(0, 300);
  return RULES.find(([, pattern]) => pattern.test(short))?.[0];
}
