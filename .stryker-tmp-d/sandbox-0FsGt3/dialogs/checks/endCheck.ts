/**
 * Ends a check dialog after its result card, returning the result (the case log records it from there). When the result says the storage service itself failed, only Azure
 * support can act, so the check hands over to the handoff dialog with that result (the handoff still confirms
 * first): the fourth way a handoff starts (issue #6 item 1, made real in issue #21).
 */
// @ts-nocheck

import type { CheckResult } from '../../src/core/checks/checkResult';
import type { DialogTurnResult, WaterfallStepContext } from '../../src/bot/kit/dialogKit';
import { HANDOFF_DIALOG_ID, type HandoffDialogOptions } from '../handoffOptions';

export async function endCheck(step: WaterfallStepContext, result: CheckResult): Promise<DialogTurnResult> {
  if (result.supportNeeded !== true) {
    return step.endDialog(result);
  }
  const options: HandoffDialogOptions = {
    reason: 'check-needs-support',
    checkResults: [{ check: result.check, status: result.status, summary: result.cause, supportNeeded: true }],
  };
  return step.replaceDialog(HANDOFF_DIALOG_ID, options);
}
