/**
 * Which ways an engineer can reach a case (issue #19): the agent desk and the Teams agents' channel. The bot
 * promises "an engineer will join" only when one of them exists (item 5). Pure, from configuration.
 *
 * Desk key rules: a configured key needs at least 32 characters (shorter ones are guessable, so the desk stays
 * off); with auth off and no key the app generates one at start and prints the desk URL once; with auth on and
 * no key the desk is off.
 */
// @ts-nocheck


export const MIN_DESK_KEY_CHARS = 32;

export type DeskAccess = { kind: 'configured' } | { kind: 'generated' } | { kind: 'off'; reason: string };

export interface AgentRouteSettings {
  /** MicrosoftAppId is set. */
  authOn: boolean;
  agentDeskKey: string;
  teamsAgentsServiceUrl: string;
  teamsAgentsConversationId: string;
}

export function deskAccess(settings: AgentRouteSettings): DeskAccess {
  const key = settings.agentDeskKey;
  if (key.length >= MIN_DESK_KEY_CHARS) {
    return { kind: 'configured' };
  }
  if (key !== '') {
    return { kind: 'off', reason: `AGENT_DESK_KEY has ${key.length} characters; the desk needs at least ${MIN_DESK_KEY_CHARS}` };
  }
  return settings.authOn ? { kind: 'off', reason: 'auth is on and AGENT_DESK_KEY is not set' } : { kind: 'generated' };
}

export function teamsAgentsConfigured(settings: AgentRouteSettings): boolean {
  return settings.teamsAgentsServiceUrl !== '' && settings.teamsAgentsConversationId !== '';
}

/** True when some engineer can take a case: the desk is on or a Teams agents' channel is configured. */
export function agentRouteExists(settings: AgentRouteSettings): boolean {
  return deskAccess(settings).kind !== 'off' || teamsAgentsConfigured(settings);
}

/** The settings above read from the app configuration's fields. */
export function agentRouteSettings(config: { microsoftAppId: string; agentDeskKey: string; teamsAgentsServiceUrl: string; teamsAgentsConversationId: string }): AgentRouteSettings {
  return {
    authOn: config.microsoftAppId !== '',
    agentDeskKey: config.agentDeskKey,
    teamsAgentsServiceUrl: config.teamsAgentsServiceUrl,
    teamsAgentsConversationId: config.teamsAgentsConversationId,
  };
}
