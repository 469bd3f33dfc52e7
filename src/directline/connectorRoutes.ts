/**
 * The connector side of the local bridge: the Bot Connector routes the CloudAdapter posts replies to (it finds
 * them through the `serviceUrl` of the activities the bridge forwards). Replies and typing are appended to the
 * conversation for the client to poll; a PUT replaces an activity under the same id.
 */
import type { Request, Response, Server } from 'restify';
import { LOCAL_CHANNEL_ID } from './bridgeConstants';
import { isRecord, param, sendError } from './bridgeHttp';
import type { DirectLineBridgeDeps } from './registerDirectLineBridge';

export function registerConnectorRoutes(server: Server, deps: Pick<DirectLineBridgeDeps, 'store' | 'pending'>): void {
  const { store } = deps;
  const fromBot = async (req: Request, res: Response): Promise<void> => {
    const conversation = store.get(param(req, 'conversationId'));
    if (conversation === undefined) {
      sendError(res, 404, 'ConversationNotFound', 'Conversation not found');
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
  server.post('/v3/conversations/:conversationId/activities', fromBot);
  server.post('/v3/conversations/:conversationId/activities/:activityId', fromBot);
  server.put('/v3/conversations/:conversationId/activities/:activityId', fromBot);
}
