/**
 * Keeps the case log (issue #6, item 2) up to date on every turn: the user's redacted text with what the matcher
 * made of it, and the title of every card the bot sends. Also records one `conversation` line per new
 * conversation for the escalation rate.
 */
import { feedbackEnvelope } from '../feedbackEnvelope';
import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { CheckResult } from '../../core/checks/checkResult';
import { carriesKeyValues } from '../../core/checks/key/extractKeyInputs';
import { newCaseLog, recordCardShown, recordCheck, recordTurn } from '../../core/handoff/caseLog';
import { CHECK_RESULT_TURN_KEY } from '../handoff/checkResultTurnKey';
import type { FeedbackSink } from '../../core/feedback/feedbackRecord';
import type { KnowledgeBase } from '../../core/knowledge/types';
import type { Matcher } from '../../core/matching/decision';
import { readTurnInput } from '../../core/routing/turnInput';
import { type ConversationData, newConversationData } from '../conversationData';
import type { TurnHook } from './turnHook';

export interface CaseLogRecorderDeps {
  conversationData: StatePropertyAccessor<ConversationData>;
  matcher: Matcher;
  knowledge: KnowledgeBase;
  feedback: FeedbackSink;
  maxInputChars: number;
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

  async beforeTurn(context: TurnContext): Promise<'continue' | 'handled'> {
    const data = await this.deps.conversationData.get(context, newConversationData());
    if (data.caseLog === undefined) {
      data.caseLog = newCaseLog();
      await this.deps.feedback.record({
        kind: 'conversation',
        ...feedbackEnvelope(context),
      });
    }
    const log = data.caseLog;
    if (context.activity.type === 'message') {
      const input = readTurnInput(context.activity.text, context.activity.value, this.deps.maxInputChars);
      if (input.kind === 'text' && carriesKeyValues(input.text)) {
        // A pasted key/hash pair is for the key check only: such a message is not kept at all (why: carriesKeyValues).
        recordTurn(log, { text: '(key check values pasted; not kept)' });
      } else if (input.kind === 'text') {
        const decision = this.deps.matcher.match(input.text);
        recordTurn(
          log,
          decision.kind === 'answer' ? { text: input.text, intent: decision.intent, confidence: decision.confidence } : { text: input.text },
        );
      } else if (input.kind === 'action' && input.action.cpk === 'intent') {
        const title = this.deps.knowledge.intents.get(input.action.intent)?.title ?? input.action.intent;
        recordTurn(log, { text: `(pressed) ${title}`, intent: input.action.intent, confidence: 1 });
      }
    }
    context.onSendActivities(async (turn, activities, next) => {
      const check = turn.turnState.get<CheckResult | undefined>(CHECK_RESULT_TURN_KEY);
      if (check !== undefined) {
        turn.turnState.delete(CHECK_RESULT_TURN_KEY);
        recordCheck(log, { check: check.check, status: check.status, summary: check.cause, supportNeeded: check.status === 'error' });
      }
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
