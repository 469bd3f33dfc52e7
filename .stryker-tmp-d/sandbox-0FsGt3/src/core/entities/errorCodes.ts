/**
 * Storage error codes: the CPK codes the bot answers, related CPK codes, and other storage codes that are out
 * of scope. An out-of-scope code must never be forced into a CPK intent (issue #3, item 1), so every code the
 * extractor can see is listed here with what it means for routing.
 */
// @ts-nocheck

import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import type { ErrorCodeEntity } from './types';

/** The three CPK error codes and the intent each one decides by itself. */
export const CPK_ERROR_INTENTS: Readonly<Record<string, string>> = {
  BlobCustomerSpecifiedEncryptionMismatch: 'error-key-mismatch',
  BlobUsesCustomerSpecifiedEncryption: 'error-key-missing',
  InvalidHeaderValue: 'error-invalid-header',
};

/**
 * CPK-related codes that are not one of the three. BlobDoesNotUseCustomerSpecifiedEncryption (409, a key was
 * sent to a blob written without one, cpk-facts §4.4, addendum §7) has its own answer: the fix is to send no key,
 * the opposite of the mismatch answer's "send the exact key".
 */
export const RELATED_CPK_ERROR_INTENTS: Readonly<Record<string, string>> = {
  BlobDoesNotUseCustomerSpecifiedEncryption: 'error-key-not-used',
};

/**
 * Other storage error codes (Blob service error codes and common REST codes). CannotVerifyCopySource is here:
 * it is a CPK case only when its message says the source uses customer specified encryption (cpk-facts §4.1).
 */
export const OTHER_STORAGE_ERROR_CODES: readonly string[] = [
  'AccountIsDisabled', 'AuthenticationFailed', 'AuthorizationFailure', 'AuthorizationPermissionMismatch',
  'AuthorizationProtocolMismatch', 'AuthorizationResourceTypeMismatch', 'AuthorizationServiceMismatch',
  'AuthorizationSourceIPMismatch', 'BlobAlreadyExists', 'BlobArchived', 'BlobBeingRehydrated', 'BlobImmutableDueToPolicy',
  'BlobNotArchived', 'BlobNotFound', 'BlobOverwritten', 'BlobTierInadequateForContentLength', 'BlockCountExceedsLimit',
  'BlockListTooLong', 'CannotChangeToLowerTier', 'CannotVerifyCopySource', 'ConditionHeadersNotSupported',
  'ConditionNotMet', 'ContainerAlreadyExists', 'ContainerBeingDeleted', 'ContainerDisabled', 'ContainerNotFound',
  'ContentLengthLargerThanTierLimit', 'CopyAcrossAccountsNotSupported', 'CopyIdMismatch', 'EmptyMetadataKey',
  'FeatureNotSupported', 'FeatureVersionMismatch', 'InsufficientAccountPermissions', 'InternalError',
  'InvalidAuthenticationInfo', 'InvalidBlobOrBlock', 'InvalidBlobTier', 'InvalidBlobType', 'InvalidBlockId',
  'InvalidBlockList', 'InvalidHttpVerb', 'InvalidInput', 'InvalidMd5', 'InvalidMetadata', 'InvalidOperation',
  'InvalidPageRange', 'InvalidQueryParameterValue', 'InvalidRange', 'InvalidResourceName', 'InvalidUri',
  'InvalidVersionForPagePutOperation', 'InvalidXmlDocument', 'KeyVaultAccessTokenCannotBeAcquired',
  'KeyVaultEncryptionKeyNotFound', 'KeyVaultVaultNotFound', 'LeaseAlreadyPresent', 'LeaseIdMismatchWithBlobOperation',
  'LeaseIdMissing', 'LeaseNotPresentWithBlobOperation', 'Md5Mismatch', 'MissingContentLengthHeader',
  'MissingRequiredHeader', 'MissingRequiredQueryParameter', 'NoAuthenticationInformation', 'NoPendingCopyOperation',
  'OperationNotAllowedOnIncrementalCopyBlob', 'OperationTimedOut', 'OutOfRangeInput', 'PendingCopyOperation',
  'RequestBodyTooLarge', 'ResourceNotFound', 'ResourceTypeMismatch', 'ServerBusy', 'SnapshotsPresent',
  'UnsupportedHeader', 'UnsupportedHttpVerb', 'UnsupportedQueryParameter', 'UnsupportedXmlNode',
  'EncryptionScopeNotFound', 'EncryptionScopeDisabled', 'ShareNotFound', 'QueueNotFound', 'TableNotFound',
  'KeyBasedAuthenticationNotPermitted', 'PublicAccessNotPermitted', 'AccountBeingCreated', 'AccountAlreadyExists',
  'InvalidSourceBlobType', 'InvalidSourceBlobUrl', 'SourceConditionNotMet', 'TargetConditionNotMet',
];

const KNOWN_CODES: ReadonlyMap<string, string> = new Map(
  [...Object.keys(CPK_ERROR_INTENTS), ...Object.keys(RELATED_CPK_ERROR_INTENTS), ...OTHER_STORAGE_ERROR_CODES].map(
    (code) => [code.toLowerCase(), code],
  ),
);

/**
 * The service's own message texts, for dumps that carry the message but not the code (a Node `RestError`
 * prints the message first; people paste only that line). Lower-case, whitespace collapsed, no final period.
 * The CPK messages are the ones cpk-facts.md quotes; the others are common Blob service messages that must be
 * recognised as another code so they are not pulled into a CPK answer by their words ("header", "key").
 * Compared after `loose` on both sides, so a message retyped without its articles or punctuation still counts.
 */
const SERVICE_MESSAGE_TEXTS: readonly [string, string][] = [
  ['the value for one of the http headers is not in the correct format', 'InvalidHeaderValue'],
  ['the blob is encrypted with customer specified encryption, but it was not provided in the request', 'BlobUsesCustomerSpecifiedEncryption'],
  ['the given customer specified encryption does not match the encryption used to encrypt the blob', 'BlobCustomerSpecifiedEncryptionMismatch'],
  // The codes' own names spelt out as words, as people quote them ("409, blob uses customer specified encryption").
  ['blob uses customer specified encryption', 'BlobUsesCustomerSpecifiedEncryption'],
  ['blob uses customer provided encryption', 'BlobUsesCustomerSpecifiedEncryption'],
  ['blob uses customer encryption', 'BlobUsesCustomerSpecifiedEncryption'],
  ['blob customer specified encryption mismatch', 'BlobCustomerSpecifiedEncryptionMismatch'],
  ['server failed to authenticate the request', 'AuthenticationFailed'],
  ['this request is not authorized to perform this operation using this permission', 'AuthorizationPermissionMismatch'],
  ['this request is not authorized to perform this operation', 'AuthorizationFailure'],
  ['the specified blob does not exist', 'BlobNotFound'],
  ['the specified container does not exist', 'ContainerNotFound'],
  ['the specified blob already exists', 'BlobAlreadyExists'],
  ['there is currently a lease on the blob and no lease id was specified in the request', 'LeaseIdMissing'],
  ['the condition specified using http conditional header(s) is not met', 'ConditionNotMet'],
  ['the md5 value specified in the request did not match with the md5 value calculated by the server', 'Md5Mismatch'],
  ['the server is busy', 'ServerBusy'],
  ['an http header that\'s mandatory for this request is not specified', 'MissingRequiredHeader'],
];

/** Lower-case words only, without articles: "The value for one of the HTTP headers..." -> "value for one of http headers...". */
function loose(text: string): string {
  return ` ${(text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => !['the', 'a', 'an'].includes(word)).join(' ')} `;
}

const SERVICE_MESSAGES: readonly [string, string][] = SERVICE_MESSAGE_TEXTS.map(([message, code]) => [loose(message), code]);

/**
 * The CPK codes with their generic front dropped, as people shorten them ("EncryptionMismatch",
 * "UsesCustomerSpecifiedEncryption"): camel-case tails of at least 15 letters that end exactly one CPK code.
 */
const CPK_CODE_TAILS: ReadonlyMap<string, string> = (() => {
  const codes = [...Object.keys(CPK_ERROR_INTENTS), ...Object.keys(RELATED_CPK_ERROR_INTENTS)];
  const owners = new Map<string, Set<string>>();
  for (const code of codes) {
    for (const match of code.matchAll(/[A-Z]/g)) {
      const tail = code.slice(match.index).toLowerCase();
      if (match.index > 0 && tail.length >= 15) {
        owners.set(tail, (owners.get(tail) ?? new Set<string>()).add(code));
      }
    }
  }
  return new Map([...owners].filter(([, owner]) => owner.size === 1).map(([tail, owner]) => [tail, [...owner][0]]));
})();

/** PascalCase words in positions where services and SDKs print an error code. */
const LABELLED_CODE =
  /(?:<Code>|x-ms-error-code["']?\s*[:=]\s*["']?|error_?code["']?\s*[:=]\s*["']?|"code"\s*:\s*"|code\s*[:=]\s*['"]?|ErrorCode\s*[:=]\s*)([A-Z][A-Za-z]{5,80})/gi;

/**
 * Words shaped like a storage error code the list above does not know: PascalCase with at least three parts and
 * a failure ending ("KeyBasedAuthenticationNotPermitted", "SomeFeatureNotSupported"). The service adds codes
 * faster than any list; an unknown code is still another code, not a CPK one, and must not be pulled into a CPK
 * answer by its words ("Key", "Header").
 */
const CODE_SHAPED =
  /\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+){1,8}(?:NotPermitted|NotFound|NotSupported|NotAllowed|AlreadyExists|Mismatch|Failed|Failure|Disabled|Exceeded|Denied|TooLarge|Expired|Unavailable|Forbidden|Invalid|Conflict)\b/g;

/** Any long camel-case word; candidates for a misspelt CPK code. */
const CAMEL_WORD = /\b[A-Za-z]*(?:[Ee]ncr|[Cc]ustomer|[Ss]pecified|[Hh]eader[Vv]al)[A-Za-z]*\b/g;

/** The most edits a misspelt CPK code may have and still count (length 19-39 words). */
const MAX_CODE_EDITS = 3;

function addCode(found: Map<string, ErrorCodeEntity>, code: string, fuzzy: boolean, fromMessage = false): void {
  if (!found.has(code)) {
    found.set(code, fromMessage ? { code, fuzzy, fromMessage } : { code, fuzzy });
  }
}

/**
 * Finds error codes: every known code mentioned, labelled unknown codes, and near misses of the CPK codes.
 * `nearMisses: false` skips the near-miss search (edit distances over long camel-case words): training only
 * needs to know whether an example names another code, and near misses are always CPK codes.
 */
export function extractErrorCodes(text: string, options: { nearMisses?: boolean } = {}): ErrorCodeEntity[] {
  const found = new Map<string, ErrorCodeEntity>();
  // Digits inside a word belong to it: "Md5Mismatch" is one code, not "Md" and "Mismatch".
  for (const word of text.match(/[A-Za-z][A-Za-z0-9]{5,80}/g) ?? []) {
    const known = KNOWN_CODES.get(word.toLowerCase());
    if (known !== undefined) {
      addCode(found, known, false);
    }
  }
  for (const match of text.matchAll(LABELLED_CODE)) {
    const word = match[1];
    if (/[a-z][A-Z]/.test(word) && !KNOWN_CODES.has(word.toLowerCase())) {
      addCode(found, word, false);
    }
  }
  for (const word of text.match(CODE_SHAPED) ?? []) {
    if (!KNOWN_CODES.has(word.toLowerCase()) && !looksLikeCpkCode(word)) {
      addCode(found, word, false);
    }
  }
  for (const word of options.nearMisses === false ? [] : (text.match(CAMEL_WORD) ?? [])) {
    if (word.length < 15 || KNOWN_CODES.has(word.toLowerCase())) {
      continue;
    }
    const owner = CPK_CODE_TAILS.get(word.toLowerCase());
    if (owner !== undefined) {
      addCode(found, owner, true);
      continue;
    }
    for (const code of Object.keys(CPK_ERROR_INTENTS).concat(Object.keys(RELATED_CPK_ERROR_INTENTS))) {
      if (Math.abs(word.length - code.length) <= MAX_CODE_EDITS && DamerauLevenshteinDistance(word.toLowerCase(), code.toLowerCase()) <= MAX_CODE_EDITS) {
        addCode(found, code, true);
        break;
      }
    }
  }
  // Only when no code was printed: a dump with both names its own code (the copy variant has the
  // missing-key message under the code CannotVerifyCopySource).
  const flat = found.size === 0 ? loose(text) : '';
  for (const [message, code] of SERVICE_MESSAGES) {
    if (flat.includes(message)) {
      addCode(found, code, false, true);
    }
  }
  // Known codes are already in order of appearance of the first pass; keep a stable order by position.
  return [...found.values()].sort((a, b) => position(text, a) - position(text, b));
}

/** A misspelt or shortened CPK code ("BlobCustomerSpecifiedEncrytionMismatch") is left to the near-miss search. */
function looksLikeCpkCode(word: string): boolean {
  return /encr|customer|specified/i.test(word);
}

function position(text: string, entity: ErrorCodeEntity): number {
  const index = text.toLowerCase().indexOf(entity.code.toLowerCase());
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

/** True when the message says a copy source is CPK-encrypted (the CannotVerifyCopySource variant). */
export function mentionsCpkSource(text: string): boolean {
  return /customer[- ]specified encryption|customer[- ]provided (?:encryption )?key|\bcpk\b/i.test(text);
}
