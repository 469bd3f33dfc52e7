/**
 * Graceful shutdown of the HTTP side (issue #18, item 3). Once draining starts, new requests get 503 with
 * `Connection: close` (so do /readyz probes: the load balancer takes the instance out), idle keep-alive sockets
 * are closed, and every response ends its socket; requests already in flight run to the end, up to a deadline.
 * Requests the in-flight turns themselves cause (the bot's replies to the local Direct Line bridge on this same
 * server) are still served, or those turns could not finish. The listener is closed afterwards by the caller,
 * so `server.address()` stays valid for the bridge while turns finish.
 */
// @ts-nocheck

import type { Request, Response, Server } from 'restify';

export class RequestDrain {
  private inFlight = 0;
  private draining = false;
  private readonly idleWaiters = new Set<() => void>();

  /** `servesInFlightWork`: requests that belong to turns already running (never refused, never waited for). */
  constructor(private readonly servesInFlightWork: (req: Request) => boolean = () => false) {}

  install(server: Server): void {
    server.pre((req: Request, res: Response, next: (proceed?: false) => void) => {
      const supporting = this.servesInFlightWork(req);
      if (this.draining) {
        res.setHeader('connection', 'close');
        if (!supporting) {
          res.send(503, { status: 'shutting down' });
          next(false);
          return;
        }
      }
      if (!supporting) {
        this.inFlight += 1;
        res.once('close', () => {
          this.inFlight -= 1;
          if (this.draining) {
            // A keep-alive socket that just finished its last response is idle now: close it.
            server.server.closeIdleConnections();
          }
          if (this.inFlight === 0) {
            this.idleWaiters.forEach((wake) => wake());
          }
        });
      }
      next();
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Starts refusing new work and waits until the requests in flight have ended or `timeoutMs` passed. */
  async drain(server: Server, timeoutMs: number): Promise<{ unfinished: number }> {
    this.draining = true;
    server.server.closeIdleConnections();
    if (this.inFlight > 0) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          this.idleWaiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        this.idleWaiters.add(done);
      });
    }
    return { unfinished: this.inFlight };
  }
}
