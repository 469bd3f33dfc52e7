/**
 * The optional comment after "Was this helpful?" (issue #6, item 6): one turn; typed text is recorded (redacted
 * by the sink) and Skip ends it. The route table sends it only what a comment can be: a question, a request for
 * a human or another button leaves it and is answered (issue #16).
 */
// @ts-nocheck

import { feedbackEnvelope } from '../src/bot/feedbackEnvelope';
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from '../src/bot/kit/dialogKit';
import { activityFromView } from '../src/bot/activityFromView';
import type { FeedbackSink } from '../src/core/feedback/feedbackRecord';
import { feedbackCommentView } from '../src/core/handoff/handoffViews';
import { turnOf } from '../src/bot/turnRecord';

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
  constructor(private readonly feedback: FeedbackSink) {
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
    const { input } = turnOf(context);
    if (input.kind === 'text') {
      await this.record(context, readOptions(step.options).intent, input.text);
      await context.sendActivity('Thanks, noted. Anything else about customer-provided keys?');
      return step.endDialog();
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
