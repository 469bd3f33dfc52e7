/**
 * Only what users send can be a user message (issue #15). Every incoming activity is marked as coming from a
 * user and addressed to the bot, whatever roles the client claimed, so nothing a client sends is later read as the
 * bot's own (the staff transcript page takes the case summary only from the bot's `handoff.initiate`). Events
 * only the bot may send (`handoff.initiate` and any other `handoff.*` but the agent hub's `handoff.status`) are
 * refused: the turn stops here, before transcripts, state or the dialogs see them.
 */
// @ts-nocheck

import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../core/logging/logger';

/** Event names a client may send that start with `handoff.`: the agent hub's hand-back. */
const CLIENT_HANDOFF_EVENTS: ReadonlySet<string> = new Set(['handoff.status']);

/** True for an event name only the bot sends. */
export function isBotOnlyEventName(name: unknown): boolean {
  return typeof name === 'string' && name.trim().toLowerCase().startsWith('handoff.') && !CLIENT_HANDOFF_EVENTS.has(name.trim());
}

export class ClientActivityGuard implements Middleware {
  constructor(private readonly logger: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (activity.from !== undefined && activity.from !== null) {
      activity.from.role = 'user';
    }
    if (activity.recipient !== undefined && activity.recipient !== null) {
      activity.recipient.role = 'bot';
    }
    if (isBotOnlyEventName(activity.name)) {
      this.logger.warn('refused an event only the bot may send', { type: activity.type, name: String(activity.name).slice(0, 40), channel: activity.channelId });
      return;
    }
    await next();
  }
}
