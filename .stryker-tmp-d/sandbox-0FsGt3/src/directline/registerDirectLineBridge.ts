/**
 * A small Direct Line 3.0 bridge on the bot's own server, so the web chat page works with no Azure (issue #5,
 * item 2). Two sides:
 * - client routes Web Chat polls (`/v3/directline/...`): start a conversation, post and read activities with
 *   watermarks, refresh a token;
 * - connector routes the bot's CloudAdapter posts replies to (`/v3/conversations/...`), reached because every
 *   activity the bridge forwards carries this server as its `serviceUrl`.
 * Registered only when the local bridge is enabled (auth off); see `config.ts` `localDirectLine`.
 */
// @ts-nocheck

import type { Server } from 'restify';
import type { DirectLineBridgeDeps } from './bridgeDeps';
import { registerClientRoutes } from './clientRoutes';
import { registerConnectorRoutes } from './connectorRoutes';
import { PendingUserActivities } from './pendingUserActivities';
import { refuseWebSockets, WebSocketRefusals } from './refuseWebSockets';

export type { DirectLineBridgeDeps } from './bridgeDeps';
export { LOCAL_BOT_ACCOUNT, LOCAL_CHANNEL_ID, MAX_CLIENT_ACTIVITY_BYTES } from './bridgeConstants';

export function registerDirectLineBridge(server: Server, deps: DirectLineBridgeDeps): void {
  const withFaultState = { ...deps, pending: deps.pending ?? new PendingUserActivities(), webSocketRefusals: deps.webSocketRefusals ?? new WebSocketRefusals() };
  registerClientRoutes(server, withFaultState);
  registerConnectorRoutes(server, withFaultState);
  refuseWebSockets(server, deps.store, withFaultState.webSocketRefusals);
}
