/**
 * Reads every feedback blob of the container (all instances, all days still kept) for `npm run report`, in name
 * order (day, then instance), each within a deadline.
 */
// @ts-nocheck

import type { ContainerClient } from '@azure/storage-blob';
import { type ParsedFeedback, parseFeedbackLines } from '../../core/feedback/parseFeedbackLines';

export async function readBlobFeedback(container: ContainerClient, requestTimeoutMs = 30_000): Promise<ParsedFeedback & { blobs: number }> {
  const result: ParsedFeedback & { blobs: number } = { records: [], badLines: 0, blobs: 0 };
  if (!(await container.exists({ abortSignal: AbortSignal.timeout(requestTimeoutMs) }))) {
    return result;
  }
  const names: string[] = [];
  for await (const blob of container.listBlobsFlat({ abortSignal: AbortSignal.timeout(requestTimeoutMs) })) {
    if (blob.name.endsWith('.jsonl')) {
      names.push(blob.name);
    }
  }
  for (const name of names.sort()) {
    const text = (await container.getBlobClient(name).downloadToBuffer(0, undefined, { abortSignal: AbortSignal.timeout(requestTimeoutMs) })).toString('utf8');
    const parsed = parseFeedbackLines(text);
    result.records.push(...parsed.records);
    result.badLines += parsed.badLines;
    result.blobs += 1;
  }
  return result;
}
