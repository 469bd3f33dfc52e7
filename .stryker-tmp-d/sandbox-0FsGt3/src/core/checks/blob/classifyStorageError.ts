/**
 * Reads a failed SDK call the same way for every check. HEAD calls (getProperties) carry no body, so the error
 * code comes from the `x-ms-error-code` header via `details.errorCode` (platform-notes.md).
 */
// @ts-nocheck


export interface StorageFailure {
  kind: 'http' | 'timeout' | 'network';
  statusCode?: number;
  errorCode?: string;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

export function classifyStorageError(error: unknown): StorageFailure {
  const statusCode = field(error, 'statusCode');
  const details = field(error, 'details');
  const detailCode = field(details, 'errorCode');
  const code = field(error, 'code');
  const errorCode = typeof detailCode === 'string' ? detailCode : typeof code === 'string' && !/^[A-Z_]+$/.test(code) ? code : undefined;
  if (typeof statusCode === 'number') {
    return { kind: 'http', statusCode, ...(errorCode === undefined ? {} : { errorCode }) };
  }
  const name = field(error, 'name');
  if (name === 'AbortError' || name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return { kind: 'timeout' };
  }
  return { kind: 'network', ...(typeof code === 'string' ? { errorCode: code } : {}) };
}
