/**
 * The local bridge speaks Direct Line over polling only. A client created with `webSocket: true` used to crash
 * ("Invalid URL: undefined": no `streamUrl`) and Web Chat hung at "Sending" (issue #18). Now the conversation
 * answer carries a `streamUrl`; a WebSocket opened on it gets one activity set holding a message that says the
 * bridge needs `webSocket: false`, then a close (1008, policy). Web Chat shows that message. The conversation is
 * then marked: its client can no longer post (400 with the same Direct Line error: the send fails at once instead
 * of waiting for replies that could never reach it), and the reconnect the client makes
 * (`GET /v3/directline/conversations/{id}`) answers 404, which Direct Line clients treat as the end.
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Request, Server } from 'restify';
import { LOCAL_BOT_ACCOUNT, LOCAL_CHANNEL_ID } from './bridgeConstants';
import { sendError } from './bridgeHttp';
import type { ConversationStore } from './conversationStore';

export const WEBSOCKETS_REFUSED = 'This local Direct Line bridge does not support WebSockets: connect with webSocket: false (polling).';

/** RFC 6455: the GUID the server appends to the client's key for `Sec-WebSocket-Accept`. */
const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream(?:\?|$)/;
const POLICY_VIOLATION = 1008;
/** Time the client gets to read the notice and close before the socket is destroyed. */
const CLOSE_GRACE_MS = 1000;

/** The stream URL of a conversation, on the host the client used. */
export function streamUrlFor(req: Request, conversationId: string): string {
  const host = req.header('host', '127.0.0.1');
  return `ws://${host}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream`;
}

/**
 * Conversations whose client tried a WebSocket: they cannot receive replies, so posting is refused. Bounded: past
 * `max`, the oldest entries are forgotten (the bridge forgets idle conversations anyway).
 */
export class WebSocketRefusals {
  private readonly refused = new Set<string>();

  constructor(private readonly max = 1000) {}

  has(conversationId: string): boolean {
    return this.refused.has(conversationId);
  }

  add(conversationId: string): void {
    this.refused.add(conversationId);
    for (const oldest of this.refused) {
      if (this.refused.size <= this.max) {
        break;
      }
      this.refused.delete(oldest);
    }
  }
}

export function refuseWebSockets(server: Server, store: ConversationStore, refusals: WebSocketRefusals): void {
  server.server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    const match = STREAM_PATH.exec(req.url ?? '');
    const key = req.headers['sec-websocket-key'];
    const conversation = match === null ? undefined : store.get(decodeURIComponent(match[1]));
    if (conversation === undefined || typeof key !== 'string') {
      const body = JSON.stringify({ error: { code: 'BadArgument', message: WEBSOCKETS_REFUSED } });
      socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
      return;
    }
    refusals.add(conversation.id);
    const accept = createHash('sha1').update(`${key}${WEBSOCKET_GUID}`).digest('base64');
    const notice = {
      activities: [
        {
          type: 'message',
          id: `${conversation.id}|websocket-refused`,
          channelId: LOCAL_CHANNEL_ID,
          conversation: { id: conversation.id },
          from: LOCAL_BOT_ACCOUNT,
          timestamp: new Date().toISOString(),
          text: WEBSOCKETS_REFUSED,
        },
      ],
      watermark: String(conversation.nextSequence - 1),
    };
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-accept: ${accept}\r\n\r\n`);
    socket.write(frame(0x1, Buffer.from(JSON.stringify(notice), 'utf8')));
    const reason = Buffer.from('polling only', 'utf8');
    const code = Buffer.alloc(2);
    code.writeUInt16BE(POLICY_VIOLATION);
    socket.end(frame(0x8, Buffer.concat([code, reason])));
    // The HTTP server allows half-open sockets: a client that never closes its side would hold server.close().
    setTimeout(() => socket.destroy(), CLOSE_GRACE_MS).unref();
  });
  // The reconnect a WebSocket client makes after its socket closed.
  server.get('/v3/directline/conversations/:conversationId', async (_req, res) => {
    sendError(res, 404, 'BadArgument', WEBSOCKETS_REFUSED);
  });
}

/** One unmasked server-to-client WebSocket frame (FIN set). */
function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x80 | opcode, length]) : Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff]);
  return Buffer.concat([header, payload]);
}
