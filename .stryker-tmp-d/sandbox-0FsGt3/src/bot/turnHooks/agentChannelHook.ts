/**
 * The Teams agents' channel side of a case (issue #19, item 3): Accept and Close on a case card, and an
 * engineer's reply in the card's thread, which goes to the user. Runs before the other hooks; activities from
 * anywhere else, or threads that are no case's, pass through untouched.
 */
// @ts-nocheck

import type { TurnContext } from 'botbuilder';
import { CASE_TEXT, parseCaseAction } from '../../core/cases/caseViews';
import type { Turn } from '../../core/routing/turn';
import type { TurnHook } from './turnHook';
import { type CaseServices, relayFor } from '../cases/caseServices';
import type { RelayResult } from '../cases/caseRelay';
import { agentsChannelThread } from '../cases/teamsAgentsTarget';

export class AgentChannelHook implements TurnHook {
  constructor(private readonly services: CaseServices) {}

  async beforeTurn(context: TurnContext, turn: Turn): Promise<'continue' | 'handled'> {
    const target = this.services.teamsAgents;
    const { activity } = context;
    if (target === undefined || activity.type !== 'message' || typeof activity.conversation?.id !== 'string') {
      return 'continue';
    }
    const thread = agentsChannelThread(target, activity.channelId, activity.conversation.id);
    if (thread === false) {
      return 'continue';
    }
    const relay = relayFor(this.services, context.adapter);
    const agentName = activity.from?.name ?? activity.from?.id ?? 'Support engineer';
    const action = parseCaseAction(activity.value);
    if (action?.cpk === 'case') {
      const result = action.action === 'accept' ? await relay.accept(action.caseId, agentName) : await relay.close(action.caseId, 'agent', true);
      await this.answerRefusal(context, result);
      return 'handled';
    }
    if (thread.rootActivityId === undefined || turn.input.kind !== 'text') {
      return 'continue';
    }
    const caseId = await this.services.store.caseIdForThread(thread.rootActivityId);
    if (caseId === undefined) {
      return 'continue';
    }
    // The bot's @mention is already gone: CpkBot removes it before any hook reads the turn.
    const text = turn.input.text;
    await this.answerRefusal(context, await relay.agentMessage(caseId, text));
    return 'handled';
  }

  /** Tells the engineer in the thread why nothing reached the user. */
  private async answerRefusal(context: TurnContext, result: RelayResult): Promise<void> {
    if (result.kind === 'done') {
      if (!result.delivered) {
        await context.sendActivity('The user\'s chat did not take the message (their channel did not answer in time).');
      }
      return;
    }
    if (result.kind === 'not-found') {
      await context.sendActivity('This case is unknown (it may have expired).');
      return;
    }
    const text =
      result.refusal === 'closed' ? CASE_TEXT.thread.closedAlready : result.refusal === 'not-accepted' ? CASE_TEXT.thread.acceptFirst : CASE_TEXT.thread.taken(result.current.agentName ?? 'Another engineer');
    await context.sendActivity(text);
  }
}
