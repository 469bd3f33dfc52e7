/**
 * `npm run report [-- --dir <folder>]`: summarises recorded feedback (issue #6, item 6): questions that fell
 * back, intents with low helpfulness, escalation rate. The folder defaults to FEEDBACK_DIR.
 */
import { loadConfig, loadDotEnv } from '../src/config';
import { formatFeedbackReport, summariseFeedback } from '../src/core/feedback/feedbackReport';
import { readFeedbackRecords } from '../src/core/feedback/jsonLinesFeedbackSink';

export async function main(args: readonly string[]): Promise<number> {
  const dirIndex = args.indexOf('--dir');
  let folder: string;
  if (dirIndex >= 0) {
    const value = args[dirIndex + 1];
    if (value === undefined) {
      process.stderr.write('usage: npm run report [-- --dir <folder>]\n');
      return 2;
    }
    folder = value;
  } else {
    loadDotEnv();
    folder = loadConfig(process.env).feedbackDir;
  }
  const { records, badLines } = await readFeedbackRecords(folder);
  process.stdout.write(formatFeedbackReport(summariseFeedback(records)));
  if (badLines > 0) {
    process.stdout.write(`(${badLines} unreadable line${badLines === 1 ? '' : 's'} skipped)\n`);
  }
  return 0;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
