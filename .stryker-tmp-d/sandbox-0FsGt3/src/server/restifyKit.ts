/**
 * restify's `createServer` and `bodyParser`, each loaded from its own file. restify's index loads every plugin
 * (authorization with http-signature and sshpk, static files, throttling, ...) and its formatters: ~80 ms of the
 * bot's cold start (issue #8) for plugins this server never uses. `createRestifyServer` does what restify 11.1's
 * own `createServer` does for the options used here: a pino logger named after the server (pino resolved from
 * restify's own dependencies, so it is the logger restify itself would create), a router, the server.
 * The deep paths are stable because restify is pinned (11.1.0); `test/bot/coldStart.test.ts` fails if start-up
 * loads restify's plugin index again, and every server test runs through this file.
 */
// @ts-nocheck

import { createRequire } from 'node:module';
import type { Server, plugins } from 'restify';
import bodyParserPlugin from 'restify/lib/plugins/bodyParser';
import RestifyRouter from 'restify/lib/router';
import RestifyServer from 'restify/lib/server';

type PinoFactory = (options: { name: string }) => unknown;

export function createRestifyServer(name: string): Server {
  const pino = createRequire(require.resolve('restify'))('pino') as PinoFactory;
  const options = { name, log: pino({ name }), handleUncaughtExceptions: false };
  return new RestifyServer({ ...options, router: new RestifyRouter(options) });
}

export const bodyParser: typeof plugins.bodyParser = bodyParserPlugin;
