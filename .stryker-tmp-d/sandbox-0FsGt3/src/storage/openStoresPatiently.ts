/**
 * Opens the configured stores at start-up (issue #20, item 5). A wrong setting (unknown host, refused connection)
 * still stops start-up with one line, as before. A refusal of authorization does not: in Azure a new role
 * assignment takes minutes to reach the storage service, and a process that exits is restarted into the same
 * refusal, a crash loop. So the app listens, /readyz answers 503 (its ping is refused too), and the open is
 * retried with a growing delay until storage lets the identity in.
 */
// @ts-nocheck

import type { Logger } from '../core/logging/logger';
import type { Stores } from './createStores';
import { errorCode, StorageUnreachableError } from './storageUnreachableError';

/** Service error codes and credential errors that mean "not (yet) allowed", not "wrong place". */
const NOT_YET_AUTHORIZED = new Set(['AuthorizationPermissionMismatch', 'AuthorizationFailure', 'AuthenticationFailed', 'CredentialUnavailableError', 'AuthenticationRequiredError']);

export function isAuthorizationPending(error: unknown): boolean {
  const cause = error instanceof StorageUnreachableError ? error.cause : error;
  if (typeof cause !== 'object' || cause === null) {
    return false;
  }
  const { statusCode, details, name } = cause as { statusCode?: unknown; details?: { errorCode?: unknown }; name?: unknown };
  return statusCode === 401 || statusCode === 403 || NOT_YET_AUTHORIZED.has(String(details?.errorCode)) || NOT_YET_AUTHORIZED.has(String(name));
}

export interface PatientOpen {
  /** Resolves once the stores are open (at once when the first try worked). */
  opened: Promise<void>;
  /** Stops retrying (at shutdown). */
  stop(): void;
}

export interface RetrySchedule {
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetrySchedule = { firstDelayMs: 1_000, maxDelayMs: 30_000 };

export async function openStoresPatiently(stores: Pick<Stores, 'open'>, logger: Logger, schedule: RetrySchedule = DEFAULT_RETRY): Promise<PatientOpen> {
  try {
    await stores.open();
    return { opened: Promise.resolve(), stop: () => undefined };
  } catch (error) {
    if (!isAuthorizationPending(error)) {
      throw error;
    }
    logger.warn('storage refused this identity; retrying while /readyz answers 503 (a new role assignment can take minutes to apply)', { reason: errorCode(error instanceof StorageUnreachableError ? error.cause : error) });
  }
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let delay = schedule.firstDelayMs;
  let tries = 1;
  const opened = new Promise<void>((resolve) => {
    const attempt = (): void => {
      timer = undefined;
      tries += 1;
      stores.open().then(
        () => {
          logger.info('storage opened', { tries });
          resolve();
        },
        (error: unknown) => {
          if (stopped) {
            return;
          }
          delay = Math.min(delay * 2, schedule.maxDelayMs);
          logger.warn('storage still unavailable; retrying', { tries, reason: errorCode(error instanceof StorageUnreachableError ? error.cause : error), nextTryInMs: delay });
          timer = setTimeout(attempt, delay).unref();
        },
      );
    };
    timer = setTimeout(attempt, delay).unref();
  });
  return {
    opened,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
