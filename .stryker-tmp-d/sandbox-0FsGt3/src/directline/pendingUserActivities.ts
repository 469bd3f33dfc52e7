/**
 * User activities the bridge is delivering to the bot but has not shown yet (issue #18: deliver first, show only
 * what the bot took). The bot's replies arrive while delivery is still in flight (the POST to /api/messages
 * returns after the turn), so a user activity is shown either when the bot's first reply of that conversation
 * arrives (the bot has it, and it must come before the reply) or when delivery succeeds; if delivery fails first,
 * it is never shown and the page offers a retry. Entries live only while their delivery runs.
 */
// @ts-nocheck

import type { StoredActivity } from './conversationStore';

export class PendingUserActivities {
  private readonly pending = new Map<string, StoredActivity[]>();

  add(conversationId: string, activity: StoredActivity): void {
    const list = this.pending.get(conversationId) ?? [];
    list.push(activity);
    this.pending.set(conversationId, list);
  }

  /** Removes and returns the conversation's pending activities, oldest first (a reply is about to be shown). */
  takeAll(conversationId: string): StoredActivity[] {
    const list = this.pending.get(conversationId) ?? [];
    this.pending.delete(conversationId);
    return list;
  }

  /** Removes one pending activity; false when a reply already caused it to be shown. */
  take(conversationId: string, activityId: string): boolean {
    const list = this.pending.get(conversationId);
    const index = list?.findIndex((activity) => activity.id === activityId) ?? -1;
    if (list === undefined || index < 0) {
      return false;
    }
    list.splice(index, 1);
    if (list.length === 0) {
      this.pending.delete(conversationId);
    }
    return true;
  }
}
