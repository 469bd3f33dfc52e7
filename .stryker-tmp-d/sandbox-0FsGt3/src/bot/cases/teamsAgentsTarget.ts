/**
 * The Teams agents' channel (issue #19, item 3): where case cards are posted and which thread belongs to which
 * case. A Teams channel thread is the conversation `<channel id>;messageid=<root message id>`.
 */
// @ts-nocheck

import type { ConversationReference } from 'botbuilder';

export interface TeamsAgentsTarget {
  serviceUrl: string;
  conversationId: string;
  tenantId: string;
}

/** The reference that posts a new message in the channel, or a reply in one case's thread. */
export function teamsAgentsReference(target: TeamsAgentsTarget, bot: { id: string; name?: string }, rootActivityId?: string): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: target.serviceUrl,
    conversation: {
      id: rootActivityId === undefined ? target.conversationId : `${target.conversationId};messageid=${rootActivityId}`,
      isGroup: true,
      conversationType: 'channel',
      tenantId: target.tenantId,
      name: 'agents',
    },
    bot: { name: '', ...bot },
    // The continuation activity's `from`; the transcript recorder reads `from.role`.
    user: { id: 'cpk-case-relay', name: 'CPK bot case relay', role: 'user' },
  };
}

/**
 * The root message id when a Teams activity comes from the agents' channel (a thread in it, or the channel
 * itself: undefined root), else `false`.
 */
export function agentsChannelThread(target: TeamsAgentsTarget, channelId: string, conversationId: string): { rootActivityId?: string } | false {
  if (channelId !== 'msteams') {
    return false;
  }
  const [channel, ...rest] = conversationId.split(';');
  if (channel !== target.conversationId) {
    return false;
  }
  const root = /^messageid=(.+)$/.exec(rest.join(';'));
  return root === null ? {} : { rootActivityId: root[1] };
}
