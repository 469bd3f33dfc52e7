/**
 * Which row of the version table a question names ("which Python version supports CPK?"), so the bot can answer
 * that row alone instead of the whole table (issue #14, item 3). Names come from the knowledge (package names and
 * everyday aliases); a question naming none or several gets the whole table.
 */
// @ts-nocheck

import type { VersionRow } from '../../knowledge/types';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a whole word: "Go SDK" must not match inside "go ahead", ".NET" not inside "dotnet.net". */
function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\w.+#/@-])${escape(name)}(?![\\w+#/-]|\\.\\w)`, 'i');
}

/** The one row the text names, or undefined when it names none or more than one. */
export function findNamedRow(rows: readonly VersionRow[], text: string): VersionRow | undefined {
  const named = rows.filter((row) => [...row.packageNames, ...row.aliases].some((name) => namePattern(name).test(text)));
  return named.length === 1 ? named[0] : undefined;
}
