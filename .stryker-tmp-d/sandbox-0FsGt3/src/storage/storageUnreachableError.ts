/**
 * Thrown at start-up (and reported by /readyz) when a configured blob container cannot be opened. Its message
 * is one line naming the container, the account and the error code, never the connection string (issue #7).
 */
// @ts-nocheck

export class StorageUnreachableError extends Error {
  constructor(container: string, account: string, error: unknown) {
    super(
      `Storage unreachable: cannot open blob container "${container}" in account ${account} (${errorCode(error)}). ` +
        'Check STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL, network access and, with managed identity, the ' +
        '"Storage Blob Data Contributor" role.',
      { cause: error },
    );
    this.name = 'StorageUnreachableError';
  }
}

/**
 * A short, secret-free reason: the service error code (`x-ms-error-code`), else the Node error code, else the
 * error class. Messages are not used: Azure's carry request ids and several lines.
 */
export function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) {
    return 'unknown error';
  }
  const { details, code, statusCode, name } = error as { details?: { errorCode?: unknown }; code?: unknown; statusCode?: unknown; name?: unknown };
  const parts = [details?.errorCode ?? code ?? name, typeof statusCode === 'number' ? `HTTP ${statusCode}` : undefined];
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(', ') || 'unknown error';
}
