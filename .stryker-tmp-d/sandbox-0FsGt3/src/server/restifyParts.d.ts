/**
 * Types for requiring restify's server, router and body parser from their own files (see restifyKit.ts). The
 * constructors take restify's internal options; only what restifyKit passes is typed.
 */
// @ts-nocheck

declare module 'restify/lib/server' {
  import type { Server } from 'restify';
  const ServerClass: new (options: { name: string; log: unknown; router: unknown; handleUncaughtExceptions: boolean }) => Server;
  export = ServerClass;
}

declare module 'restify/lib/router' {
  const RouterClass: new (options: { name: string; log: unknown; handleUncaughtExceptions: boolean }) => unknown;
  export = RouterClass;
}

declare module 'restify/lib/plugins/bodyParser' {
  import type { plugins } from 'restify';
  const bodyParser: typeof plugins.bodyParser;
  export = bodyParser;
}
