/**
 * How long cases usually wait before an engineer accepts (issue #19, item 5: say it before promising anyone).
 * The median of recent waits, in words; with no history the honest answer is the queue limit.
 */
// @ts-nocheck


/** Most recent waits kept for the estimate. */
export const MAX_RECENT_WAITS = 20;

export function medianSeconds(waits: readonly number[]): number | undefined {
  const sorted = waits.filter((value) => Number.isFinite(value) && value >= 0).sort((a, b) => a - b);
  if (sorted.length === 0) {
    return undefined;
  }
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function minutesText(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** "Cases usually wait about 4 minutes." or, without history, the most a case waits before the bot comes back. */
export function waitEstimateText(recentWaits: readonly number[], timeoutSeconds: number): string {
  const median = medianSeconds(recentWaits);
  if (median === undefined) {
    return `An engineer usually answers within ${minutesText(timeoutSeconds)}; if nobody does, I come back.`;
  }
  return `Cases usually wait about ${minutesText(median)} for an engineer (at most ${minutesText(timeoutSeconds)}, then I come back).`;
}
