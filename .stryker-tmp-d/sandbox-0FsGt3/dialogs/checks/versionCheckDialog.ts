/** The version doctor in a conversation: runs on the pasted text at once, or asks for it once. */
// @ts-nocheck

import { ComponentDialog, type DialogTurnResult, textPrompt, WaterfallDialog, type WaterfallStepContext } from '../../src/bot/kit/dialogKit';
import type { TurnContext } from 'botbuilder';
import { activityFromView } from '../../src/bot/activityFromView';
import { versionCheckIntroView } from '../../src/core/checks/checkPromptViews';
import { diagnoseVersions } from '../../src/core/checks/version/diagnoseVersions';
import { findLibraryMentions } from '../../src/core/checks/version/findLibraryMentions';
import type { CheckResult } from '../../src/core/checks/checkResult';
import type { CheckDialogDeps } from './checkDialogDeps';
import { answerText, sendResult, turnText } from './sendResult';

const PROMPT = 'version-check.text';

export class VersionCheckDialog extends ComponentDialog {
  constructor(private readonly deps: CheckDialogDeps) {
    super('version-check');
    this.addDialog(textPrompt(PROMPT));
    this.addDialog(new WaterfallDialog('version-check.steps', [this.askStep.bind(this), this.runStep.bind(this)]));
    this.initialDialogId = 'version-check.steps';
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    if (findLibraryMentions(text).length > 0) {
      return step.endDialog(await this.run(step.context, text));
    }
    return step.prompt(PROMPT, { prompt: activityFromView(versionCheckIntroView(), step.context.activity.channelId) });
  }

  private async runStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(await this.run(step.context, answerText(step.result)));
  }

  private async run(context: TurnContext, text: string): Promise<CheckResult> {
    const { result } = diagnoseVersions(this.deps.knowledge.versions, text);
    await sendResult(context, this.deps.logger, result);
    return result;
  }
}
