/**
 * Facts found in a user's message before any classifier runs (ARCHITECTURE.md: "a pasted error code, header
 * name, x-ms-version or SDK version is a fact, not a guess"). Key material is recorded by kind and position
 * only: its value is never kept, so no later step can echo it.
 */
// @ts-nocheck


/** A storage error code found in the text, and how it was written. */
export interface ErrorCodeEntity {
  code: string;
  /** True when the text held a misspelling close to `code` (e.g. "BlobCustomerSpecifiedEncrytionMismatch"). */
  fuzzy: boolean;
  /** True when only the service's message text was pasted and the code was read from it. */
  fromMessage?: boolean;
}

/** An SDK or tool with the version the user named or pasted (package name or user-agent). */
export interface SdkEntity {
  /** Canonical package name, e.g. "@azure/storage-blob", "Azure.Storage.Blobs", "azcopy". */
  name: string;
  version: string;
  /** Where it came from: a package mention or a user-agent token such as `azsdk-js-storage-blob/12.1.0`. */
  source: 'package' | 'user-agent';
}

/** A storage endpoint URL, reduced to parts that are not secret (the query string is dropped). */
export interface StorageUrlEntity {
  account: string;
  service: string;
  container?: string;
  blob?: string;
  /** True when the URL carried a SAS (`sig=`); the signature itself is not kept. */
  hasSas: boolean;
}

/** What kind of secret a message appears to contain. */
export type KeyMaterialKind =
  | 'aes-key-base64'
  | 'aes-key-hex'
  | 'encryption-key-header'
  | 'sas-signature'
  | 'account-key'
  | 'connection-string';

/** Everything recognised in one message. Lists are de-duplicated and in order of first appearance. */
export interface Entities {
  /** The CPK error codes and any other storage error codes. */
  errorCodes: ErrorCodeEntity[];
  httpStatuses: number[];
  /** `HeaderName` values from an error body (e.g. `x-ms-encryption-key`). */
  headerNames: string[];
  /** `x-ms-version` values (YYYY-MM-DD). */
  serviceVersions: string[];
  requestIds: string[];
  sdks: SdkEntity[];
  urls: StorageUrlEntity[];
  /** Kinds of key material found; never the values. */
  keyMaterial: KeyMaterialKind[];
}
