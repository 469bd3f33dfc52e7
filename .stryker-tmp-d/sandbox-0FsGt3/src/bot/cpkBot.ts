/**
 * The activity handler: removes the bot's @mention (Teams channels and group chats) and reads the turn once
 * (issue #16), runs the turn hooks and then the main dialog for every message, welcomes new members, and saves
 * state once at the end of every turn.
 */
// @ts-nocheck

import type { Activity, BotState, StatePropertyAccessor } from 'botbuilder';
import { TeamsActivityHandler, TurnContext } from './kit/botbuilderKit';
import {
  type Dialog,
  DialogSet,
  type DialogState,
  DialogTurnStatus,
  SharedDialogStateConfiguration,
} from './kit/dialogKit';
import { welcomeView } from '../core/cards/conversationViews';
import type { KnowledgeBase } from '../core/knowledge/types';
import type { Logger } from '../core/logging/logger';
import type { Matcher } from '../core/matching/decision';
import { readTurn, type Turn } from '../core/routing/turn';
import { activityFromView } from './activityFromView';
import { keepTurn } from './turnRecord';
import type { TurnHook } from './turnHooks/turnHook';

export interface CpkBotDeps {
  knowledge: KnowledgeBase;
  mainDialog: Dialog;
  conversationState: BotState;
  dialogState: StatePropertyAccessor<DialogState>;
  logger: Logger;
  /** Matches each message once, when the turn is read. */
  matcher: Matcher;
  /** Longest typed text the bot reads; the rest is cut (and the answer says so). */
  maxInputChars: number;
  /** Run in order before the activity handler; one answering `handled` ends the turn (issue #6). */
  turnHooks?: readonly TurnHook[];
}

export class CpkBot extends TeamsActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly dialogStateConfiguration = new SharedDialogStateConfiguration();
  private readonly welcomed: StatePropertyAccessor<boolean>;

  constructor(private readonly deps: CpkBotDeps) {
    super();
    this.dialogs = new DialogSet(deps.dialogState).add(deps.mainDialog);
    this.onMessage(async (context, next) => {
      await this.runMainDialog(context);
      await next();
    });
    this.welcomed = deps.conversationState.createProperty<boolean>('welcomed');
    // Web Chat and the Emulator announce the user joining; Teams announces the bot itself being added, and sends
    // installationUpdate on install (issue #14, item 7). Both may arrive for one install: welcome once.
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).length > 0) {
        await this.welcomeOnce(context);
      }
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcomeOnce(context);
      await next();
    });
    this.onUnrecognizedActivityType(async (context, next) => {
      this.deps.logger.debug('ignored activity type', { type: context.activity.type });
      await next();
    });
  }

  /** Sends the welcome card unless this conversation already had it. */
  private async welcomeOnce(context: TurnContext): Promise<void> {
    if ((await this.welcomed.get(context, false)) === true) {
      return;
    }
    await this.welcomed.set(context, true);
    await context.sendActivity(activityFromView(welcomeView(this.deps.knowledge), context.activity.channelId));
  }

  /**
   * Continues the active dialog or begins the main one. Written out instead of botbuilder's `runDialog`, which
   * sends a memory-snapshot trace (including the user's raw text) on every turn.
   */
  private async runMainDialog(context: TurnContext): Promise<void> {
    this.dialogStateConfiguration.offer(context);
    const dialogContext = await this.dialogs.createContext(context);
    this.dialogStateConfiguration.keep(dialogContext);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dialogContext.beginDialog(this.deps.mainDialog.id);
    }
  }

  /** Runs the turn, then saves conversation state once, also after an error was handled. */
  override async run(context: TurnContext): Promise<void> {
    removeBotMention(context.activity);
    const turn = readTurn(context.activity, this.deps.matcher, this.deps.maxInputChars);
    keepTurn(context, turn);
    if ((await this.runHooks(context, turn)) === 'continue') {
      await super.run(context);
    }
    await this.deps.conversationState.saveChanges(context, false);
  }

  private async runHooks(context: TurnContext, turn: Turn): Promise<'continue' | 'handled'> {
    for (const hook of this.deps.turnHooks ?? []) {
      if ((await hook.beforeTurn(context, turn)) === 'handled') {
        return 'handled';
      }
    }
    return 'continue';
  }
}

/** Strips "<at>Bot</at>" from a message's text before anything reads it, so nothing sees the bot's own name. */
function removeBotMention(activity: Activity): void {
  if (activity.type === 'message' && typeof activity.text === 'string' && (activity.entities ?? []).some((entity) => entity.type === 'mention')) {
    activity.text = TurnContext.removeRecipientMention(activity).trim();
  }
}
