/** What a web chat client does against the bridge, shared by the bridge tests: calls with a token, a started session. */
// @ts-nocheck

import assert from 'node:assert/strict';
import type { BridgeApp } from './bridgeApp';

export interface Session {
  conversationId: string;
  token: string;
  userId: string;
}

export async function call(app: BridgeApp, method: string, path: string, token?: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) {
    headers.authorization = `Bearer ${token}`;
  }
  return fetch(`${app.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** What the page does: get a token, then start the conversation with it. */
export async function startSession(app: BridgeApp): Promise<Session> {
  const token = (await (await call(app, 'POST', '/api/directline/token')).json()) as Session;
  const started = await call(app, 'POST', '/v3/directline/conversations', token.token);
  assert.equal(started.status, 201);
  return token;
}
