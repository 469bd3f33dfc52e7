/**
 * The main router. Every message goes through the route table once (issue #16): when a question is waiting for
 * an answer (a check, a feedback comment, the handoff), the table says whether the waiting dialog reads the
 * message or the user moved on; otherwise this dialog carries the chosen route out: a card, a child flow (a live
 * check, a handoff, a feedback comment) that owns the next turns, or a fallback. It reads the turn the bot read
 * at the start (`turnOf`) and never reads or matches the message again.
 */
// @ts-nocheck

import { feedbackEnvelope } from '../src/bot/feedbackEnvelope';
import {
  ComponentDialog,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from '../src/bot/kit/dialogKit';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { activityFromView } from '../src/bot/activityFromView';
import { type ConversationData, newConversationData } from '../src/bot/conversationData';
import { turnOf } from '../src/bot/turnRecord';
import type { CardBlock, CardView } from '../src/core/cards/cardView';
import type { CheckResult } from '../src/core/checks/checkResult';
import { aloneReading, furtherQuestions, furtherQuestionTopic, nextContext, readFollowUp, type TopicContext } from '../src/core/routing/followUp';
import { didYouMeanView, fallbackView, uploadedFilesView, welcomeView } from '../src/core/cards/conversationViews';
import { guidanceView, topicDetailsView } from '../src/core/cards/guidanceView';
import { versionRowView } from '../src/core/cards/versionViews';
import { findNamedRow } from '../src/core/checks/version/findNamedRow';
import { evidenceBlocks, keyMaterialWarning } from '../src/core/entities/evidence';
import { recordAnswer, recordCheck } from '../src/core/handoff/caseLog';
import type { CheckId, KnowledgeBase } from '../src/core/knowledge/types';
import type { Logger } from '../src/core/logging/logger';
import type { Matcher } from '../src/core/matching/decision';
import type { Route } from '../src/core/routing/route';
import { chooseRoute, routeOfDecision, type RouteChoice, type WaitingPrompt } from '../src/core/routing/routeTable';
import type { Turn } from '../src/core/routing/turn';
import type { FeedbackSink } from '../src/core/feedback/feedbackRecord';
import { FEEDBACK_COMMENT_DIALOG_ID } from './feedbackCommentDialog';
import { HANDOFF_DIALOG_ID, type HandoffDialogOptions } from './handoffOptions';

export const MAIN_DIALOG_ID = 'main';
export const ROUTE_WATERFALL_ID = 'main.route';

export interface MainDialogDeps {
  knowledge: KnowledgeBase;
  /** Reads a follow-up in context and a second question in the same message; the turn itself is matched once. */
  matcher: Matcher;
  logger: Logger;
  conversationData: StatePropertyAccessor<ConversationData>;
  /** Live-check dialogs by check id; their ids must be the check ids. */
  checkDialogs?: ReadonlyMap<CheckId, Dialog>;
  /** Escalation to a human (issue #6); its id must be HANDOFF_DIALOG_ID. Check dialogs may begin it too. */
  handoffDialog?: Dialog;
  /** The optional comment after "Was this helpful?" (issue #6); its id must be FEEDBACK_COMMENT_DIALOG_ID. */
  feedbackCommentDialog?: Dialog;
  /** Where feedback and unanswered questions are recorded, redacted (issue #6). */
  feedback?: FeedbackSink;
}

/** The waiting question each child dialog stands for in the route table. */
const WAITING_PROMPTS: ReadonlyMap<string, WaitingPrompt> = new Map<string, WaitingPrompt>([
  [FEEDBACK_COMMENT_DIALOG_ID, 'feedback-comment'],
  [HANDOFF_DIALOG_ID, 'handoff'],
  ['key-check', 'key-check'],
  ['version-check', 'version-check'],
  ['blob-check', 'blob-check'],
  ['key-inventory', 'key-inventory'],
]);

/** Options of the route waterfall: the choice already made when the user left a waiting question. */
interface RouteOptions {
  choice?: RouteChoice;
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

  /**
   * A message while a child flow waits for an answer: the route table says whether the child reads it. "Help"
   * shows the help card and asks the waiting question again; anything else the child cannot read ends the child
   * and is carried out like a new message.
   */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const waitingId = inner.activeDialog?.id;
    const waiting = waitingId === undefined ? undefined : WAITING_PROMPTS.get(waitingId);
    if (waiting === undefined) {
      return super.onContinueDialog(inner);
    }
    const { context } = inner;
    const data = await this.deps.conversationData.get(context, newConversationData());
    const choice = this.choose(context, turnOf(context), data, waiting);
    this.logChoice(context, choice, waiting);
    if (choice.route.kind === 'prompt') {
      return super.onContinueDialog(inner);
    }
    if (choice.route.kind === 'help') {
      await this.sendIntent(context, 'help');
      await inner.repromptDialog();
      return Dialog.EndOfTurn;
    }
    await inner.cancelAllDialogs();
    const options: RouteOptions = { choice };
    return inner.beginDialog(ROUTE_WATERFALL_ID, options);
  }

  /** The route table's row for this turn, with this conversation's checks, words and context. */
  private choose(context: TurnContext, turn: Turn, data: ConversationData, waiting: WaitingPrompt | undefined): RouteChoice {
    const { knowledge } = this.deps;
    return chooseRoute(turn, {
      ...(waiting === undefined ? {} : { waiting }),
      availableChecks: this.availableChecks,
      isGuidance: this.isGuidance,
      asksSomething: knowledge.scope.asksSomething.regex,
      inContext: (alone) => this.readInContext(context, turn, alone, data.topic),
    });
  }

  private logChoice(context: TurnContext, choice: RouteChoice, waiting: WaitingPrompt | undefined): void {
    this.deps.logger.debug('route', { rank: choice.rank, reason: choice.reason, route: choice.route.kind, waiting, ...turnFields(context) });
    if (waiting !== undefined && choice.route.kind !== 'prompt') {
      this.deps.logger.info('prompt left', { waiting, rank: choice.rank, route: choice.route.kind, ...turnFields(context) });
    }
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const turn = turnOf(context);
    const data = await this.deps.conversationData.get(context, newConversationData());
    const chosen = (step.options as RouteOptions | undefined)?.choice;
    const choice = chosen ?? this.choose(context, turn, data, undefined);
    if (chosen === undefined) {
      this.logChoice(context, choice, undefined);
    }
    const route = choice.route;
    if (route.kind === 'prompt') {
      // Only a waiting question reads a message itself; with none waiting the table never chooses this.
      return step.endDialog();
    }
    data.topic = nextContext(data.topic, this.answeredTopic(route), this.deps.knowledge.followUps);
    const { input } = turn;
    // Evidence the turn's reading found (issue #3 item 4); a button press carries no user text.
    const evidence = input.kind === 'text' ? evidenceBlocks(turn.entities) : [];
    const warning = keyMaterialWarning(turn.entities.keyMaterial);
    if (route.kind === 'fallback' && turn.uploads > 0) {
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
        if (data.caseLog !== undefined) {
          recordAnswer(data.caseLog, route.intent, route.confidence);
        }
        this.deps.logger.info('answer', { intent: route.intent, confidence: route.confidence, via: route.via, ...turnFields(context) });
        // Issue #14, item 3: a versions question that names one SDK gets that row, not the whole table.
        const namedRow = route.intent === 'sdk-versions' && input.kind === 'text' ? findNamedRow(this.deps.knowledge.versions, input.text) : undefined;
        if (namedRow !== undefined) {
          await this.send(context, withEvidence(versionRowView(this.deps.knowledge, namedRow), evidence));
          return step.endDialog();
        }
        const alsoAsked = input.kind === 'text' ? this.alsoAskedBlocks(input.text, route.intent) : [];
        const code = (this.deps.knowledge.intents.get(route.intent)?.answer.code ?? [])
          .filter((snippet) => snippet.language === route.code)
          .map((snippet): CardBlock => ({ type: 'code', label: snippet.label, code: snippet.code }));
        await this.sendIntent(context, route.intent, input.kind === 'text' && input.truncated, [...evidence, ...alsoAsked, ...code]);
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
        if (input.kind === 'text' && !turn.keyValuesPasted) {
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
   * A message read with the conversation's context (issue #17, item 3): a short follow-up is read against the topic
   * answered last (`readFollowUp`); a message that names an error code stands on its own.
   */
  private readInContext(context: TurnContext, turn: Turn, alone: Route, topic: TopicContext | undefined): Route {
    if (turn.input.kind !== 'text' || topic === undefined || turn.entities.errorCodes.length > 0) {
      return alone;
    }
    const { text } = turn.input;
    const { knowledge } = this.deps;
    const own = aloneReading(alone, this.isGuidance);
    const reading = readFollowUp(text, topic, knowledge.followUps, own);
    const row =
      reading.kind === 'topic' && reading.topic === 'sdk-versions'
        ? (findNamedRow(knowledge.versions, text) ?? knowledge.versions.find((candidate) => candidate.id === reading.language?.row))
        : undefined;
    const route: Route =
      reading.kind === 'standalone'
        ? alone
        : reading.kind === 'why'
          ? { kind: 'topicDetails', intent: reading.topic }
          : row !== undefined
            ? { kind: 'versionRow', row: row.id }
            : {
                kind: 'answer',
                intent: reading.topic,
                confidence: own.topic === reading.topic && alone.kind === 'answer' ? alone.confidence : 1,
                via: 'context',
                ...(reading.language?.code === undefined ? {} : { code: reading.language.code }),
              };
    this.deps.logger.info('follow-up', { reading: reading.kind, reason: reading.reason, route: route.kind, intent: 'intent' in route ? route.intent : undefined, ...turnFields(context) });
    return route;
  }

  /**
   * A message with two questions gets the main answer plus a button for the second (issue #17, item 3): the first
   * further question that, read as a follow-up of the main answer, is about another guidance topic.
   */
  private alsoAskedBlocks(text: string, answered: string): CardBlock[] {
    for (const question of furtherQuestions(text)) {
      const own = aloneReading(routeOfDecision(this.deps.matcher.match(question)), this.isGuidance);
      const topic = furtherQuestionTopic(question, answered, this.deps.knowledge.followUps, own);
      const entry = topic === undefined ? undefined : this.deps.knowledge.intents.get(topic);
      if (entry !== undefined) {
        return [{ type: 'buttons', heading: 'You also asked', buttons: [{ label: entry.label, data: { cpk: 'intent', intent: entry.id } }] }];
      }
    }
    return [];
  }

  private readonly isGuidance = (intent: string): boolean => this.deps.knowledge.intents.get(intent)?.kind === 'guidance';

  /** The guidance topic a route answers, which becomes the context of the next turns. */
  private answeredTopic(route: Route): string | undefined {
    const intent = route.kind === 'answer' || route.kind === 'topicDetails' ? route.intent : route.kind === 'versionRow' ? 'sdk-versions' : undefined;
    return intent !== undefined && this.deps.knowledge.intents.get(intent)?.kind === 'guidance' ? intent : undefined;
  }

  /** After a child flow: a check's result goes into the case log (the check returns it as its dialog result). */
  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as Partial<CheckResult> | undefined;
    if (result?.check !== undefined && result.status !== undefined && typeof result.cause === 'string') {
      const data = await this.deps.conversationData.get(step.context, newConversationData());
      if (data.caseLog !== undefined) {
        recordCheck(data.caseLog, { check: result.check, status: result.status, summary: result.cause, supportNeeded: result.status === 'error' });
      }
    }
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

/** Puts evidence blocks (what the bot read from the message) under a card's title. */
function withEvidence(view: CardView, evidence: readonly CardBlock[]): CardView {
  return evidence.length === 0 ? view : { ...view, blocks: [...evidence, ...view.blocks] };
}

/** Puts the key-material warning (if any) at the top of a card that is not an intent's answer. */
function withWarning(view: CardView, warning: CardBlock | undefined): CardView {
  return warning === undefined ? view : { ...view, blocks: [warning, ...view.blocks] };
}
