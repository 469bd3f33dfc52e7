/**
 * Delivers one activity to the bot over HTTP, exactly as the Direct Line service would: a POST to
 * `/api/messages` that returns when the bot's turn has finished. Bounded by a timeout.
 */

/** Longest a bot turn may take before the bridge gives up on it (live checks are bounded well below this). */
export const FORWARD_TIMEOUT_MS = 60_000;

/** Posts the activity and returns the bot's HTTP status (0 when it could not be reached). */
export async function forwardToBot(botUrl: string, activity: Record<string, unknown>): Promise<number> {
  try {
    const response = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(FORWARD_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
