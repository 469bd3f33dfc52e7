/**
 * The restify server: `/api/messages` for the Bot Framework, `/healthz` for liveness,
 * `/readyz` for readiness. Wiring only; the bot and
 * its dependencies come in from the composition root.
 */
// @ts-nocheck

import type { Request, Response, Server } from 'restify';
import type { CloudAdapter, ActivityHandler } from 'botbuilder';
import type { Logger } from '../core/logging/logger';
import { authFailureResponse, UNAUTHORIZED_BODY } from './authFailureResponse';
import { bearerKeyId } from './bearerTokenShape';
import { checkActivityShape } from './checkActivityShape';
import { hostOfHeader, isLoopbackHost, isLoopbackUrl } from './loopback';
import type { RequestDrain } from './requestDrain';
import type { ReadinessReport } from '../storage/readiness';
import { bodyParser, createRestifyServer } from './restifyKit';

/** Largest request body accepted on any route (the Bot Framework caps activities well below this). */
export const MAX_BODY_BYTES = 256 * 1024;

export interface HealthReport {
  status: 'ok';
  version: string;
  knowledge: { intents: number; versionRows: number; files: number };
}

/** Readiness for load balancers (issue #7, item 5): knowledge loaded and storage reachable, else a reason. */

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  health: () => HealthReport;
  /** Omitted: /readyz answers ready whenever the process is up. */
  readiness?: () => Promise<ReadinessReport>;
  /** Auth off (no MicrosoftAppId): requests must name a loopback host and replies go only to loopback. */
  authOff?: boolean;
  /** ALLOW_UNAUTHENTICATED_REMOTE=true: the Host header check is lifted (the serviceUrl check is not). */
  allowRemote?: boolean;
  /**
   * Auth on: whether a token's key id is one the Bot Framework publishes (a cached key set, openIdKeyCache.ts).
   * With it, a malformed or forged token gets 401 with no internal text and causes no metadata fetch.
   */
  knownSigningKey?: (kid: string) => Promise<boolean>;
  /** Graceful shutdown: refuses new requests once draining (issue #18). */
  drain?: RequestDrain;
}

/** `application/json`, with or without parameters such as a charset. */
function isJson(contentType: string | undefined): boolean {
  return /^application\/json\s*(?:;|$)/i.test(contentType ?? '');
}

export function createServer(deps: ServerDeps): Server {
  const server = createRestifyServer('cpk-support-bot');
  deps.drain?.install(server);
  if (deps.authOff === true && deps.allowRemote !== true) {
    // DNS rebinding: a web page under the attacker's name resolved to 127.0.0.1 reaches this server with its own
    // name in the Host header. Checked before any route, the web chat page and the bridge included.
    server.pre((req: Request, res: Response, next: (error?: false) => void) => {
      const host = hostOfHeader(req.header('host', ''));
      if (host === undefined || !isLoopbackHost(host)) {
        res.send(403, { error: 'With authentication off this server answers only requests addressed to localhost.' });
        next(false);
        return;
      }
      next();
    });
  }
  // A cross-site form can post urlencoded, multipart or text bodies without a CORS preflight; JSON needs one.
  // Checked before the body parser, which would otherwise parse (or fail on) the form first.
  server.pre((req: Request, res: Response, next: (error?: false) => void) => {
    if (req.method === 'POST' && req.path() === '/api/messages' && !isJson(req.header('content-type', ''))) {
      res.send(415, { error: 'Content-Type must be application/json.' });
      next(false);
      return;
    }
    next();
  });
  server.use(bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));

  server.post('/api/messages', async (req, res) => {
    const serviceUrl = (req.body as { serviceUrl?: unknown } | undefined)?.serviceUrl;
    if (deps.authOff === true && serviceUrl !== undefined && !isLoopbackUrl(serviceUrl)) {
      res.send(400, { error: 'With authentication off, serviceUrl must be a loopback URL (http://localhost:<port> or http://127.0.0.1:<port>).' });
      return;
    }
    const problem = checkActivityShape(req.body);
    if (problem !== undefined) {
      res.send(400, { error: problem });
      return;
    }
    const knownSigningKey = deps.knownSigningKey;
    if (knownSigningKey === undefined) {
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
      return;
    }
    const kid = bearerKeyId(req.header('authorization', ''));
    if (kid === undefined || !(await knownSigningKey(kid))) {
      res.send(401, UNAUTHORIZED_BODY);
      return;
    }
    let turnStarted = false;
    await deps.adapter.process(req, authFailureResponse(res, () => turnStarted), async (context) => {
      turnStarted = true;
      await deps.bot.run(context);
    });
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, deps.health());
  });

  server.get('/readyz', async (_req, res) => {
    const report: ReadinessReport = deps.readiness === undefined ? { ready: true } : await deps.readiness();
    if (report.ready) {
      res.send(200, { status: 'ready' });
    } else {
      deps.logger.warn('not ready', { reason: report.reason });
      res.send(503, { status: 'not ready', reason: report.reason });
    }
  });

  server.on('restifyError', (req: Request, _res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      deps.logger.error('request failed', { path: req.path(), error });
    } else {
      deps.logger.debug('request rejected', { path: req.path(), status });
    }
    callback();
  });
  return server;
}
