/**
 * What the Direct Line bridge's client and connector routes share. Its own file, so the routes and the function
 * that registers them do not import each other.
 */
// @ts-nocheck

import type { Logger } from '../core/logging/logger';
import type { ConversationStore } from './conversationStore';
import type { PendingUserActivities } from './pendingUserActivities';
import type { WebSocketRefusals } from './refuseWebSockets';

export interface DirectLineBridgeDeps {
  store: ConversationStore;
  logger: Logger;
  /** This server's loopback base URL, known once it listens. */
  botUrl: () => string;
  /** User activities being delivered, shown only once the bot has them (issue #18). */
  pending?: PendingUserActivities;
  /** Conversations whose client tried a WebSocket and cannot receive replies (issue #18). */
  webSocketRefusals?: WebSocketRefusals;
}
