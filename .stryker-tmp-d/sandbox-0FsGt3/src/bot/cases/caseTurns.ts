/**
 * A user's turn while their conversation has a case (issue #19, items 4 and 5), called by the handoff gate:
 * waiting -> the message is added to the case and acknowledged; active -> it is relayed to the engineer (case
 * and Teams thread) and the bot says nothing; "cancel" -> the case closes; a case closed elsewhere or timed out
 * -> the bot is back and answers the message.
 */
// @ts-nocheck

import type { TurnContext } from 'botbuilder';
import { addMessage } from '../../core/cases/caseTransitions';
import { CASE_TEXT } from '../../core/cases/caseViews';
import { decideCaseTurn } from '../../core/cases/decideCaseTurn';
import type { ClosedBy } from '../../core/cases/supportCase';
import type { Turn } from '../../core/routing/turn';
import type { ConversationData } from '../conversationData';
import { type CaseServices, relayFor } from './caseServices';

export class CaseTurns {
  constructor(private readonly services: CaseServices) {}

  /** Reads the turn the bot read at the start (issue #16); the case cuts stored text again. */
  async handle(context: TurnContext, turn: Turn, data: ConversationData, caseId: string): Promise<'continue' | 'handled'> {
    const { store, logger } = this.services;
    const now = (this.services.now ?? (() => new Date()))();
    const current = await store.get(caseId);
    const { activity } = context;
    const { input } = turn;
    const decision = decideCaseTurn(
      current,
      { type: activity.type, name: activity.name, value: activity.value, isCancel: turn.command === 'restart', hasContent: input.kind !== 'empty' },
      now,
      this.services.timeoutSeconds,
    );
    logger.info('case turn', { caseId, decision, conversationId: activity.conversation?.id });
    const relay = relayFor(this.services, context.adapter);
    const close = async (by: ClosedBy): Promise<void> => {
      delete data.handoff;
      await relay.close(caseId, by, false);
    };
    switch (decision) {
      case 'back':
        delete data.handoff;
        return 'continue';
      case 'ignore':
        return 'handled';
      case 'cancel':
        await close('user');
        await context.sendActivity(CASE_TEXT.back.user);
        return 'handled';
      case 'hub-completed':
      case 'hub-failed':
        await close(decision);
        await context.sendActivity(CASE_TEXT.back[decision]);
        return 'handled';
      case 'timeout':
        await close('timeout');
        await context.sendActivity(`${CASE_TEXT.back.timeout(Math.max(1, Math.round(this.services.timeoutSeconds / 60)))} Here is my answer to your message:`);
        return 'continue';
      case 'acknowledge':
      case 'relay': {
        const text = this.services.redact(input.kind === 'text' ? input.text : typeof activity.text === 'string' && activity.text.trim() !== '' ? activity.text : '(pressed a button)');
        const update = await store.update(caseId, (open) => addMessage(open, 'user', text, now));
        if (update.found && !update.ok) {
          // Closed between the read above and this write (an engineer pressed Close): the bot is back.
          delete data.handoff;
          return 'continue';
        }
        if (update.found) {
          const stored = update.current.messages[update.current.messages.length - 1]?.text ?? '';
          await relay.toThread(update.current, CASE_TEXT.thread.fromUser(stored));
        }
        if (decision === 'acknowledge') {
          await context.sendActivity(CASE_TEXT.stillWaiting);
        }
        return 'handled';
      }
    }
  }
}
