/**
 * A client-side deadline for one outbound wait (issue #18). Server-side timeouts (the storage SDK's
 * `tryTimeoutInMs`) do nothing when the peer accepts a connection and never answers, so the work gets an
 * `AbortSignal` that fires at the deadline (it should pass it to every request it makes, which closes their
 * sockets), and the wait itself ends then even if the work ignores the signal.
 */
// @ts-nocheck


/** The wait for `what` passed its deadline; the work was told to abort. */
export class DeadlineExceededError extends Error {
  readonly code = 'DEADLINE_EXCEEDED';

  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what} did not finish within ${ms} ms`);
    this.name = 'DeadlineExceededError';
  }
}

/**
 * The error and the errors it wraps: `cause`, and `error` (botbuilder-dialogs' `DialogContextError` keeps the
 * original there), at most 10 deep.
 */
export function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; typeof current === 'object' && current !== null && chain.length < 10; ) {
    chain.push(current);
    const { cause, error: inner } = current as { cause?: unknown; error?: unknown };
    current = cause ?? inner;
  }
  return chain;
}

/** True for a `DeadlineExceededError` anywhere in an error's chain. */
export function isDeadlineExceeded(error: unknown): boolean {
  return errorChain(error).some((item) => item instanceof DeadlineExceededError);
}

/**
 * Runs `work` with a signal that aborts after `ms`, and rejects with `DeadlineExceededError` at that moment.
 * An outer `signal` (e.g. a shutdown) aborts the work too.
 */
export async function withDeadline<T>(what: string, ms: number, work: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
  const controller = new AbortController();
  const error = new DeadlineExceededError(what, ms);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort(error);
      reject(error);
    }, ms);
  });
  const onOuterAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onOuterAbort, { once: true });
  const running = work(controller.signal);
  // The work may still reject after the deadline won the race; that late rejection is expected, not unhandled.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onOuterAbort);
  }
}
