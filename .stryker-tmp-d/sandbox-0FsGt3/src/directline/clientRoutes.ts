/**
 * The Direct Line 3.0 client side of the local bridge, the routes Web Chat uses with `webSocket: false`: start a
 * conversation (the bot gets conversationUpdate with the user added, so it welcomes), refresh a token, read
 * activities after a watermark, post an activity (echoed into the list, then delivered to the bot).
 */
// @ts-nocheck

import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Conversation } from './conversationStore';
import { LOCAL_BOT_ACCOUNT, LOCAL_CHANNEL_ID, MAX_CLIENT_ACTIVITY_BYTES } from './bridgeConstants';
import { bearer, byteSize, clientKey, isRecord, param, parseWatermark, sendCreateRefusal, sendError } from './bridgeHttp';
import { connectorServiceUrl } from './connectorRoutes';
import type { DirectLineBridgeDeps } from './bridgeDeps';
import { forwardToBot } from './forwardToBot';
import { streamUrlFor, WEBSOCKETS_REFUSED } from './refuseWebSockets';

export function registerClientRoutes(server: Server, deps: DirectLineBridgeDeps): void {
  const { store, logger } = deps;

  /** The conversation a client request names, after checking its token; sends the error and returns undefined otherwise. */
  const authorise = (req: Request, res: Response, conversationId: string): Conversation | undefined => {
    const token = bearer(req);
    const check = token === undefined ? undefined : store.checkToken(token);
    if (check?.ok !== true) {
      const expired = check?.ok === false && check.reason === 'expired';
      sendError(res, 403, expired ? 'TokenExpired' : 'BadArgument', expired ? 'Token expired' : 'Missing or invalid token');
      return undefined;
    }
    if (store.get(conversationId) === undefined) {
      sendError(res, 404, 'BadArgument', 'Conversation not found');
      return undefined;
    }
    if (check.conversation.id !== conversationId) {
      sendError(res, 403, 'BadArgument', 'Token is not valid for this conversation');
      return undefined;
    }
    return check.conversation;
  };

  /** Stamps and posts an activity to the bot; returns false when the bot did not take it. */
  const deliver = async (conversation: Conversation, activity: Record<string, unknown>): Promise<boolean> => {
    const botUrl = deps.botUrl();
    const status = await forwardToBot(botUrl, {
      ...activity,
      channelId: LOCAL_CHANNEL_ID,
      serviceUrl: connectorServiceUrl(botUrl, conversation),
      conversation: { id: conversation.id },
      recipient: LOCAL_BOT_ACCOUNT,
    });
    if (status < 200 || status >= 300) {
      logger.warn('local direct line: the bot did not accept an activity', { status, type: activity.type });
      return false;
    }
    return true;
  };

  server.post('/v3/directline/conversations', async (req, res) => {
    const token = bearer(req);
    let conversation: Conversation | undefined;
    let issued;
    if (token === undefined) {
      // No secret exists locally: a client without a token gets a new conversation and its own token.
      const created = store.create(clientKey(req));
      if ('refused' in created) {
        sendCreateRefusal(res, created.refused);
        return;
      }
      issued = created;
      conversation = store.get(issued.conversationId);
    } else {
      const check = store.checkToken(token);
      if (!check.ok) {
        sendError(res, 403, check.reason === 'expired' ? 'TokenExpired' : 'BadArgument', check.reason === 'expired' ? 'Token expired' : 'Invalid token');
        return;
      }
      conversation = check.conversation;
      issued = { conversationId: conversation.id, token, expiresIn: check.expiresIn };
    }
    if (conversation === undefined) {
      sendError(res, 404, 'BadArgument', 'Conversation not found');
      return;
    }
    const isNew = !conversation.started;
    if (isNew) {
      conversation.started = true;
      // The bot welcomes on conversationUpdate/membersAdded, as it does on Azure Direct Line.
      await deliver(conversation, {
        type: 'conversationUpdate',
        id: `${conversation.id}|start`,
        timestamp: new Date().toISOString(),
        from: { id: conversation.userId, role: 'user' },
        membersAdded: [{ id: LOCAL_BOT_ACCOUNT.id, name: LOCAL_BOT_ACCOUNT.name }, { id: conversation.userId }],
      });
    }
    res.send(isNew ? 201 : 200, { conversationId: issued.conversationId, token: issued.token, expires_in: issued.expiresIn, streamUrl: streamUrlFor(req, issued.conversationId) });
  });

  server.post('/v3/directline/tokens/refresh', async (req, res) => {
    const token = bearer(req);
    const check = token === undefined ? undefined : store.checkToken(token);
    if (check?.ok !== true) {
      sendError(res, 403, 'TokenExpired', 'Missing, invalid or expired token');
      return;
    }
    const issued = store.issueToken(check.conversation);
    res.send(200, { conversationId: issued.conversationId, token: issued.token, expires_in: issued.expiresIn });
  });

  server.get('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const conversation = authorise(req, res, param(req, 'conversationId'));
    if (conversation === undefined) {
      return;
    }
    // The server has no query parser plugin (shared wiring); read the one parameter here.
    const watermark = new URLSearchParams(req.getQuery()).get('watermark') ?? undefined;
    res.send(200, store.since(conversation, parseWatermark(watermark)));
  });

  server.post('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const conversation = authorise(req, res, param(req, 'conversationId'));
    if (conversation === undefined) {
      return;
    }
    const body: unknown = req.body;
    if (byteSize(body) > MAX_CLIENT_ACTIVITY_BYTES) {
      sendError(res, 413, 'MessageSizeTooBig', `An activity may be at most ${MAX_CLIENT_ACTIVITY_BYTES} bytes.`);
      return;
    }
    if (!isRecord(body) || typeof body.type !== 'string' || body.type === '') {
      sendError(res, 400, 'BadArgument', 'The body must be an activity with a "type".');
      return;
    }
    const from = isRecord(body.from) ? body.from : {};
    // The conversation's user id wins over whatever the client claims, as with Azure Direct Line tokens.
    const activity: Record<string, unknown> = {
      ...body,
      from: { ...from, id: conversation.userId, role: 'user' },
      conversation: { id: conversation.id },
      channelId: LOCAL_CHANNEL_ID,
      timestamp: new Date().toISOString(),
    };
    if (deps.webSocketRefusals?.has(conversation.id) === true) {
      // Its client listens on a WebSocket that was refused: replies could never reach it (issue #18).
      sendError(res, 400, 'BadArgument', WEBSOCKETS_REFUSED);
      return;
    }
    // Deliver first, show only what the bot took (issue #18): a failed delivery is not shown as sent.
    const id = `${conversation.id}|u-${randomBytes(9).toString('base64url')}`;
    const pending = deps.pending;
    pending?.add(conversation.id, { ...activity, id });
    const accepted = await deliver(conversation, { ...activity, id });
    const notShownYet = pending === undefined || pending.take(conversation.id, id);
    if (!accepted && notShownYet) {
      sendError(res, 502, 'BotError', 'Failed to send activity: bot returned an error');
      return;
    }
    if (notShownYet) {
      store.append(conversation, activity, id);
    }
    res.send(200, { id });
  });
}
