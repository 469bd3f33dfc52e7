/**
 * Reads feedback records from JSON-lines text, wherever the text was stored (a file, append blobs): broken lines
 * are counted, not fatal, so one torn write never hides the rest of a report.
 */
// @ts-nocheck

import type { FeedbackRecord } from './feedbackRecord';

export interface ParsedFeedback {
  records: FeedbackRecord[];
  badLines: number;
}

export function parseFeedbackLines(text: string): ParsedFeedback {
  const records: FeedbackRecord[] = [];
  let badLines = 0;
  for (const line of text.split('\n').filter((entry) => entry.trim() !== '')) {
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { kind?: unknown }).kind === 'string') {
        records.push(parsed as FeedbackRecord);
      } else {
        badLines += 1;
      }
    } catch {
      badLines += 1;
    }
  }
  return { records, badLines };
}
