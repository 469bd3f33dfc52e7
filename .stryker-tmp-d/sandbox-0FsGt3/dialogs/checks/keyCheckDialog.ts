/**
 * The key/hash doctor in a conversation. A pasted key is used in the same turn it arrives and never put into
 * dialog state: the values are read from the activity (or the prompt result) in memory and only the result,
 * which holds fingerprints, is sent.
 */
// @ts-nocheck

import { ComponentDialog, type DialogTurnResult, textPrompt, WaterfallDialog, type WaterfallStepContext } from '../../src/bot/kit/dialogKit';
import type { TurnContext } from 'botbuilder';
import { activityFromView } from '../../src/bot/activityFromView';
import { keyCheckIntroView, PASTED_KEY_WARNING } from '../../src/core/checks/checkPromptViews';
import { diagnoseKeyPair } from '../../src/core/checks/key/diagnoseKeyPair';
import { extractKeyInputs } from '../../src/core/checks/key/extractKeyInputs';
import type { CheckResult } from '../../src/core/checks/checkResult';
import type { CheckDialogDeps } from './checkDialogDeps';
import { answerText, sendResult, turnText } from './sendResult';

const PROMPT = 'key-check.values';

export class KeyCheckDialog extends ComponentDialog {
  constructor(private readonly deps: CheckDialogDeps) {
    super('key-check');
    this.addDialog(textPrompt(PROMPT));
    this.addDialog(new WaterfallDialog('key-check.steps', [this.askStep.bind(this), this.runStep.bind(this)]));
    this.initialDialogId = 'key-check.steps';
  }

  /** Runs at once when the message that started the check already holds labelled values; otherwise asks. */
  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    if (extractKeyInputs(text).labelled) {
      return step.endDialog(await this.run(step.context, text));
    }
    return step.prompt(PROMPT, { prompt: activityFromView(keyCheckIntroView(), step.context.activity.channelId) });
  }

  private async runStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(await this.run(step.context, answerText(step.result)));
  }

  private async run(context: TurnContext, text: string): Promise<CheckResult> {
    const input = extractKeyInputs(text);
    const { result } = diagnoseKeyPair(input);
    await sendResult(context, this.deps.logger, result, input.key === undefined ? [] : [PASTED_KEY_WARNING]);
    return result;
  }
}
