/** One entry per conversation, keeping the earliest `created` (BlobsTranscriptStore lists one per activity). */
// @ts-nocheck

export function uniqueTranscripts<T extends { id: string; created: Date }>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const seen = byId.get(item.id);
    if (seen === undefined || item.created.getTime() < seen.created.getTime()) {
      byId.set(item.id, item);
    }
  }
  return [...byId.values()];
}
