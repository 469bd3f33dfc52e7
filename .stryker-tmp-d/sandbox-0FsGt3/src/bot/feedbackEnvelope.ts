/**
 * The fields every feedback record carries (when, which conversation, which channel), read from the turn in one
 * place; the dialogs and the case-log recorder add what the record is about.
 */
// @ts-nocheck

import type { TurnContext } from 'botbuilder';

export function feedbackEnvelope(context: TurnContext): { time: string; conversationId: string; channel: string } {
  return {
    time: new Date().toISOString(),
    conversationId: context.activity.conversation?.id ?? '',
    channel: context.activity.channelId ?? '',
  };
}
