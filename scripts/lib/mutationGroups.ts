/**
 * The mutation run in groups, and its score per file (issue #21).
 *
 * Groups: Stryker runs, for each mutant, every listed test that reached the mutated code. Every part of the bot
 * calls the redactor, so with one test list a redaction mutant also ran the dialog and hanging-endpoint tests that
 * merely pass text through it: 38 minutes for the three redaction files. The redactor's own tests take about 11
 * seconds and are the ones that must catch a redaction bug, so the redaction files run with them alone; the other
 * named files keep the whole list (the redaction tests also exercise the key check's decoder).
 *
 * Scores: Stryker's `break` threshold applies to a whole run, so one weak file hides behind strong ones. The issue's
 * target is per file, so each file's score is read from the JSON report.
 */

export interface MutationGroup {
  name: string;
  mutate: string[];
  spec: string[];
}

const REDACTION_SOURCES = 'src/core/redaction/';
const REDACTION_TESTS = 'dist/test/core/redaction/';
const LOGGER_TEST = 'dist/test/core/logging/logger.test.js';

function isRedactionTest(spec: string): boolean {
  return spec.startsWith(REDACTION_TESTS) || spec === LOGGER_TEST;
}

/** The named files split into the redaction group and the rest, each with its tests; empty groups are left out. */
export function mutationGroups(mutate: readonly string[], spec: readonly string[]): MutationGroup[] {
  const redaction = mutate.filter((file) => file.startsWith(REDACTION_SOURCES));
  const rest = mutate.filter((file) => !file.startsWith(REDACTION_SOURCES));
  return [
    { name: 'redaction', mutate: redaction, spec: spec.filter(isRedactionTest) },
    { name: 'checks, routing, case summary and handoff', mutate: rest, spec: [...spec] },
  ].filter((group) => group.mutate.length > 0);
}

export interface FileScore {
  file: string;
  /** Detected (killed or timed out) over detected, survived and uncovered, in percent; undefined with no mutant. */
  score: number | undefined;
  detected: number;
  survived: number;
  noCoverage: number;
}

/** A mutant as the JSON report gives it; the location and replacement name a survivor in CI's output. */
export interface ReportMutant {
  status: string;
  mutatorName?: string;
  replacement?: string;
  location?: { start: { line: number; column: number } };
}

/** The part of Stryker's JSON report (mutation-testing-report-schema) that scores need. */
export interface MutationReport {
  files: Record<string, { mutants: ReportMutant[] }>;
}

/**
 * Each file's mutation score as Stryker computes it: ignored mutants (static ones left out, `// Stryker disable`
 * with a reason) and mutants that did not compile or crashed count for nothing.
 */
export function fileScores(report: MutationReport): FileScore[] {
  return Object.entries(report.files)
    .map(([file, { mutants }]) => {
      const count = (...statuses: string[]): number => mutants.filter((mutant) => statuses.includes(mutant.status)).length;
      const detected = count('Killed', 'Timeout');
      const survived = count('Survived');
      const noCoverage = count('NoCoverage');
      const valid = detected + survived + noCoverage;
      return { file, score: valid === 0 ? undefined : (100 * detected) / valid, detected, survived, noCoverage };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The files whose score is under `breakAt` (a file without a valid mutant cannot fail). */
export function filesUnder(scores: readonly FileScore[], breakAt: number): FileScore[] {
  return scores.filter((entry) => entry.score !== undefined && entry.score < breakAt);
}
