/**
 * Imported first by the composition root (`src/app.ts`) and by the benchmark's echo floor, so both start the same
 * way: modules that the stack requires at load time but that this bot never calls load only if something calls
 * them (`deferModule`). Measured with a require-time trace on the team machine, 2026-11-29:
 * - spdy, required by restify's server for its `spdy` option (never set here): ~50 ms, and its http-deceiver
 *   printed a DEP0111 deprecation warning at every start;
 * - @azure/identity, required by botframework-connector's token provider factory for managed-identity bot
 *   credentials (MicrosoftAppType UserAssignedMSI, not used by this bot; managed-identity storage imports it
 *   when configured, `src/storage/createStores.ts`): ~70 ms.
 * Modules needed when auth is on (jsonwebtoken, msal) are not deferred: that would only move their cost to the
 * first signed request.
 */
// @ts-nocheck

import { deferModule } from './deferModule';

deferModule(require.resolve('restify/lib/server'), 'spdy');
deferModule(require.resolve('botframework-connector/lib/auth/jwtTokenProviderFactory'), '@azure/identity');
