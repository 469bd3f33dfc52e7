/**
 * A loopback stand-in for a Bot Framework connector (Teams or Direct Line): records every activity the bot posts
 * to it, answers each with an id, and can wait (bounded) for a posting that matches.
 */
// @ts-nocheck

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Posted {
  url: string;
  body: { type?: string; text?: string; conversation?: { id?: string }; attachments?: { contentType: string; content: unknown }[]; channelData?: unknown };
}

export interface ConnectorCapture {
  url: string;
  posted: Posted[];
  /** Waits up to `withinMs` for a posting that matches; rejects with what was posted when none does. */
  waitFor(match: (posted: Posted) => boolean, withinMs?: number): Promise<Posted>;
  close(): Promise<void>;
}

async function read(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
  }
  return text;
}

export async function startConnectorCapture(): Promise<ConnectorCapture> {
  const posted: Posted[] = [];
  const server: Server = createServer((request, response) => {
    void read(request).then((text) => {
      posted.push({ url: decodeURIComponent(request.url ?? ''), body: JSON.parse(text === '' ? '{}' : text) as Posted['body'] });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `posted-${posted.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    posted,
    async waitFor(match, withinMs = 10_000) {
      for (let waited = 0; waited <= withinMs; waited += 50) {
        const found = posted.find(match);
        if (found !== undefined) {
          return found;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`nothing matching was posted within ${withinMs} ms; posted: ${JSON.stringify(posted.map((item) => ({ url: item.url, text: item.body.text })))}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
