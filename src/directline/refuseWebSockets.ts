/**
 * The local bridge speaks Direct Line over polling only. A client created with `webSocket: true` used to crash
 * ("Invalid URL: undefined": no `streamUrl`) and Web Chat hung at "Sending" (issue #18). Now the conversation
 * answer carries a `streamUrl` whose WebSocket upgrade is refused with a Direct Line error, and the reconnect
 * request the client then makes (`GET /v3/directline/conversations/{id}`) answers 404 with the same error, which
 * Direct Line clients treat as the end of the conversation: the client reports it ended instead of hanging.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Request, Server } from 'restify';
import { sendError } from './bridgeHttp';

export const WEBSOCKETS_REFUSED = 'This local Direct Line bridge does not support WebSockets: connect with webSocket: false (polling).';

/** The stream URL of a conversation, on the host the client used. */
export function streamUrlFor(req: Request, conversationId: string): string {
  const host = req.header('host', '127.0.0.1');
  return `ws://${host}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream`;
}

export function refuseWebSockets(server: Server): void {
  server.server.on('upgrade', (_req: IncomingMessage, socket: Duplex) => {
    const body = JSON.stringify({ error: { code: 'BadArgument', message: WEBSOCKETS_REFUSED } });
    socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  // The reconnect a WebSocket client makes after its socket failed.
  server.get('/v3/directline/conversations/:conversationId', async (_req, res) => {
    sendError(res, 404, 'BadArgument', WEBSOCKETS_REFUSED);
  });
}
