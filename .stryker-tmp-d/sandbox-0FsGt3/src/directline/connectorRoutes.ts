/**
 * The connector side of the local bridge: the Bot Connector routes the CloudAdapter posts replies to (it finds
 * them through the `serviceUrl` of the activities the bridge forwards). Replies and typing are appended to the
 * conversation for the client to poll; a PUT replaces an activity under the same id.
 *
 * Only the bot may write here (issue #15): the serviceUrl the bridge hands the bot carries the conversation's
 * connector secret as a path segment (`/bridge/<secret>/v3/...`), so the adapter's replies present it without
 * any change to the bot. A call without it, or with another conversation's, is refused; knowing a conversation
 * id is not enough to inject or replace "bot" messages.
 */
// @ts-nocheck

import type { Request, Response, Server } from 'restify';
import { LOCAL_CHANNEL_ID } from './bridgeConstants';
import { isRecord, param, sendError } from './bridgeHttp';
import type { Conversation } from './conversationStore';
import type { DirectLineBridgeDeps } from './bridgeDeps';

/** The path prefix of the connector routes; the secret follows it. */
const CONNECTOR_PREFIX = '/bridge';

/** The serviceUrl given to the bot with a conversation's activities: this server plus the connector secret. */
export function connectorServiceUrl(botUrl: string, conversation: Conversation): string {
  return `${botUrl}${CONNECTOR_PREFIX}/${conversation.connectorSecret}`;
}

export function registerConnectorRoutes(server: Server, deps: Pick<DirectLineBridgeDeps, 'store' | 'logger' | 'pending'>): void {
  const { store, logger } = deps;
  const fromBot = async (req: Request, res: Response): Promise<void> => {
    const conversation = store.get(param(req, 'conversationId'));
    if (conversation === undefined || !store.connectorSecretMatches(conversation, param(req, 'secret'))) {
      // The same answer for an unknown conversation and a wrong secret: neither tells a caller which ids exist.
      logger.warn('local direct line: refused a connector call without the conversation secret', { method: req.method });
      sendError(res, 403, 'Forbidden', 'This route accepts only the bot, with the secret the bridge gave it.');
      return;
    }
    const body: unknown = req.body;
    if (!isRecord(body) || typeof body.type !== 'string') {
      sendError(res, 400, 'BadArgument', 'The body must be an activity with a "type".');
      return;
    }
    const updating = req.method === 'PUT' ? param(req, 'activityId') : undefined;
    if (updating !== undefined && !store.has(conversation, updating)) {
      sendError(res, 404, 'ActivityNotFound', 'Activity not found');
      return;
    }
    // The user's message this reply answers reached the bot: show it first (issue #18).
    for (const waiting of deps.pending?.takeAll(conversation.id) ?? []) {
      store.append(conversation, waiting, waiting.id);
    }
    const activity = { ...body, conversation: { id: conversation.id }, channelId: LOCAL_CHANNEL_ID, timestamp: new Date().toISOString() };
    const id = store.append(conversation, activity, updating);
    res.send(200, { id });
  };
  server.post(`${CONNECTOR_PREFIX}/:secret/v3/conversations/:conversationId/activities`, fromBot);
  server.post(`${CONNECTOR_PREFIX}/:secret/v3/conversations/:conversationId/activities/:activityId`, fromBot);
  server.put(`${CONNECTOR_PREFIX}/:secret/v3/conversations/:conversationId/activities/:activityId`, fromBot);
  // The unprefixed routes answer 401, so a caller learns that a credential is missing rather than a route.
  const unauthenticated = async (_req: Request, res: Response): Promise<void> => {
    sendError(res, 401, 'Unauthorized', 'The connector routes need the secret the bridge gave the bot.');
  };
  server.post('/v3/conversations/:conversationId/activities', unauthenticated);
  server.post('/v3/conversations/:conversationId/activities/:activityId', unauthenticated);
  server.put('/v3/conversations/:conversationId/activities/:activityId', unauthenticated);
}
