/**
 * `npm run report [-- --dir <folder>]`: summarises recorded feedback (issue #6, item 6): questions that fell
 * back, intents with low helpfulness, escalation rate. With Blob storage configured it reads every append blob of
 * FEEDBACK_CONTAINER (all instances and days, issue #20); otherwise, or with --dir, the folder (FEEDBACK_DIR).
 */
// @ts-nocheck

import { loadConfig, loadDotEnv } from '../../src/config';
import { formatFeedbackReport, summariseFeedback } from '../../src/core/feedback/feedbackReport';
import { readFeedbackRecords } from '../../src/storage/feedback/jsonLinesFeedbackSink';
import type { ParsedFeedback } from '../../src/core/feedback/parseFeedbackLines';
import { blobContainerClient, blobStorageConfigured } from '../../src/storage/blobContainerClient';
import { readBlobFeedback } from '../../src/storage/feedback/readBlobFeedback';

export async function main(args: readonly string[]): Promise<number> {
  const dirIndex = args.indexOf('--dir');
  let read: ParsedFeedback;
  if (dirIndex >= 0) {
    const value = args[dirIndex + 1];
    if (value === undefined) {
      process.stderr.write('usage: npm run report [-- --dir <folder>]\n');
      return 2;
    }
    read = await readFeedbackRecords(value);
  } else {
    loadDotEnv();
    const config = loadConfig(process.env);
    if (blobStorageConfigured(config)) {
      const fromBlobs = await readBlobFeedback(await blobContainerClient(config, config.feedbackContainer, { retryOptions: { maxTries: 2, tryTimeoutInMs: 30_000 } }));
      process.stdout.write(`(${fromBlobs.blobs} feedback blob${fromBlobs.blobs === 1 ? '' : 's'} in container ${config.feedbackContainer})\n`);
      read = fromBlobs;
    } else {
      read = await readFeedbackRecords(config.feedbackDir);
    }
  }
  const { records, badLines } = read;
  process.stdout.write(formatFeedbackReport(summariseFeedback(records)));
  if (badLines > 0) {
    process.stdout.write(`(${badLines} unreadable line${badLines === 1 ? '' : 's'} skipped)\n`);
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // One line, no stack: a storage error's message names the account, never a key.
      process.stderr.write(`npm run report failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
