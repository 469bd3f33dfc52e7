/**
 * Production Direct Line: exchanges the Direct Line secret for a short-lived token on the server, so the secret
 * never reaches the browser (issue #5, item 3; platform-notes.md "Web Chat without Azure").
 */
// @ts-nocheck

import { randomBytes } from 'node:crypto';

export interface DirectLineToken {
  token: string;
  conversationId: string;
  expiresIn: number;
  userId: string;
}

/** The token service answered with something other than a token; carries the status only, never the body. */
export class TokenExchangeError extends Error {
  constructor(readonly status: number) {
    super(`The Direct Line token service answered ${status === 0 ? 'nothing (unreachable or timed out)' : `HTTP ${status}`}.`);
    this.name = 'TokenExchangeError';
  }
}

/** Default client-side deadline of the exchange (`AUTH_TIMEOUT_MS`, issue #18). */
const TOKEN_TIMEOUT_MS = 10_000;

/**
 * `POST {endpoint}/v3/directline/tokens/generate` with `Authorization: Bearer <secret>` and a generated `dl_`
 * user id (the `dl_` prefix tells Direct Line the id was not user-supplied and is safe to trust).
 */
export async function exchangeSecretForToken(endpoint: string, secret: string, trustedOrigins: readonly string[], timeoutMs = TOKEN_TIMEOUT_MS): Promise<DirectLineToken> {
  const userId = `dl_${randomBytes(12).toString('base64url')}`;
  const body: Record<string, unknown> = { user: { id: userId } };
  if (trustedOrigins.length > 0) {
    body.trustedOrigins = trustedOrigins;
  }
  let response: Response;
  try {
    response = await fetch(`${endpoint}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    throw new TokenExchangeError(0);
  }
  const json: unknown = await response.json().catch(() => undefined);
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (!response.ok || typeof record.token !== 'string' || typeof record.conversationId !== 'string') {
    throw new TokenExchangeError(response.status);
  }
  return {
    token: record.token,
    conversationId: record.conversationId,
    expiresIn: typeof record.expires_in === 'number' ? record.expires_in : 3600,
    userId,
  };
}
