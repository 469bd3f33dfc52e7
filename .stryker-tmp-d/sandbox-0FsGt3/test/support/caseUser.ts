/**
 * A web chat (Direct Line) user of the case tests (issue #19): their activities carry a loopback connector capture
 * as serviceUrl, so what the relay delivers proactively lands there, while the turn's own replies come back with
 * `expectReplies`.
 */
// @ts-nocheck

import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';

export type CaseUserReply = Partial<Activity>;

export type Say = (body: Record<string, unknown>) => Promise<CaseUserReply[]>;

/** One Direct Line user message (or button press) in `conversationId`, with replies expected in the response. */
export function webChatUserActivity(serviceUrl: string, conversationId: string, body: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message',
    id: `u${randomBytes(4).toString('hex')}`,
    channelId: 'directline',
    serviceUrl,
    from: { id: 'dl_dana', name: 'Dana' },
    recipient: { id: 'cpk-bot', name: 'CPK bot' },
    conversation: { id: conversationId },
    deliveryMode: 'expectReplies',
    ...body,
  };
}

/** A user talking to the bot at `botUrl`; fails on any status but 200. Typing indicators are left out. */
export function webChatUser(botUrl: () => string, serviceUrl: string, conversationId: string): Say {
  return async (body) => {
    const response = await fetch(`${botUrl()}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(webChatUserActivity(serviceUrl, conversationId, body)),
      signal: AbortSignal.timeout(30_000),
    });
    if (response.status !== 200) {
      throw new Error(`HTTP ${response.status} from the bot`);
    }
    return ((await response.json()) as { activities: CaseUserReply[] }).activities.filter((reply) => reply.type !== 'typing');
  };
}

/** A mismatch question, "talk to a human", yes, and Skip for the note: the replies to the last turn. */
export async function escalateToCase(say: Say): Promise<CaseUserReply[]> {
  await say({ text: 'Download fails with BlobCustomerSpecifiedEncryptionMismatch' });
  await say({ text: 'talk to a human' });
  await say({ value: { cpk: 'handoff' } });
  return say({ value: { cpk: 'answer', answer: 'skip' } });
}
