/**
 * Entities that decide an intent by themselves (issue #3 item 1): a recognised CPK error code is a fact, not a
 * guess, so it answers with confidence 1 and the code as evidence. CannotVerifyCopySource counts only when the
 * message says the source uses customer specified encryption (cpk-facts §4.1); other storage codes decide
 * nothing here (the scope guard sends them to the out-of-scope answer).
 */
// @ts-nocheck

import { CPK_ERROR_INTENTS, RELATED_CPK_ERROR_INTENTS, mentionsCpkSource } from '../entities/errorCodes';
import type { Entities } from '../entities/types';

/** True for the three CPK codes and the related BlobDoesNotUseCustomerSpecifiedEncryption. */
export function isCpkErrorCode(code: string): boolean {
  return code in CPK_ERROR_INTENTS || code in RELATED_CPK_ERROR_INTENTS;
}

/** Headers a CPK request sends; an InvalidHeaderValue naming one of them is a CPK case. */
const CPK_HEADER = /^x-ms-(?:source-)?encryption-/i;

/** Words that name CPK itself, so an InvalidHeaderValue on another header is still asked in a CPK context. */
const CPK_CONTEXT = /\b(?:cpks?|customer\W*(?:provided|specified|supplied)|client\W*provided|x-ms-(?:source-)?encryption-\S*|customerprovidedkey|encryptionkey(?:sha256)?)\b/i;

/**
 * Headers other than the encryption headers, as a message mentions them ("acquire lease with
 * x-ms-lease-duration: 120 -> 400 InvalidHeaderValue", "Content-MD5 sent as hex"). When no rejected header is
 * named but one of these is, and the message has no key or encryption word, the InvalidHeaderValue is that
 * header's problem (cpk-facts §4.3: the code is shared by every header).
 */
const OTHER_HEADER = /\b(?:x-ms-(?!(?:source-)?encryption-)[a-z][a-z0-9-]*|content-(?:md5|type|length|encoding|language|disposition|range)|if-(?:match|none-match|modified-since|unmodified-since)|cache-control)\b/i;
const KEY_WORDS = /key|encrypt|sha-?256|aes|cpk|customer\W*(?:provided|specified|supplied)/i;

/**
 * The header an InvalidHeaderValue message says was rejected: the error body's HeaderName, or "InvalidHeaderValue
 * on/for x-ms-version" as people write it.
 */
function rejectedHeaders(text: string, entities: Entities): string[] {
  const named = [...text.matchAll(/InvalidHeaderValue\W+(?:on|for|in)\s+(?:the\s+)?['"`]?([a-z][a-z0-9]*-[a-z0-9-]+)/gi)].map((match) => match[1].toLowerCase());
  return [...entities.headerNames, ...named];
}

/**
 * True when `code` counts as a CPK code in this message. InvalidHeaderValue is shared with every other header
 * (cpk-facts §4.3: a wrong x-ms-version gives it too); when the message names a rejected header that is not an
 * encryption header and says nothing of CPK, it is another header's problem and out of scope.
 */
export function isCpkCodeIn(code: string, text: string, entities: Entities): boolean {
  if (!isCpkErrorCode(code)) {
    return false;
  }
  if (code !== 'InvalidHeaderValue') {
    return true;
  }
  const headers = rejectedHeaders(text, entities);
  if (headers.length === 0) {
    return !(OTHER_HEADER.test(text) && !KEY_WORDS.test(text));
  }
  return headers.some((header) => CPK_HEADER.test(header)) || CPK_CONTEXT.test(text);
}

/** The intent the entities decide, with the code that decided it, or `undefined`. */
export function intentFromEntities(text: string, entities: Entities): { intent: string; code: string } | undefined {
  const cpkCodes = entities.errorCodes.filter((entity) => isCpkCodeIn(entity.code, text, entities));
  // The first CPK code in the message wins: in a dump it is the one the service returned.
  const first = cpkCodes[0];
  if (first !== undefined) {
    return { intent: CPK_ERROR_INTENTS[first.code] ?? RELATED_CPK_ERROR_INTENTS[first.code], code: first.code };
  }
  if (entities.errorCodes.some((entity) => entity.code === 'CannotVerifyCopySource') && mentionsCpkSource(text)) {
    return { intent: 'error-key-missing', code: 'CannotVerifyCopySource' };
  }
  return undefined;
}
