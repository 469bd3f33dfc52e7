/**
 * The main router. Each new message begins it; it reads the turn, asks the core router what to do, and either
 * answers with a card and ends, or begins a child flow (a live check) that owns the next turns. "Help" and
 * "start over" are caught here before any child step runs, so they work at any point (the core-bot pattern).
 */
import { feedbackEnvelope } from '../src/bot/feedbackEnvelope';
import {
  ComponentDialog,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from './dialogKit';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { activityFromView } from '../src/bot/activityFromView';
import { type ConversationData, newConversationData } from '../src/bot/conversationData';
import type { CardBlock, CardView } from '../src/core/cards/cardView';
import { detectCheckRequest } from '../src/core/checks/detectCheckRequest';
import { isNewQuestionForCheck, pastedCheck } from '../src/core/checks/pastedCheckInput';
import { furtherQuestions, nextContext, preferInContext, readFollowUp, type TopicContext } from '../src/core/routing/followUp';
import { didYouMeanView, fallbackView, uploadedFilesView, welcomeView } from '../src/core/cards/conversationViews';
import { guidanceView, topicDetailsView } from '../src/core/cards/guidanceView';
import { versionRowView } from '../src/core/cards/versionViews';
import { findNamedRow } from '../src/core/checks/version/findNamedRow';
import { evidenceBlocks, keyMaterialWarning } from '../src/core/entities/evidence';
import { extractEntities } from '../src/core/entities/extractEntities';
import type { CheckId, KnowledgeBase } from '../src/core/knowledge/types';
import type { Logger } from '../src/core/logging/logger';
import type { Matcher } from '../src/core/matching/decision';
import { type Route, routeTurn } from '../src/core/routing/routeTurn';
import { globalCommand, readTurnInput, type TurnInput } from '../src/core/routing/turnInput';
import { countUploadedFiles } from '../src/core/routing/uploadedFiles';
import type { FeedbackSink } from '../src/core/feedback/feedbackRecord';
import { FEEDBACK_COMMENT_DIALOG_ID } from './feedbackCommentDialog';
import { HANDOFF_DIALOG_ID, type HandoffDialogOptions } from './handoffOptions';

export const MAIN_DIALOG_ID = 'main';
export const ROUTE_WATERFALL_ID = 'main.route';

export interface MainDialogDeps {
  knowledge: KnowledgeBase;
  matcher: Matcher;
  logger: Logger;
  conversationData: StatePropertyAccessor<ConversationData>;
  maxInputChars: number;
  /** Live-check dialogs by check id; their ids must be the check ids. */
  checkDialogs?: ReadonlyMap<CheckId, Dialog>;
  /** Escalation to a human (issue #6); its id must be HANDOFF_DIALOG_ID. Check dialogs may begin it too. */
  handoffDialog?: Dialog;
  /** The optional comment after "Was this helpful?" (issue #6); its id must be FEEDBACK_COMMENT_DIALOG_ID. */
  feedbackCommentDialog?: Dialog;
  /** Where feedback and unanswered questions are recorded, redacted (issue #6). */
  feedback?: FeedbackSink;
}

export class MainDialog extends ComponentDialog {
  private readonly availableChecks: ReadonlySet<CheckId>;

  constructor(private readonly deps: MainDialogDeps) {
    super(MAIN_DIALOG_ID);
    this.availableChecks = new Set(deps.checkDialogs?.keys() ?? []);
    this.addDialog(new WaterfallDialog(ROUTE_WATERFALL_ID, [this.routeStep.bind(this), this.finishStep.bind(this)]));
    for (const dialog of deps.checkDialogs?.values() ?? []) {
      this.addDialog(dialog);
    }
    for (const dialog of [deps.handoffDialog, deps.feedbackCommentDialog]) {
      if (dialog !== undefined) {
        this.addDialog(dialog);
      }
    }
    this.initialDialogId = ROUTE_WATERFALL_ID;
  }

  private input(context: TurnContext): TurnInput {
    return readTurnInput(context.activity.text, context.activity.value, this.deps.maxInputChars);
  }

  /**
   * Catches "help" and "start over" while a child flow is waiting for an answer, and a new CPK question sent to a
   * key or version check that waits for pasted text: the check ends and the question is answered.
   */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const input = this.input(inner.context);
    const command = globalCommand(input);
    if (command === 'restart') {
      await this.send(inner.context, welcomeView(this.deps.knowledge));
      return inner.cancelAllDialogs();
    }
    if (command === 'help') {
      await this.sendIntent(inner.context, 'help');
      await inner.repromptDialog();
      return Dialog.EndOfTurn;
    }
    const waiting = inner.activeDialog?.id;
    if (
      waiting !== undefined &&
      input.kind === 'text' &&
      isNewQuestionForCheck(waiting, input.text, (text) => this.deps.matcher.match(text), (id) => this.deps.knowledge.intents.get(id)?.kind)
    ) {
      this.deps.logger.info('check left for a new question', { check: waiting, ...turnFields(inner.context) });
      await inner.cancelAllDialogs();
      return inner.beginDialog(ROUTE_WATERFALL_ID);
    }
    return super.onContinueDialog(inner);
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const input = this.input(context);
    const command = globalCommand(input);
    // Explicit check requests ("check my key") go to the check before the matcher (issue #4).
    const requested = command === undefined && input.kind === 'text' ? detectCheckRequest(input.text) : undefined;
    // Values pasted on their own run their check too (issue #17, item 5): a key/hash pair, or a package and version.
    const pasted = command === undefined && requested === undefined && input.kind === 'text' ? pastedCheck(input.text) : undefined;
    const data = await this.deps.conversationData.get(context, newConversationData());
    const route: Route = withPastedCheck(
      command !== undefined
        ? { kind: command }
        : requested !== undefined && this.availableChecks.has(requested)
          ? { kind: 'check', check: requested }
          : pasted === 'key-check' && this.availableChecks.has('key-check')
            ? { kind: 'check', check: 'key-check' }
            : this.routeInContext(context, input, data.topic),
      pasted === 'version-check' && this.availableChecks.has('version-check'),
    );
    data.topic = nextContext(data.topic, this.answeredTopic(route), this.deps.knowledge.followUps);
    // Evidence from typed text (issue #3 item 4); a button press carries no user text.
    const entities = input.kind === 'text' ? extractEntities(input.text) : undefined;
    const evidence = entities === undefined ? [] : evidenceBlocks(entities);
    const warning = entities === undefined ? undefined : keyMaterialWarning(entities.keyMaterial);
    if (route.kind === 'fallback' && countUploadedFiles(context.activity.attachments) > 0) {
      // A screenshot or file and no text the bot understood: ask for the text, not to rephrase (not a misunderstanding).
      this.deps.logger.info('uploaded files not read', { reason: route.reason, ...turnFields(context) });
      await this.send(context, withWarning(uploadedFilesView(this.deps.knowledge), warning));
      return step.endDialog();
    }
    if (route.kind !== 'fallback') {
      data.fallbackStreak = 0;
    }
    switch (route.kind) {
      case 'answer': {
        data.lastIntent = route.intent;
        this.deps.logger.info('answer', { intent: route.intent, confidence: route.confidence, via: route.via, ...turnFields(context) });
        // Issue #14, item 3: a versions question that names one SDK gets that row, not the whole table.
        const namedRow = route.intent === 'sdk-versions' && input.kind === 'text' ? findNamedRow(this.deps.knowledge.versions, input.text) : undefined;
        if (namedRow !== undefined) {
          await this.send(context, withEvidence(versionRowView(this.deps.knowledge, namedRow), evidence));
          return step.endDialog();
        }
        const alsoAsked = input.kind === 'text' ? this.alsoAskedBlocks(input.text, route.intent) : [];
        await this.sendIntent(context, route.intent, input.kind === 'text' && input.truncated, [...evidence, ...alsoAsked]);
        if (route.thenCheck !== undefined && this.availableChecks.has(route.thenCheck)) {
          return step.beginDialog(route.thenCheck);
        }
        return step.endDialog();
      }
      case 'topicDetails': {
        const entry = this.deps.knowledge.intents.get(route.intent);
        await (entry === undefined ? this.sendIntent(context, 'help') : this.send(context, topicDetailsView(entry)));
        return step.endDialog();
      }
      case 'versionRow': {
        const row = this.deps.knowledge.versions.find((candidate) => candidate.id === route.row);
        await (row === undefined ? this.sendIntent(context, 'sdk-versions') : this.send(context, versionRowView(this.deps.knowledge, row)));
        return step.endDialog();
      }
      case 'didYouMean':
        this.deps.logger.info('didYouMean', { candidates: route.candidates, ...turnFields(context) });
        await this.send(context, withWarning(didYouMeanView(this.deps.knowledge, route.candidates), warning));
        return step.endDialog();
      case 'fallback': {
        data.fallbackStreak += 1;
        this.deps.logger.info('fallback', { reason: route.reason, rule: route.rule, streak: data.fallbackStreak, ...turnFields(context) });
        if (input.kind === 'text') {
          await this.deps.feedback?.record({
            kind: 'unanswered',
            text: input.text,
            reason: route.reason,
            rule: route.rule,
            ...feedbackEnvelope(context),
          });
        }
        // Issue #6: the second fallback in a row asks right away whether to hand off (the confirmation is the offer).
        const handOff = data.fallbackStreak >= 2 && this.deps.handoffDialog !== undefined;
        const view = fallbackView(this.deps.knowledge, {
          outOfScope: route.outOfScope,
          offerHuman: data.fallbackStreak >= 2 && !handOff,
          cpkQuestion: route.reason === 'cpk-unanswered',
        });
        await this.send(context, withWarning(view, warning));
        if (handOff) {
          data.fallbackStreak = 0;
          const options: HandoffDialogOptions = { reason: 'repeated-fallback' };
          return step.beginDialog(HANDOFF_DIALOG_ID, options);
        }
        return step.endDialog();
      }
      case 'check':
        if (this.availableChecks.has(route.check)) {
          return step.beginDialog(route.check);
        }
        await this.sendIntent(context, 'help');
        return step.endDialog();
      case 'handoff': {
        if (this.deps.handoffDialog !== undefined) {
          const options: HandoffDialogOptions = { reason: 'user-request' };
          return step.beginDialog(HANDOFF_DIALOG_ID, options);
        }
        await this.sendIntent(context, 'escalate', false, evidence);
        return step.endDialog();
      }
      case 'restart':
        await this.send(context, welcomeView(this.deps.knowledge));
        return step.endDialog();
      case 'help':
        await this.sendIntent(context, 'help');
        return step.endDialog();
      case 'feedback':
        this.deps.logger.info('feedback', { intent: route.intent, helpful: route.helpful, ...turnFields(context) });
        await this.deps.feedback?.record({
          kind: 'feedback',
          intent: route.intent,
          helpful: route.helpful,
          ...feedbackEnvelope(context),
        });
        if (this.deps.feedbackCommentDialog !== undefined) {
          return step.beginDialog(FEEDBACK_COMMENT_DIALOG_ID, { intent: route.intent, helpful: route.helpful });
        }
        await context.sendActivity('Thank you for the feedback.');
        return step.endDialog();
    }
  }

  /**
   * The route for a message read with the conversation's context (issue #17, item 3): a clear answer stands on its
   * own; a short follow-up that the matcher cannot answer alone is read against the topic answered last.
   */
  private routeInContext(context: TurnContext, input: TurnInput, topic: TopicContext | undefined): Route {
    const alone = routeTurn(input, this.deps.matcher);
    if (input.kind !== 'text' || alone.kind === 'answer') {
      return alone;
    }
    const reading = readFollowUp(input.text, topic, this.deps.knowledge.followUps);
    if (reading.kind === 'standalone') {
      return alone;
    }
    const namedRow = reading.topic === 'sdk-versions' ? findNamedRow(this.deps.knowledge.versions, input.text) : undefined;
    const route: Route =
      reading.kind === 'why'
        ? { kind: 'topicDetails', intent: reading.topic }
        : namedRow !== undefined
          ? { kind: 'versionRow', row: namedRow.id }
          : preferInContext(routeTurn({ ...input, text: reading.text }, this.deps.matcher), alone);
    this.deps.logger.info('follow-up', { reason: reading.reason, route: route.kind, intent: 'intent' in route ? route.intent : undefined, ...turnFields(context) });
    return route;
  }

  /**
   * A message with two questions gets the main answer plus a button for the second (issue #17, item 3): the first
   * further question the matcher answers with another guidance topic.
   */
  private alsoAskedBlocks(text: string, answered: string): CardBlock[] {
    for (const question of furtherQuestions(text)) {
      const decision = this.deps.matcher.match(question);
      const entry = decision.kind === 'answer' ? this.deps.knowledge.intents.get(decision.intent) : undefined;
      if (entry !== undefined && entry.kind === 'guidance' && entry.id !== answered) {
        return [{ type: 'buttons', heading: 'You also asked', buttons: [{ label: entry.label, data: { cpk: 'intent', intent: entry.id } }] }];
      }
    }
    return [];
  }

  /** The guidance topic a route answers, which becomes the context of the next turns. */
  private answeredTopic(route: Route): string | undefined {
    const intent = route.kind === 'answer' || route.kind === 'topicDetails' ? route.intent : route.kind === 'versionRow' ? 'sdk-versions' : undefined;
    return intent !== undefined && this.deps.knowledge.intents.get(intent)?.kind === 'guidance' ? intent : undefined;
  }

  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }

  private async send(context: TurnContext, view: CardView): Promise<void> {
    await context.sendActivity(activityFromView(view, context.activity.channelId));
  }

  /** Sends an intent's guidance card; an unknown id (stale button) gets the fallback card instead. */
  private async sendIntent(context: TurnContext, intentId: string, truncated = false, evidence: CardBlock[] = []): Promise<void> {
    const entry = this.deps.knowledge.intents.get(intentId);
    if (entry === undefined) {
      // Logged as a fallback too, with its reason, like every fallback card the bot sends.
      this.deps.logger.warn('fallback', { reason: 'unknown-intent', intent: intentId });
      await this.send(context, fallbackView(this.deps.knowledge, { outOfScope: false, offerHuman: false }));
      return;
    }
    const extraBlocks: CardBlock[] = truncated
      ? [...evidence, { type: 'text', text: 'Your message was very long, so I read only its beginning.', style: 'subtle' }]
      : evidence;
    await this.send(context, guidanceView(this.deps.knowledge, entry, { extraBlocks, availableChecks: this.availableChecks }));
  }
}

/** Which conversation and channel a routing log line is about, so an operator can follow one conversation. */
function turnFields(context: TurnContext): { conversationId: string; channel: string } {
  const { conversationId, channel } = feedbackEnvelope(context);
  return { conversationId, channel };
}

/**
 * A package named with its version gets the version verdict: instead of the versions card or a fallback, and after
 * an answer about something else ("Exists() throws 409 on Azure.Storage.Blobs 12.6.0") as a second reply.
 */
function withPastedCheck(route: Route, versionNamed: boolean): Route {
  if (!versionNamed) {
    return route;
  }
  if (route.kind === 'answer' && route.intent !== 'sdk-versions') {
    return { ...route, thenCheck: 'version-check' };
  }
  return route.kind === 'answer' || route.kind === 'fallback' || route.kind === 'didYouMean' ? { kind: 'check', check: 'version-check' } : route;
}

/** Puts evidence blocks (what the bot read from the message) under a card's title. */
function withEvidence(view: CardView, evidence: readonly CardBlock[]): CardView {
  return evidence.length === 0 ? view : { ...view, blocks: [...evidence, ...view.blocks] };
}

/** Puts the key-material warning (if any) at the top of a card that is not an intent's answer. */
function withWarning(view: CardView, warning: CardBlock | undefined): CardView {
  return warning === undefined ? view : { ...view, blocks: [warning, ...view.blocks] };
}
