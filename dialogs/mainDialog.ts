/**
 * The main router. Each new message begins it; it reads the turn, asks the core router what to do, and either
 * answers with a card and ends, or begins a child flow (a live check) that owns the next turns. "Help" and
 * "start over" are caught here before any child step runs, so they work at any point (the core-bot pattern).
 */
import {
  ComponentDialog,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { activityFromView } from '../src/bot/activityFromView';
import { type ConversationData, newConversationData } from '../src/bot/conversationData';
import type { CardBlock, CardView } from '../src/core/cards/cardView';
import { didYouMeanView, fallbackView, welcomeView } from '../src/core/cards/conversationViews';
import { guidanceView } from '../src/core/cards/guidanceView';
import { evidenceBlocks, keyMaterialWarning } from '../src/core/entities/evidence';
import { extractEntities } from '../src/core/entities/extractEntities';
import type { CheckId, KnowledgeBase } from '../src/core/knowledge/types';
import type { Logger } from '../src/core/logging/logger';
import type { Matcher } from '../src/core/matching/decision';
import { type Route, routeTurn } from '../src/core/routing/routeTurn';
import { globalCommand, readTurnInput, type TurnInput } from '../src/core/routing/turnInput';

export const MAIN_DIALOG_ID = 'main';
const ROUTE_WATERFALL_ID = 'main.route';

export interface MainDialogDeps {
  knowledge: KnowledgeBase;
  matcher: Matcher;
  logger: Logger;
  conversationData: StatePropertyAccessor<ConversationData>;
  maxInputChars: number;
  /** Live-check dialogs by check id; their ids must be the check ids. */
  checkDialogs?: ReadonlyMap<CheckId, Dialog>;
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
    this.initialDialogId = ROUTE_WATERFALL_ID;
  }

  private input(context: TurnContext): TurnInput {
    return readTurnInput(context.activity.text, context.activity.value, this.deps.maxInputChars);
  }

  /** Catches "help" and "start over" while a child flow is waiting for an answer. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const command = globalCommand(this.input(inner.context));
    if (command === 'restart') {
      await this.send(inner.context, welcomeView(this.deps.knowledge));
      return inner.cancelAllDialogs();
    }
    if (command === 'help') {
      await this.sendIntent(inner.context, 'help');
      await inner.repromptDialog();
      return Dialog.EndOfTurn;
    }
    return super.onContinueDialog(inner);
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const input = this.input(context);
    const command = globalCommand(input);
    const route: Route = command !== undefined ? { kind: command } : routeTurn(input, this.deps.matcher);
    const data = await this.deps.conversationData.get(context, newConversationData());
    // Evidence from typed text (issue #3 item 4); a button press carries no user text.
    const entities = input.kind === 'text' ? extractEntities(input.text) : undefined;
    const evidence = entities === undefined ? [] : evidenceBlocks(entities);
    const warning = entities === undefined ? undefined : keyMaterialWarning(entities.keyMaterial);
    if (route.kind !== 'fallback') {
      data.fallbackStreak = 0;
    }
    switch (route.kind) {
      case 'answer':
        data.lastIntent = route.intent;
        this.deps.logger.info('answer', { intent: route.intent, confidence: route.confidence, via: route.via });
        await this.sendIntent(context, route.intent, input.kind === 'text' && input.truncated, evidence);
        return step.endDialog();
      case 'didYouMean':
        this.deps.logger.info('didYouMean', { candidates: route.candidates });
        await this.send(context, withWarning(didYouMeanView(this.deps.knowledge, route.candidates), warning));
        return step.endDialog();
      case 'fallback': {
        data.fallbackStreak += 1;
        this.deps.logger.info('fallback', { reason: route.reason, streak: data.fallbackStreak });
        const view = fallbackView(this.deps.knowledge, {
          outOfScope: route.outOfScope,
          offerHuman: data.fallbackStreak >= 2,
        });
        await this.send(context, withWarning(view, warning));
        return step.endDialog();
      }
      case 'check':
        if (this.availableChecks.has(route.check)) {
          return step.beginDialog(route.check);
        }
        await this.sendIntent(context, 'help');
        return step.endDialog();
      case 'handoff':
        await this.sendIntent(context, 'escalate', false, evidence);
        return step.endDialog();
      case 'restart':
        await this.send(context, welcomeView(this.deps.knowledge));
        return step.endDialog();
      case 'help':
        await this.sendIntent(context, 'help');
        return step.endDialog();
      case 'feedback':
        this.deps.logger.info('feedback', { intent: route.intent, helpful: route.helpful });
        await context.sendActivity('Thank you for the feedback.');
        return step.endDialog();
    }
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
      this.deps.logger.warn('unknown intent requested', { intent: intentId });
      await this.send(context, fallbackView(this.deps.knowledge, { outOfScope: false, offerHuman: false }));
      return;
    }
    const extraBlocks: CardBlock[] = truncated
      ? [...evidence, { type: 'text', text: 'Your message was very long, so I read only its beginning.', style: 'subtle' }]
      : evidence;
    await this.send(context, guidanceView(this.deps.knowledge, entry, { extraBlocks, availableChecks: this.availableChecks }));
  }
}

/** Puts the key-material warning (if any) at the top of a card that is not an intent's answer. */
function withWarning(view: CardView, warning: CardBlock | undefined): CardView {
  return warning === undefined ? view : { ...view, blocks: [warning, ...view.blocks] };
}
