/**
 * Keeps the case log (issue #6, item 2) up to date on every turn: the user's redacted text with the facts the
 * turn's one reading found (issue #16), and the title of every card the bot sends. The topic the bot answered is
 * added by the router, and check results by the dialog that began the check. Also records one `conversation`
 * line per new conversation for the escalation rate.
 */
// @ts-nocheck

import { feedbackEnvelope } from '../feedbackEnvelope';
import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { newCaseLog, recordCardShown, recordTurn } from '../../core/handoff/caseLog';
import type { FeedbackSink } from '../../core/feedback/feedbackRecord';
import type { KnowledgeBase } from '../../core/knowledge/types';
import type { Turn } from '../../core/routing/turn';
import { type ConversationData, newConversationData } from '../conversationData';
import type { TurnHook } from './turnHook';

export interface CaseLogRecorderDeps {
  conversationData: StatePropertyAccessor<ConversationData>;
  knowledge: KnowledgeBase;
  feedback: FeedbackSink;
}

/** The title of a card reply (its first TextBlock), if the activity carries an Adaptive Card. */
export function cardTitleOf(activity: Partial<Activity>): string | undefined {
  const card = activity.attachments?.find((item) => item.contentType === 'application/vnd.microsoft.card.adaptive')?.content as
    | { body?: { text?: unknown }[] }
    | undefined;
  const title = card?.body?.[0]?.text;
  return typeof title === 'string' ? title : undefined;
}

export class CaseLogRecorder implements TurnHook {
  constructor(private readonly deps: CaseLogRecorderDeps) {}

  async beforeTurn(context: TurnContext, turn: Turn): Promise<'continue' | 'handled'> {
    const data = await this.deps.conversationData.get(context, newConversationData());
    if (data.caseLog === undefined) {
      data.caseLog = newCaseLog();
      await this.deps.feedback.record({
        kind: 'conversation',
        ...feedbackEnvelope(context),
      });
    }
    const log = data.caseLog;
    const { input } = turn;
    if (turn.keyValuesPasted) {
      // A pasted key/hash pair is for the key check only: such a message is not kept at all (why: carriesKeyValues).
      recordTurn(log, '(key check values pasted; not kept)');
    } else if (input.kind === 'text') {
      recordTurn(log, input.text, turn.entities);
    } else if (input.kind === 'action' && input.action.cpk === 'intent') {
      recordTurn(log, `(pressed) ${this.deps.knowledge.intents.get(input.action.intent)?.title ?? input.action.intent}`);
    }
    context.onSendActivities(async (_context, activities, next) => {
      for (const activity of activities) {
        const title = cardTitleOf(activity);
        if (title !== undefined) {
          recordCardShown(log, title);
        }
      }
      return next();
    });
    return 'continue';
  }
}
