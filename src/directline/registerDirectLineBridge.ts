/**
 * A small Direct Line 3.0 bridge on the bot's own server, so the web chat page works with no Azure (issue #5,
 * item 2). Two sides:
 * - client routes Web Chat polls (`/v3/directline/...`): start a conversation, post and read activities with
 *   watermarks, refresh a token;
 * - connector routes the bot's CloudAdapter posts replies to (`/v3/conversations/...`), reached because every
 *   activity the bridge forwards carries this server as its `serviceUrl`.
 * Registered only when the local bridge is enabled (auth off); see `config.ts` `localDirectLine`.
 */
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../core/logging/logger';
import type { Conversation, ConversationStore } from './conversationStore';
import { forwardToBot } from './forwardToBot';

/** Largest activity a web chat client may post; user text is cut at MAX_INPUT_CHARS long before this. */
export const MAX_CLIENT_ACTIVITY_BYTES = 32 * 1024;

/** Who the bot is on this channel; the bot answers from the `recipient` it was sent. */
export const LOCAL_BOT_ACCOUNT = { id: 'cpk-support-bot', name: 'CPK support bot', role: 'bot' } as const;

/** The channel id the bridge stamps, as the Azure Direct Line service does for Web Chat. */
export const LOCAL_CHANNEL_ID = 'webchat';

export interface DirectLineBridgeDeps {
  store: ConversationStore;
  logger: Logger;
  /** This server's loopback base URL, known once it listens. */
  botUrl: () => string;
}

function bearer(req: Request): string | undefined {
  const header = req.header('authorization', '');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function byteSize(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

function parseWatermark(raw: unknown): number | undefined {
  return typeof raw === 'string' && /^-?\d{1,15}$/.test(raw) ? Number(raw) : undefined;
}

/** A route parameter as a string (restify types `params` as any). */
function param(req: Request, name: string): string {
  const params: unknown = req.params;
  const value = isRecord(params) ? params[name] : undefined;
  return typeof value === 'string' ? value : '';
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

export function registerDirectLineBridge(server: Server, deps: DirectLineBridgeDeps): void {
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
      serviceUrl: botUrl,
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
      issued = store.create();
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
    res.send(isNew ? 201 : 200, { conversationId: issued.conversationId, token: issued.token, expires_in: issued.expiresIn });
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
    const id = store.append(conversation, activity);
    const accepted = await deliver(conversation, { ...activity, id });
    if (!accepted) {
      sendError(res, 502, 'BotError', 'Failed to send activity: bot returned an error');
      return;
    }
    res.send(200, { id });
  });

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
    const activity = { ...body, conversation: { id: conversation.id }, channelId: LOCAL_CHANNEL_ID, timestamp: new Date().toISOString() };
    const id = store.append(conversation, activity, updating);
    res.send(200, { id });
  };
  server.post('/v3/conversations/:conversationId/activities', fromBot);
  server.post('/v3/conversations/:conversationId/activities/:activityId', fromBot);
  server.put('/v3/conversations/:conversationId/activities/:activityId', fromBot);
}
