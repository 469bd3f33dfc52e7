/**
 * Version parsing and ordering that understands the pre-release spellings in the CPK version table: npm/NuGet/
 * Maven `12.0.0-preview.3`, `12.0.0-beta.1`, Python `12.0.0b3`/`12.0.0rc1`, Go `v0.12.0`, and REST dates
 * `2019-02-02`. A pre-release sorts before its release (12.0.0b3 < 12.0.0), as in semver and PEP 440.
 */
// @ts-nocheck


export interface ParsedVersion {
  release: number[];
  /** Pre-release identifiers (labels normalised), or empty for a release. */
  pre: (string | number)[];
  /** A REST service version date, compared as text. */
  date?: string;
}

/** Pre-release labels in order; aliases map onto these (PEP 440 a/b/c, npm alpha/beta/preview/rc). */
const LABEL_ORDER = ['dev', 'alpha', 'beta', 'preview', 'rc'] as const;
const ALIASES: Record<string, (typeof LABEL_ORDER)[number]> = {
  dev: 'dev',
  a: 'alpha',
  alpha: 'alpha',
  b: 'beta',
  beta: 'beta',
  pre: 'preview',
  preview: 'preview',
  c: 'rc',
  rc: 'rc',
};

/** Removes a range operator (`^`, `~`, `>=`, `~=`, `==`) and a leading `v`; says whether one was there. */
export function stripRange(text: string): { version: string; wasRange: boolean } {
  const trimmed = text.trim();
  const match = /^(\^|~=|~|>=|==|===|=|>)?\s*v?(.*)$/i.exec(trimmed);
  const operator = match?.[1] ?? '';
  return { version: (match?.[2] ?? trimmed).trim(), wasRange: operator !== '' && operator !== '=' && operator !== '==' && operator !== '===' };
}

/** Parses a version, or returns undefined for anything it does not understand (then the check says "unknown"). */
export function parseVersion(text: string): ParsedVersion | undefined {
  const { version } = stripRange(text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(version)) {
    return { release: [], pre: [], date: version };
  }
  const match = /^(\d{1,6}(?:\.\d{1,6}){0,3})(?:[-.]?([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version);
  if (match === null) {
    return undefined;
  }
  const release = match[1].split('.').map(Number);
  const pre: (string | number)[] = [];
  for (const part of (match[2] ?? '').split(/[.-]/).filter((token) => token !== '')) {
    for (const token of part.match(/[A-Za-z]+|\d+/g) ?? []) {
      if (/^\d+$/.test(token)) {
        pre.push(Number(token));
      } else {
        const label = ALIASES[token.toLowerCase()];
        if (label === undefined) {
          return undefined;
        }
        pre.push(label);
      }
    }
  }
  return { release, pre };
}

function compareIdentifier(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  if (typeof a === 'number') {
    return -1;
  }
  if (typeof b === 'number') {
    return 1;
  }
  return LABEL_ORDER.indexOf(a as (typeof LABEL_ORDER)[number]) - LABEL_ORDER.indexOf(b as (typeof LABEL_ORDER)[number]);
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareVersions(a: ParsedVersion, b: ParsedVersion): number {
  if (a.date !== undefined || b.date !== undefined) {
    return (a.date ?? '').localeCompare(b.date ?? '');
  }
  const length = Math.max(a.release.length, b.release.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (a.release[index] ?? 0) - (b.release[index] ?? 0);
    if (difference !== 0) {
      return Math.sign(difference);
    }
  }
  if (a.pre.length === 0 || b.pre.length === 0) {
    return Math.sign(b.pre.length - a.pre.length);
  }
  const preLength = Math.max(a.pre.length, b.pre.length);
  for (let index = 0; index < preLength; index += 1) {
    const left = a.pre[index];
    const right = b.pre[index];
    if (left === undefined || right === undefined) {
      return left === undefined ? -1 : 1;
    }
    const difference = compareIdentifier(left, right);
    if (difference !== 0) {
      return Math.sign(difference);
    }
  }
  return 0;
}
