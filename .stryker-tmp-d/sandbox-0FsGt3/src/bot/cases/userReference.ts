/**
 * The user's conversation reference as a case stores it (plain JSON), and back: the relay delivers agent
 * messages to the user proactively with it, from whichever instance serves the engineer (issue #19).
 */
// @ts-nocheck

import type { Activity, ConversationReference } from 'botbuilder';
import type { UserReference } from '../../core/cases/supportCase';

export function userReferenceOf(activity: Activity): UserReference {
  const { conversation, recipient, from } = activity;
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    conversation: {
      id: conversation.id,
      ...(conversation.tenantId === undefined ? {} : { tenantId: conversation.tenantId }),
      ...(conversation.conversationType === undefined ? {} : { conversationType: conversation.conversationType }),
      ...(conversation.isGroup === undefined ? {} : { isGroup: conversation.isGroup }),
    },
    bot: { id: recipient.id, ...(recipient.name === undefined ? {} : { name: recipient.name }) },
    user: { id: from.id, ...(from.name === undefined ? {} : { name: from.name }) },
    ...(activity.locale === undefined ? {} : { locale: activity.locale }),
  };
}

export function conversationReferenceOf(reference: UserReference): Partial<ConversationReference> {
  return {
    channelId: reference.channelId,
    serviceUrl: reference.serviceUrl,
    conversation: { isGroup: false, conversationType: '', name: '', ...reference.conversation },
    bot: { name: '', ...reference.bot },
    // The continuation activity's `from` (the user); the transcript recorder reads its role.
    user: { name: '', ...reference.user, role: 'user' },
    ...(reference.locale === undefined ? {} : { locale: reference.locale }),
  };
}
