/**
 * Builds the guidance card for an intent from its knowledge file: title, short answer, error facts, steps,
 * code, version table, "Learn more" links, live checks, follow-ups and "Talk to a human" (issue #2, item 6).
 */
import type { CheckId, IntentEntry, KnowledgeBase, VersionRow } from '../knowledge/types';
import type { CardBlock, CardButton, CardView } from './cardView';
import { talkToHumanButton } from './commonButtons';

const CHECK_LABELS: Record<CheckId, string> = {
  'key-check': 'Check my key and hash',
  'version-check': 'Check my SDK version',
  'blob-check': 'Check a blob',
  'key-inventory': 'List keys in a container',
};

/** Label of a live-check button; also used by the welcome and help cards. */
export function checkLabel(check: CheckId): string {
  return CHECK_LABELS[check];
}

function versionFacts(rows: readonly VersionRow[]): CardBlock {
  return {
    type: 'facts',
    facts: rows.map((row) => ({
      title: row.component,
      value: row.minVersion === null ? row.note : `${row.minVersion} or later. ${row.note}`,
    })),
  };
}

/** Buttons that jump straight to other intents; the data names the intent so no re-classification happens. */
export function followUpButtons(kb: KnowledgeBase, ids: readonly string[]): CardButton[] {
  return ids.flatMap((id) => {
    const target = kb.intents.get(id);
    return target === undefined ? [] : [{ label: target.title, data: { cpk: 'intent', intent: id } }];
  });
}

export interface GuidanceOptions {
  /** Evidence or warnings shown right under the title. */
  extraBlocks?: CardBlock[];
  /** Checks the bot can run now; a knowledge file may name checks that are not wired up. */
  availableChecks?: ReadonlySet<CheckId>;
}

/** The card for one intent. */
export function guidanceView(kb: KnowledgeBase, entry: IntentEntry, options: GuidanceOptions = {}): CardView {
  const { answer } = entry;
  const blocks: CardBlock[] = [...(options.extraBlocks ?? []), { type: 'text', text: answer.summary }];
  if (answer.error !== undefined) {
    blocks.push({
      type: 'facts',
      facts: [
        { title: 'Error code', value: answer.error.code },
        { title: 'HTTP status', value: String(answer.error.httpStatus) },
        { title: 'Service message', value: answer.error.message },
      ],
    });
  }
  blocks.push(...answer.details.map((text): CardBlock => ({ type: 'text', text })));
  if (answer.steps.length > 0) {
    blocks.push({ type: 'steps', heading: 'What to do', items: answer.steps });
  }
  if (answer.showVersionTable === true) {
    blocks.push({ type: 'text', text: 'First versions with CPK support', style: 'heading' }, versionFacts(kb.versions));
  }
  blocks.push(...answer.code.map((snippet): CardBlock => ({ type: 'code', label: snippet.label, code: snippet.code })));
  const checks = entry.checks.filter((check) => options.availableChecks?.has(check) === true);
  if (checks.length > 0) {
    blocks.push({
      type: 'buttons',
      heading: 'Run a check (no key needed)',
      buttons: checks.map((check) => ({ label: CHECK_LABELS[check], data: { cpk: 'check', check } })),
    });
  }
  if (entry.links.length > 0) {
    blocks.push({ type: 'links', heading: 'Learn more', links: entry.links.map(({ title, url }) => ({ title, url })) });
  }
  // Follow-ups sit in the body under their own heading: as card-level actions they rendered right after the
  // "Was this helpful?" buttons and read like more answers to that question.
  const related = followUpButtons(kb, entry.followUps);
  if (related.length > 0) {
    blocks.push({ type: 'buttons', heading: 'Related questions', buttons: related });
  }
  if (entry.kind === 'guidance') {
    // Issue #6, item 6: every guidance card asks whether it helped; the answer names the intent it rates.
    blocks.push({
      type: 'buttons',
      heading: 'Was this helpful?',
      buttons: [
        { label: 'Yes, it helped', data: { cpk: 'feedback', intent: entry.id, helpful: true } },
        { label: 'No', data: { cpk: 'feedback', intent: entry.id, helpful: false } },
      ],
    });
  }
  const actions = entry.id === 'escalate' ? [] : [talkToHumanButton];
  return { title: entry.title, blocks, actions };
}
