/**
 * The version doctor (issue #4, check 2). Offline: finds storage libraries and versions in pasted text and says
 * for each whether it supports CPK and the minimum to upgrade to, reading only the knowledge version table.
 */
// @ts-nocheck

import type { VersionRow } from '../../knowledge/types';
import type { CheckEvidence, CheckResult, CheckStatus } from '../checkResult';
import { compareVersions, parseVersion, stripRange } from './compareVersions';
import { findLibraryMentions, type LibraryMention } from './findLibraryMentions';

export type LibraryVerdict = 'supported' | 'too-old' | 'no-support' | 'unknown-version' | 'unconfirmed' | 'not-in-table';

export interface LibraryFinding {
  mention: LibraryMention;
  row?: VersionRow;
  verdict: LibraryVerdict;
}

const STATUS_OF: Record<LibraryVerdict, CheckStatus> = {
  supported: 'pass',
  'too-old': 'fail',
  'no-support': 'fail',
  'unknown-version': 'warn',
  unconfirmed: 'warn',
  'not-in-table': 'warn',
};

/** The table row for a mention; rows with a major-version range (legacy vs v12 Python) are picked by major. */
export function findRow(rows: readonly VersionRow[], mention: LibraryMention): VersionRow | undefined {
  const major = parseVersion(mention.version)?.release[0];
  for (const name of mention.names) {
    const lower = name.toLowerCase();
    const row = rows.find(
      (candidate) =>
        candidate.ecosystem === mention.ecosystem &&
        candidate.packageNames.some((packageName) => packageName.toLowerCase() === lower || packageName.toLowerCase().endsWith(`/${lower}`)) &&
        (candidate.appliesFromMajor === undefined || (major !== undefined && major >= candidate.appliesFromMajor)) &&
        (candidate.appliesBelowMajor === undefined || (major !== undefined && major < candidate.appliesBelowMajor)),
    );
    if (row !== undefined) {
      return row;
    }
  }
  return undefined;
}

function judge(rows: readonly VersionRow[], mention: LibraryMention): LibraryFinding {
  const row = findRow(rows, mention);
  if (row === undefined) {
    return { mention, verdict: 'not-in-table' };
  }
  if (row.noSupport === true) {
    return { mention, row, verdict: 'no-support' };
  }
  if (row.minVersion === null) {
    return { mention, row, verdict: 'unconfirmed' };
  }
  const found = parseVersion(mention.version);
  const minimum = parseVersion(row.minVersion);
  if (found === undefined || minimum === undefined) {
    return { mention, row, verdict: 'unknown-version' };
  }
  return { mention, row, verdict: compareVersions(found, minimum) >= 0 ? 'supported' : 'too-old' };
}

/** Notes of fixes released after the user's version (for example Exists() on a CPK blob in .NET 12.9.0). */
function laterFixes(finding: LibraryFinding): string {
  const found = parseVersion(finding.mention.version);
  if (found === undefined) {
    return '';
  }
  const notes = (finding.row?.fixes ?? []).filter((fix) => {
    const fixed = parseVersion(fix.version);
    return fixed !== undefined && compareVersions(found, fixed) < 0;
  });
  return notes.map((fix) => ` ${fix.note}`).join('');
}

function describe(finding: LibraryFinding): CheckEvidence {
  const { mention, row, verdict } = finding;
  const title = row?.component ?? mention.names[0];
  const range = stripRange(mention.version).wasRange ? ' (the lowest version your range allows)' : '';
  const shown = `${mention.version.slice(0, 40)}${range}, from ${mention.source}`;
  switch (verdict) {
    case 'supported':
      return { title, value: `${shown}: supports CPK (first version with CPK: ${row?.minVersion ?? ''}).${laterFixes(finding)}` };
    case 'too-old':
      return { title, value: `${shown}: too old for CPK. Upgrade to ${row?.minVersion ?? ''} or later. ${row?.note ?? ''}` };
    case 'unconfirmed':
    case 'no-support':
      return { title, value: `${shown}: ${row?.note ?? ''}` };
    case 'unknown-version':
      return { title, value: `${shown}: I could not read this version. The first version with CPK is ${row?.minVersion ?? ''}.` };
    case 'not-in-table':
      return { title, value: `${shown}: not in my version table, so I cannot say whether it supports CPK.` };
  }
}

/** Runs the doctor over pasted text. */
export function diagnoseVersions(rows: readonly VersionRow[], text: string): { result: CheckResult; findings: LibraryFinding[] } {
  const findings = findLibraryMentions(text).slice(0, 20).map((mention) => judge(rows, mention));
  if (findings.length === 0) {
    return {
      findings,
      result: {
        check: 'version-check',
        status: 'warn',
        cause: 'I found no storage library or x-ms-version in that text.',
        evidence: [],
        nextSteps: [
          'Paste the dependency lines (package.json, .csproj, pom.xml, requirements.txt, go.mod), an SDK user-agent string or the x-ms-version header.',
        ],
      },
    };
  }
  const statuses = findings.map((finding) => STATUS_OF[finding.verdict]);
  const status: CheckStatus = statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'pass';
  const tooOld = findings.filter((finding) => finding.verdict === 'too-old');
  const noSupport = findings.filter((finding) => finding.verdict === 'no-support');
  const cause =
    status === 'pass'
      ? 'Every storage library and service version I found supports CPK.'
      : status === 'fail'
        ? `${tooOld.length + noSupport.length} of ${findings.length} found ${findings.length === 1 ? 'does' : 'do'} not support CPK.`
        : 'I could not confirm CPK support for everything I found.';
  const nextSteps = [
    ...tooOld.map((finding) => `Upgrade ${finding.row?.component ?? ''} to ${finding.row?.minVersion ?? ''} or later; a current version is better.`),
    ...noSupport.map((finding) => `Move off ${finding.row?.component ?? ''}: no version of it supports CPK (see the evidence).`),
  ];
  if (status !== 'fail') {
    nextSteps.push('If CPK requests still fail, check the key and its SHA-256 with "Check my key and hash".');
  }
  return { findings, result: { check: 'version-check', status, cause, evidence: findings.map(describe), nextSteps } };
}
