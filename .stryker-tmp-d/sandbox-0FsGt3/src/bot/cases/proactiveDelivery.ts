/**
 * Sends activities into a conversation outside its turns (issue #19: an engineer's words reach the user, the
 * user's reach the Teams thread), through the adapter's `continueConversationAsync` with a stored conversation
 * reference, so the normal middleware (transcripts) runs. The whole wait has a deadline (house rule); the
 * connector calls inside have their own (createAdapter).
 */
// @ts-nocheck

import type { Activity, BotAdapter, ConversationReference, ResourceResponse } from 'botbuilder';
import { withDeadline } from '../../core/io/deadline';

export type ProactiveAdapter = Pick<BotAdapter, 'continueConversationAsync'>;

export interface Delivery {
  adapter: ProactiveAdapter;
  botAppId: string;
  timeoutMs: number;
}

/** Delivers `activities` in order into the referenced conversation; returns the channel's ids for them. */
export async function deliverProactively(delivery: Delivery, what: string, reference: Partial<ConversationReference>, activities: Partial<Activity>[]): Promise<(ResourceResponse | undefined)[]> {
  const responses: (ResourceResponse | undefined)[] = [];
  await withDeadline(what, delivery.timeoutMs, async () => {
    await delivery.adapter.continueConversationAsync(delivery.botAppId, reference, async (context) => {
      for (const activity of activities) {
        responses.push(await context.sendActivity(activity));
      }
    });
  });
  return responses;
}
