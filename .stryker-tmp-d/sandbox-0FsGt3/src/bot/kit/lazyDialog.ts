/**
 * A dialog that builds the real one on first use and then hands every call to it, under the same id (so the
 * dialog stack and its state are the real dialog's). Used to keep heavy prompt modules out of start-up
 * (`dialogKit.ts`).
 */
// @ts-nocheck

import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogEvent, DialogInstance, DialogReason, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from 'botbuilder-dialogs/lib/dialog';

export class LazyDialog extends Dialog {
  private inner: Promise<Dialog> | undefined;

  constructor(
    dialogId: string,
    private readonly create: () => Promise<Dialog>,
  ) {
    super(dialogId);
  }

  /** The real dialog, built once; a failed build is retried on the next call. */
  async load(): Promise<Dialog> {
    this.inner ??= this.create().catch((error: unknown) => {
      this.inner = undefined;
      throw error;
    });
    return this.inner;
  }

  override async beginDialog(dc: DialogContext, options?: object): Promise<DialogTurnResult> {
    return (await this.load()).beginDialog(dc, options);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return (await this.load()).continueDialog(dc);
  }

  override async resumeDialog(dc: DialogContext, reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    return (await this.load()).resumeDialog(dc, reason, result);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await (await this.load()).repromptDialog(context, instance);
  }

  override async endDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    await (await this.load()).endDialog(context, instance, reason);
  }

  override async onDialogEvent(dc: DialogContext, event: DialogEvent): Promise<boolean> {
    return (await this.load()).onDialogEvent(dc, event);
  }
}
