/**
 * One error type for every failure of the bot's state or transcript storage, so the turn error handler can tell
 * "storage failed, please retry" from a bug (issue #7, item 1) without knowing which store is configured.
 * No botbuilder import: the core and the handler both read it.
 */
// @ts-nocheck


/** `conflict`: another instance saved the same conversation first (eTag mismatch); `unavailable`: anything else. */
export type StorageFailureKind = 'conflict' | 'unavailable';

export class StorageFailure extends Error {
  constructor(
    readonly kind: StorageFailureKind,
    readonly operation: 'read' | 'write' | 'delete',
    options: { cause: unknown },
  ) {
    super(`Storage ${operation} failed (${kind})`, options);
    this.name = 'StorageFailure';
  }
}

/** True for an eTag conflict as reported by BlobsStorage (412 mapped to a message) or MemoryStorage. */
export function isETagConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const { statusCode, message } = error as { statusCode?: unknown; message?: unknown };
  return statusCode === 412 || (typeof message === 'string' && /etag conflict/i.test(message));
}

/** Wraps any error from a store in a `StorageFailure` (keeps one that already is). */
export function toStorageFailure(operation: StorageFailure['operation'], error: unknown): StorageFailure {
  if (error instanceof StorageFailure) {
    return error;
  }
  return new StorageFailure(isETagConflict(error) ? 'conflict' : 'unavailable', operation, { cause: error });
}
