/**
 * The user's rating of the human help after an engineer closed their case (issue #19, item 4): recorded as its
 * own feedback kind and on the case, so the bot's answers and the engineers' help are rated separately.
 */
// @ts-nocheck

import type { TurnContext } from 'botbuilder';
import { rateCase } from '../../core/cases/caseTransitions';
import { parseCaseAction } from '../../core/cases/caseViews';
import type { FeedbackSink } from '../../core/feedback/feedbackRecord';
import { feedbackEnvelope } from '../feedbackEnvelope';
import type { TurnHook } from './turnHook';
import type { CaseServices } from '../cases/caseServices';

export class HumanRatingHook implements TurnHook {
  constructor(
    private readonly services: CaseServices,
    private readonly feedback: FeedbackSink,
  ) {}

  async beforeTurn(context: TurnContext): Promise<'continue' | 'handled'> {
    const action = context.activity.type === 'message' ? parseCaseAction(context.activity.value) : undefined;
    if (action?.cpk !== 'rateHuman') {
      return 'continue';
    }
    const now = (this.services.now ?? (() => new Date()))();
    // Only the case's own conversation may rate it: a forged button from elsewhere changes nothing.
    const rated = await this.services.store.patch(action.caseId, (current) =>
      current.conversationId === context.activity.conversation.id && current.state === 'closed' ? rateCase(current, action.helpful, now) : current,
    );
    if (rated === undefined || rated.rating === undefined || rated.conversationId !== context.activity.conversation.id) {
      await context.sendActivity('That rating is for a case I cannot find here; nothing was recorded.');
      return 'handled';
    }
    await this.feedback.record({ kind: 'humanHelp', caseId: action.caseId, helpful: action.helpful, ...feedbackEnvelope(context) });
    await context.sendActivity(action.helpful ? 'Thank you: I passed on that the engineer helped.' : 'Thank you: I passed on that the engineer\'s help did not solve it.');
    return 'handled';
  }
}
