/**
 * The restify server: `/api/messages` for the Bot Framework, `/healthz` for liveness,
 * `/readyz` for readiness. Wiring only; the bot and
 * its dependencies come in from the composition root.
 */
import type { Request, Response, Server } from 'restify';
import type { CloudAdapter, ActivityHandler } from 'botbuilder';
import type { Logger } from '../core/logging/logger';
import { checkActivityShape } from './checkActivityShape';
import type { RequestDrain } from './requestDrain';
import { bodyParser, createRestifyServer } from './restifyKit';

/** Largest request body accepted on any route (the Bot Framework caps activities well below this). */
export const MAX_BODY_BYTES = 256 * 1024;

export interface HealthReport {
  status: 'ok';
  version: string;
  knowledge: { intents: number; versionRows: number; files: number };
}

/** Readiness for load balancers (issue #7, item 5): knowledge loaded and storage reachable, else a reason. */
export type ReadinessReport = { ready: true } | { ready: false; reason: string };

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  health: () => HealthReport;
  /** Omitted: /readyz answers ready whenever the process is up. */
  readiness?: () => Promise<ReadinessReport>;
  /** Graceful shutdown: refuses new requests once draining (issue #18). */
  drain?: RequestDrain;
}

export function createServer(deps: ServerDeps): Server {
  const server = createRestifyServer('cpk-support-bot');
  deps.drain?.install(server);
  server.use(bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));

  server.post('/api/messages', async (req, res) => {
    const problem = checkActivityShape(req.body);
    if (problem !== undefined) {
      res.send(400, { error: problem });
      return;
    }
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
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
