/**
 * The one shape every live check returns (issue #4): a status, the cause in one sentence, the evidence it is
 * based on, and what to do next. Dialogs only render it; they never decide a status themselves.
 */
// @ts-nocheck

import type { CheckId } from '../knowledge/types';

/** `pass` all good, `fail` the user's setup is wrong, `warn` maybe wrong or unknown, `error` the check could not run. */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'error';

/** One piece of evidence; `value` may hold user-derived text, so it is always rendered as plain text runs. */
export interface CheckEvidence {
  title: string;
  value: string;
}

export interface CheckResult {
  check: CheckId;
  status: CheckStatus;
  cause: string;
  evidence: CheckEvidence[];
  nextSteps: string[];
  /**
   * The storage service itself failed (a 5xx answer): only Azure support can look into it, so the check dialog
   * offers a handoff with this result (the fourth handoff trigger, issue #21).
   */
  supportNeeded?: boolean;
}
