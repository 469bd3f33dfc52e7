/**
 * Delivers one activity to the bot over HTTP, exactly as the Direct Line service would: a POST to
 * `/api/messages` that returns when the bot's turn has finished. Bounded by a timeout.
 */
// @ts-nocheck


import { randomBytes } from 'node:crypto';

/** Longest a bot turn may take before the bridge gives up on it (live checks are bounded well below this). */
export const FORWARD_TIMEOUT_MS = 60_000;

/**
 * Marks the bridge's own forwards (a random value per process, never sent anywhere else), so a graceful shutdown
 * serves the forward of a bridge request it already accepted instead of refusing it as new work (issue #18).
 */
export const BRIDGE_FORWARD_HEADER = 'x-cpk-bridge-forward';
export const BRIDGE_FORWARD_MARK = randomBytes(18).toString('base64url');

/** Posts the activity and returns the bot's HTTP status (0 when it could not be reached). */
export async function forwardToBot(botUrl: string, activity: Record<string, unknown>): Promise<number> {
  try {
    const response = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [BRIDGE_FORWARD_HEADER]: BRIDGE_FORWARD_MARK },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(FORWARD_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
