/** Builders for raw activities posted over HTTP in tests. */
// @ts-nocheck

import type { RunningApp } from '../../src/app';

let sequence = 0;

/** A message activity with `expectReplies`, so the HTTP response carries the bot's replies. */
export function messageActivity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    type: 'message',
    id: `act-${sequence}`,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9',
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    conversation: { id: `conv-${sequence}` },
    deliveryMode: 'expectReplies',
    ...overrides,
  };
}

/** POSTs a body (object, raw string or bytes) to /api/messages. */
export async function postActivity(app: RunningApp, body: unknown): Promise<Response> {
  const payload = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  return fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
}

export interface ReplyActivity {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: unknown }[];
}

/** Reads the `expectReplies` body. */
export async function repliesOf(response: Response): Promise<ReplyActivity[]> {
  const body = (await response.json()) as { activities?: ReplyActivity[] };
  return body.activities ?? [];
}

/** Title of the first card among the replies. */
export function firstCardTitle(replies: readonly ReplyActivity[]): string | undefined {
  for (const reply of replies) {
    const content = reply.attachments?.[0]?.content as { body?: { text?: string }[] } | undefined;
    if (content?.body?.[0]?.text !== undefined) {
      return content.body[0].text;
    }
  }
  return undefined;
}
