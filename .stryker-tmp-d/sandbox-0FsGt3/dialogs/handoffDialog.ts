/**
 * Escalation to a human (issue #6): confirm, ask one optional question, show the case summary ("This is what
 * I'll pass on"), send it to the agents (handoff event or Teams agents' channel), record the escalation, and mark
 * the conversation as handed off so the bot stays quiet. A typed message that is neither yes nor no while the
 * bot waits for the confirmation is routed as a new question instead of being lost.
 */
// @ts-nocheck

import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from '../src/bot/kit/dialogKit';
import { activityFromView } from '../src/bot/activityFromView';
import { type ConversationData, newConversationData } from '../src/bot/conversationData';
import type { CaseOpener } from '../src/bot/cases/caseOpener';
import type { HandoffSender } from '../src/bot/handoffSender';
import { turnOf } from '../src/bot/turnRecord';
import { CASE_TEXT } from '../src/core/cases/caseViews';
import type { CardView } from '../src/core/cards/cardView';
import type { FeedbackSink } from '../src/core/feedback/feedbackRecord';
import { newCaseLog } from '../src/core/handoff/caseLog';
import { buildCaseSummary, type CaseSummary } from '../src/core/handoff/caseSummary';
import { caseSummaryView } from '../src/core/handoff/caseSummaryView';
import { confirmHandoffView, handoffNoteView } from '../src/core/handoff/handoffViews';
import type { KnowledgeBase } from '../src/core/knowledge/types';
import type { Logger } from '../src/core/logging/logger';
import { HANDOFF_DIALOG_ID, type HandoffDialogOptions, readHandoffOptions } from './handoffOptions';

export interface HandoffDialogDeps {
  knowledge: KnowledgeBase;
  conversationData: StatePropertyAccessor<ConversationData>;
  sender: HandoffSender;
  /**
   * Opens cases an engineer works from the agent desk or the Teams agents' channel (issue #19). Absent when no
   * such route exists: then the bot says up front that no one is reachable here (honest promises, item 5).
   */
  cases?: CaseOpener;
  feedback: FeedbackSink;
  logger: Logger;
  /** The dialog that routes a fresh question (the main router's waterfall). */
  rerouteDialogId: string;
  now?: () => Date;
}

const YES = /^(y|yes|yeah|yep|sure|ok|okay|please|go ahead|do it|connect me)\b/i;
const NO = /^(n|no|nope|not now|never ?mind|no thanks)\b/i;

export class HandoffDialog extends ComponentDialog {
  constructor(private readonly deps: HandoffDialogDeps) {
    super(HANDOFF_DIALOG_ID);
    this.addDialog(
      new WaterfallDialog(`${HANDOFF_DIALOG_ID}.steps`, [this.confirmStep.bind(this), this.noteStep.bind(this), this.sendStep.bind(this)]),
    );
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options: HandoffDialogOptions = readHandoffOptions(step.options);
    if (this.deps.cases === undefined) {
      return this.noEngineerReachable(step, options);
    }
    await this.send(step.context, confirmHandoffView(options.reason, await this.deps.cases.waitText()));
    return Dialog.EndOfTurn;
  }

  private async noteStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { input } = turnOf(step.context);
    const yes =
      (input.kind === 'action' && (input.action.cpk === 'handoff' || (input.action.cpk === 'answer' && input.action.answer === 'yes'))) ||
      (input.kind === 'text' && YES.test(input.text));
    const no = (input.kind === 'action' && input.action.cpk === 'answer' && input.action.answer === 'no') || (input.kind === 'text' && NO.test(input.text));
    if (no) {
      await step.context.sendActivity('OK, no engineer for now. Ask me anything else about customer-provided keys.');
      return step.endDialog();
    }
    if (!yes && step.parent !== undefined) {
      // Neither yes nor no: the user moved on, so answer what they sent instead of holding them here. The
      // parent context is the main dialog's set, where this dialog sits beside the router.
      return step.parent.replaceDialog(this.deps.rerouteDialogId);
    }
    if (!yes) {
      return step.endDialog();
    }
    await this.send(step.context, handoffNoteView());
    return Dialog.EndOfTurn;
  }

  /** No agent route: said before any question, with the portal path and the summary to paste (issue #19, item 5). */
  private async noEngineerReachable(step: WaterfallStepContext, options: HandoffDialogOptions): Promise<DialogTurnResult> {
    const { context } = step;
    await context.sendActivity(CASE_TEXT.unavailable);
    const summary = await this.summarize(context, options, undefined);
    await this.send(context, caseSummaryView(summary));
    await this.recordEscalation(options, summary, 'unavailable');
    return step.endDialog({ route: 'unavailable' });
  }

  private async summarize(context: TurnContext, options: HandoffDialogOptions, note: string | undefined): Promise<CaseSummary> {
    const data = await this.deps.conversationData.get(context, newConversationData());
    return buildCaseSummary({
      log: data.caseLog ?? newCaseLog(),
      knowledge: this.deps.knowledge,
      reason: options.reason,
      channel: context.activity.channelId,
      conversationId: context.activity.conversation.id,
      now: (this.deps.now ?? (() => new Date()))(),
      user: context.activity.from.name ?? context.activity.from.id,
      userNote: note,
      checkResults: options.checkResults,
    });
  }

  private async sendStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const options = readHandoffOptions(step.options);
    const { input } = turnOf(context);
    const note = input.kind === 'text' && !/^(skip|no|nothing|none|n\/a)[.!]*$/i.test(input.text) ? input.text : undefined;
    const data = await this.deps.conversationData.get(context, newConversationData());
    const summary = await this.summarize(context, options, note);
    const sent: Partial<Activity>[] = [];
    sent.push(await this.send(context, caseSummaryView(summary)));
    const cases = this.deps.cases;
    if (cases === undefined) {
      // Not reached: without an agent route the confirmation step already said so and ended the dialog.
      return this.noEngineerReachable(step, options);
    }
    // The case is what engineers work; the handoff event still goes out for a contact-centre product on Direct Line.
    const transcript = await this.deps.sender.transcript(context, sent);
    const route = context.activity.channelId === 'msteams' ? 'teams' : await this.deps.sender.sendEvent(context, summary, transcript);
    const opened = await cases.open(context, summary, transcript);
    data.handoff = { startedAt: summary.createdAt, route, caseId: opened.id };
    await context.sendActivity(CASE_TEXT.opened(await cases.waitText()));
    await this.recordEscalation(options, summary, route);
    return step.endDialog({ route });
  }

  private async recordEscalation(options: HandoffDialogOptions, summary: CaseSummary, route: string): Promise<void> {
    await this.deps.feedback.record({
      kind: 'escalation',
      reason: options.reason,
      intent: summary.intent?.id,
      route,
      time: summary.createdAt,
      conversationId: summary.conversationId,
      channel: summary.channel,
    });
  }

  private async send(context: TurnContext, view: CardView): Promise<Partial<Activity>> {
    const activity = activityFromView(view, context.activity.channelId);
    await context.sendActivity(activity);
    return activity;
  }
}
