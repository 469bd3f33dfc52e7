/**
 * A loopback HTTP server that accepts every request and never answers: a Bot Connector endpoint that hangs
 * (issue #18). It counts the requests it holds. Callers must `stop()` it in an `after` hook.
 */
// @ts-nocheck

import http from 'node:http';
import type { Socket } from 'node:net';

export interface HangingServer {
  url: string;
  /** Requests received so far (each one left hanging). */
  received(): number;
  /** Connections still open (a client that gave up closes its own). */
  openSockets(): number;
  /** Resolves once at least `count` requests arrived; rejects after `withinMs`. */
  waitForRequests(count: number, withinMs: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startHangingServer(): Promise<HangingServer> {
  let received = 0;
  const sockets = new Set<Socket>();
  const server = http.createServer(() => {
    received += 1;
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => received,
    openSockets: () => sockets.size,
    async waitForRequests(count, withinMs) {
      for (let waited = 0; received < count; waited += 50) {
        if (waited >= withinMs) {
          throw new Error(`only ${received} of ${count} requests arrived within ${withinMs} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
