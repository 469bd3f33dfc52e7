/**
 * The SDK version table in a form that reads at 375 px (issue #14, item 3): a two-column Adaptive Cards 1.5 table
 * with short names (no word breaks), a "Which SDK are you on?" choice, and a card for a single row.
 */
// @ts-nocheck

import type { KnowledgeBase, VersionRow } from '../knowledge/types';
import type { CardBlock, CardView } from './cardView';
import { talkToHumanButton } from './commonButtons';

/** The first version as a cell: "12.0.0" or what the sources say instead. */
export function firstVersionText(row: VersionRow): string {
  return row.minVersion ?? 'See notes';
}

export function versionTableBlock(rows: readonly VersionRow[]): CardBlock {
  return { type: 'table', columns: ['SDK or tool', 'First version'], rows: rows.map((row) => [row.shortName, firstVersionText(row)]) };
}

/** A compact drop-down of the table's rows: the answer is that row alone. */
export function versionChoiceBlock(rows: readonly VersionRow[]): CardBlock {
  return {
    type: 'choice',
    label: 'Which SDK are you on?',
    field: 'row',
    choices: rows.map((row) => ({ title: row.shortName, value: row.id })),
    submit: { label: 'Show my SDK', data: { cpk: 'versionRow', row: '' } },
  };
}

/** The answer for one row of the table, named by the user or picked from the choice. */
export function versionRowView(kb: KnowledgeBase, row: VersionRow): CardView {
  const first =
    row.minVersion === null
      ? 'Microsoft’s documentation does not name a first version with CPK support.'
      : `First version with CPK support: ${row.minVersion}.`;
  const sdkVersions = kb.intents.get('sdk-versions');
  const links = sdkVersions?.links.slice(0, 2) ?? [];
  return {
    title: row.component,
    blocks: [
      { type: 'text', text: first, style: 'heading' },
      { type: 'text', text: row.note },
      ...(links.length > 0 ? [{ type: 'links' as const, heading: 'Learn more', links: links.map(({ title, url }) => ({ title, url })) }] : []),
      {
        type: 'buttons',
        buttons: [
          { label: 'Check my SDK version', data: { cpk: 'check', check: 'version-check' } },
          { label: sdkVersions?.label ?? 'All SDK versions', data: { cpk: 'intent', intent: 'sdk-versions' } },
        ],
      },
    ],
    actions: [talkToHumanButton],
  };
}
