/**
 * The blob probe in a conversation, one question per turn: go-ahead, expected fingerprint (optional), blob URL.
 * Nothing connects before "yes". The URL (with its SAS) is asked last and used in the same turn it arrives, so
 * it never enters dialog state; only the fingerprint is kept between turns.
 */
// @ts-nocheck

import { ComponentDialog, type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from '../../src/bot/kit/dialogKit';
import { activityFromView } from '../../src/bot/activityFromView';
import { readFingerprintAnswer } from '../../src/core/checks/blob/readFingerprintAnswer';
import { runBlobProbe } from '../../src/core/checks/blob/runBlobProbe';
import { networkCheckConsentView, PASTED_KEY_WARNING } from '../../src/core/checks/checkPromptViews';
import type { CheckDialogDeps } from './checkDialogDeps';
import {
  CONSENT_PROMPT,
  CONSENT_RETRY,
  consentPrompt,
  FINGERPRINT_PROMPT,
  FINGERPRINT_QUESTION,
  FINGERPRINT_RETRY,
  fingerprintPrompt,
  URL_PROMPT,
  urlPrompt,
} from './networkPrompts';
import { endCheck } from './endCheck';
import { answerText, sendResult } from './sendResult';

interface BlobCheckValues {
  fingerprint?: string;
  fromKey?: boolean;
}

export class BlobCheckDialog extends ComponentDialog {
  constructor(private readonly deps: CheckDialogDeps) {
    super('blob-check');
    this.addDialog(consentPrompt());
    this.addDialog(fingerprintPrompt());
    this.addDialog(urlPrompt());
    this.addDialog(
      new WaterfallDialog('blob-check.steps', [
        this.consentStep.bind(this),
        this.fingerprintStep.bind(this),
        this.urlStep.bind(this),
        this.runStep.bind(this),
      ]),
    );
    this.initialDialogId = 'blob-check.steps';
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.prompt(CONSENT_PROMPT, {
      prompt: activityFromView(networkCheckConsentView('blob-check'), step.context.activity.channelId),
      retryPrompt: CONSENT_RETRY,
    });
  }

  private async fingerprintStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== true) {
      await step.context.sendActivity('OK, I did not connect to anything.');
      return step.endDialog();
    }
    return step.prompt(FINGERPRINT_PROMPT, { prompt: FINGERPRINT_QUESTION, retryPrompt: FINGERPRINT_RETRY });
  }

  private async urlStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = readFingerprintAnswer(answerText(step.result));
    const values = step.values as BlobCheckValues;
    if (answer.kind === 'fingerprint') {
      values.fingerprint = answer.fingerprint;
      values.fromKey = answer.fromKey;
    }
    return step.prompt(URL_PROMPT, {
      prompt: 'Paste the blob URL with its SAS: https://<account>.blob.core.windows.net/<container>/<blob>?<SAS>. For the key fingerprint the SAS must be a container SAS with list permission.',
    });
  }

  private async runStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as BlobCheckValues;
    await step.context.sendActivity({ type: 'typing' });
    const result = await runBlobProbe(
      { url: answerText(step.result), ...(values.fingerprint === undefined ? {} : { fingerprint: values.fingerprint }) },
      this.deps.network,
    );
    await sendResult(step.context, this.deps.logger, result, values.fromKey === true ? [PASTED_KEY_WARNING] : []);
    return endCheck(step, result);
  }
}
