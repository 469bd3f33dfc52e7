/**
 * The key inventory in a conversation, one question per turn: go-ahead, what to include, container URL. The URL
 * is used in the turn it arrives (never stored). Long listings send a progress message per page.
 */
// @ts-nocheck

import { ComponentDialog, type DialogTurnResult, type FoundChoice, WaterfallDialog, type WaterfallStepContext } from '../../src/bot/kit/dialogKit';
import { activityFromView } from '../../src/bot/activityFromView';
import { runKeyInventory } from '../../src/core/checks/blob/runKeyInventory';
import { networkCheckConsentView } from '../../src/core/checks/checkPromptViews';
import type { CheckDialogDeps } from './checkDialogDeps';
import { CONSENT_PROMPT, CONSENT_RETRY, consentPrompt, shortChoicePrompt, URL_PROMPT, urlPrompt } from './networkPrompts';
import { endCheck } from './endCheck';
import { answerText, sendResult } from './sendResult';

const SCOPE_PROMPT = 'key-inventory.scope';
const SCOPES = ['Current blobs only', 'Also snapshots', 'Also versions', 'Snapshots and versions'] as const;

export class KeyInventoryDialog extends ComponentDialog {
  constructor(private readonly deps: CheckDialogDeps) {
    super('key-inventory');
    this.addDialog(consentPrompt());
    this.addDialog(shortChoicePrompt(SCOPE_PROMPT));
    this.addDialog(urlPrompt());
    this.addDialog(
      new WaterfallDialog('key-inventory.steps', [this.consentStep.bind(this), this.scopeStep.bind(this), this.urlStep.bind(this), this.runStep.bind(this)]),
    );
    this.initialDialogId = 'key-inventory.steps';
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.prompt(CONSENT_PROMPT, {
      prompt: activityFromView(networkCheckConsentView('key-inventory'), step.context.activity.channelId),
      retryPrompt: CONSENT_RETRY,
    });
  }

  private async scopeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== true) {
      await step.context.sendActivity('OK, I did not connect to anything.');
      return step.endDialog();
    }
    return step.prompt(SCOPE_PROMPT, {
      prompt: 'What should I list? Snapshots and versions keep the key they were written with.',
      retryPrompt: 'Please pick one of these first; I ask for the container URL next.',
      choices: [...SCOPES],
    });
  }

  private async urlStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    (step.values as { scope?: number }).scope = (step.result as FoundChoice | undefined)?.index ?? 0;
    return step.prompt(URL_PROMPT, {
      prompt: 'Paste the container URL with a SAS that has list permission: https://<account>.blob.core.windows.net/<container>?<SAS>. Add a prefix after the container name to list only part of it.',
    });
  }

  private async runStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const scope = (step.values as { scope?: number }).scope ?? 0;
    await step.context.sendActivity({ type: 'typing' });
    const inventory = await runKeyInventory(
      { url: answerText(step.result), includeSnapshots: scope === 1 || scope === 3, includeVersions: scope === 2 || scope === 3 },
      {
        ...this.deps.network,
        maxBlobs: this.deps.inventoryMaxBlobs,
        pageSize: this.deps.inventoryPageSize,
        onProgress: async (listed, more) => {
          if (more) {
            await step.context.sendActivity(`Still listing: ${listed.toLocaleString('en-US')} blobs so far…`);
            await step.context.sendActivity({ type: 'typing' });
          }
        },
      },
    );
    await sendResult(step.context, this.deps.logger, inventory.result);
    return endCheck(step, inventory.result);
  }
}
