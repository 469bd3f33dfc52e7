/**
 * Keeps the bot quiet while a human agent has the conversation and brings it back on hand-back
 * (`handoff.status` completed/failed), on the user's cancel, or after the queue timeout (checked when the next
 * activity arrives) (issue #6, item 3).
 */
// @ts-nocheck

import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { decideWhileHandedOff } from '../../core/handoff/handoffState';
import type { Logger } from '../../core/logging/logger';
import type { Turn } from '../../core/routing/turn';
import { type ConversationData, newConversationData } from '../conversationData';
import type { TurnHook } from './turnHook';

export interface HandoffGateDeps {
  conversationData: StatePropertyAccessor<ConversationData>;
  timeoutSeconds: number;
  logger: Logger;
  now?: () => Date;
  /** While the conversation has a case (issue #19), its turns go to the relay instead. */
  caseTurns?: { handle(context: TurnContext, turn: Turn, data: ConversationData, caseId: string): Promise<'continue' | 'handled'> };
}

export const BACK_AFTER_COMPLETED = 'The support engineer has finished. I am back: ask me anything about customer-provided keys.';
export const BACK_AFTER_FAILED =
  'No support engineer could take the conversation. I am back; you can also open a support request in the Azure portal (Help + support > Create a support request).';
export const BACK_AFTER_CANCEL = 'OK, I cancelled the request for a support engineer. How can I help?';

export class HandoffGate implements TurnHook {
  constructor(private readonly deps: HandoffGateDeps) {}

  async beforeTurn(context: TurnContext, turn: Turn): Promise<'continue' | 'handled'> {
    const data = await this.deps.conversationData.get(context, newConversationData());
    if (data.handoff === undefined) {
      return 'continue';
    }
    if (data.handoff.caseId !== undefined && this.deps.caseTurns !== undefined) {
      return this.deps.caseTurns.handle(context, turn, data, data.handoff.caseId);
    }
    const { activity } = context;
    const decision = decideWhileHandedOff(
      data.handoff,
      { type: activity.type, name: activity.name, value: activity.value, isCancel: turn.command === 'restart' },
      (this.deps.now ?? (() => new Date()))(),
      this.deps.timeoutSeconds,
    );
    this.deps.logger.info('handoff gate', { decision, conversationId: activity.conversation?.id });
    if (decision === 'quiet') {
      return 'handled';
    }
    delete data.handoff;
    switch (decision) {
      case 'completed':
        await context.sendActivity(BACK_AFTER_COMPLETED);
        return 'handled';
      case 'failed':
        await context.sendActivity(BACK_AFTER_FAILED);
        return 'handled';
      case 'cancelled':
        await context.sendActivity(BACK_AFTER_CANCEL);
        return 'handled';
      case 'timeout': {
        const minutes = Math.max(1, Math.round(this.deps.timeoutSeconds / 60));
        await context.sendActivity(
          `No support engineer picked up within ${minutes} minute${minutes === 1 ? '' : 's'}, so I am back. ` +
            'You can open a support request in the Azure portal (Help + support > Create a support request). Here is my answer to your message:',
        );
        return 'continue';
      }
    }
  }
}
