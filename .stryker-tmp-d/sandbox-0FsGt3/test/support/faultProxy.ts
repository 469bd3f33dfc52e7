/**
 * A loopback TCP proxy in front of a real service (Azurite) that can fail the way networks fail (issue #18):
 * `pass` forwards, `silent` accepts connections and never answers (a partition: no refusal, no reset), `refuse`
 * closes each connection at once. Switching mode cuts the connections open at that moment, so clients that kept
 * a socket alive meet the new mode on their next request. Callers must `stop()` it in an `after` hook.
 */
// @ts-nocheck

import net from 'node:net';

export type FaultMode = 'pass' | 'silent' | 'refuse';

export interface FaultProxy {
  port: number;
  mode: FaultMode;
  setMode(mode: FaultMode): void;
  stop(): Promise<void>;
}

export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  const open = new Set<net.Socket>();
  let mode: FaultMode = 'pass';
  const track = (socket: net.Socket): void => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    if (mode === 'refuse') {
      client.destroy();
      return;
    }
    if (mode === 'silent') {
      // Read and drop everything; never answer, never close.
      client.on('data', () => undefined);
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('the fault proxy did not get a port');
  }
  return {
    port: address.port,
    get mode() {
      return mode;
    },
    setMode(next) {
      mode = next;
      for (const socket of open) {
        socket.destroy();
      }
    },
    async stop() {
      for (const socket of open) {
        socket.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
