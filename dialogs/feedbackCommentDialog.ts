/**
 * The optional comment after "Was this helpful?" (issue #6, item 6): one turn; typed text is recorded (redacted
 * by the sink), Skip ends it, and any other button is routed as usual so a press is never lost.
 */
import { feedbackEnvelope } from '../src/bot/feedbackEnvelope';
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from '../src/bot/kit/dialogKit';
import { activityFromView } from '../src/bot/activityFromView';
import type { FeedbackSink } from '../src/core/feedback/feedbackRecord';
import { feedbackCommentView } from '../src/core/handoff/handoffViews';
import { readTurnInput } from '../src/core/routing/turnInput';

export const FEEDBACK_COMMENT_DIALOG_ID = 'feedbackComment';

export interface FeedbackCommentOptions {
  intent: string;
  helpful: boolean;
}

function readOptions(options: unknown): FeedbackCommentOptions {
  const record = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
  return { intent: typeof record.intent === 'string' ? record.intent : 'unknown', helpful: record.helpful === true };
}

export class FeedbackCommentDialog extends ComponentDialog {
  constructor(
    private readonly feedback: FeedbackSink,
    private readonly maxInputChars: number,
    private readonly rerouteDialogId: string,
  ) {
    super(FEEDBACK_COMMENT_DIALOG_ID);
    this.addDialog(new WaterfallDialog(`${FEEDBACK_COMMENT_DIALOG_ID}.steps`, [this.askStep.bind(this), this.recordStep.bind(this)]));
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { helpful } = readOptions(step.options);
    await step.context.sendActivity(activityFromView(feedbackCommentView(helpful), step.context.activity.channelId));
    return Dialog.EndOfTurn;
  }

  private async recordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const input = readTurnInput(context.activity.text, context.activity.value, this.maxInputChars);
    if (input.kind === 'text') {
      await this.record(context, readOptions(step.options).intent, input.text);
      await context.sendActivity('Thanks, noted. Anything else about customer-provided keys?');
      return step.endDialog();
    }
    if (input.kind === 'action' && input.action.cpk !== 'answer' && step.parent !== undefined) {
      return step.parent.replaceDialog(this.rerouteDialogId);
    }
    await context.sendActivity('OK. Anything else about customer-provided keys?');
    return step.endDialog();
  }

  private async record(context: TurnContext, intent: string, comment: string): Promise<void> {
    await this.feedback.record({
      kind: 'comment',
      intent,
      comment,
      ...feedbackEnvelope(context),
    });
  }
}
