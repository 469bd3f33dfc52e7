/**
 * Builds the guidance card for an intent from its knowledge file. The first view fits a phone (issue #14, item 2):
 * title, the short answer, up to three numbered steps, one row of at most three next steps, and one compact
 * "Helpful? Yes | No | Talk to a human" row. Everything else (further steps, error facts, caveats, the version
 * table, sources, more checks and questions) is behind "Show details"; code samples are behind "Show code".
 */
// @ts-nocheck

import type { CheckId, IntentEntry, KnowledgeBase } from '../knowledge/types';
import type { CardBlock, CardButton, CardSection, CardView } from './cardView';
import { talkToHumanButton } from './commonButtons';
import { versionChoiceBlock, versionTableBlock } from './versionViews';

const CHECK_LABELS: Record<CheckId, string> = {
  'key-check': 'Check my key and hash',
  'version-check': 'Check my SDK version',
  'blob-check': 'Check a blob',
  'key-inventory': 'List keys in a container',
};

/** Steps and next-step buttons shown before the fold. */
const FIRST_VIEW_STEPS = 3;
const FIRST_VIEW_BUTTONS = 3;

/** Label of a live-check button; also used by the welcome and help cards. */
export function checkLabel(check: CheckId): string {
  return CHECK_LABELS[check];
}

/** Buttons that jump straight to other intents; the data names the intent so no re-classification happens. */
export function followUpButtons(kb: KnowledgeBase, ids: readonly string[]): CardButton[] {
  return ids.flatMap((id) => {
    const target = kb.intents.get(id);
    return target === undefined ? [] : [{ label: target.label, data: { cpk: 'intent', intent: id } }];
  });
}

export interface GuidanceOptions {
  /** Evidence or warnings shown right under the title. */
  extraBlocks?: CardBlock[];
  /** Checks the bot can run now; a knowledge file may name checks that are not wired up. */
  availableChecks?: ReadonlySet<CheckId>;
}

/** The first check leads the next-step row (it is the most useful thing to do); follow-ups fill the rest. */
function nextSteps(checks: readonly CardButton[], related: readonly CardButton[]): { row: CardButton[]; more: CardButton[] } {
  const ordered = [...checks.slice(0, 1), ...related, ...checks.slice(1)];
  return { row: ordered.slice(0, FIRST_VIEW_BUTTONS), more: ordered.slice(FIRST_VIEW_BUTTONS) };
}

function detailBlocks(kb: KnowledgeBase, entry: IntentEntry, more: readonly CardButton[]): CardBlock[] {
  const { answer } = entry;
  const blocks: CardBlock[] = [];
  if (answer.steps.length > FIRST_VIEW_STEPS) {
    blocks.push({ type: 'steps', items: answer.steps.slice(FIRST_VIEW_STEPS), start: FIRST_VIEW_STEPS + 1 });
  }
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
  if (answer.showVersionTable === true) {
    blocks.push({ type: 'text', text: 'First versions with CPK support', style: 'heading' }, versionTableBlock(kb.versions));
  }
  if (more.length > 0) {
    blocks.push({ type: 'buttons', heading: 'More you can do', buttons: [...more] });
  }
  if (entry.links.length > 0) {
    blocks.push({ type: 'links', heading: 'Learn more', links: entry.links.map(({ title, url }) => ({ title, url })) });
  }
  return blocks;
}

/** The reasons behind an answer, unfolded: the reply to "why?" after it (issue #17, item 3). */
export function topicDetailsView(entry: IntentEntry): CardView {
  const blocks: CardBlock[] = entry.answer.details.map((text): CardBlock => ({ type: 'text', text }));
  if (entry.links.length > 0) {
    blocks.push({ type: 'links', heading: 'Learn more', links: entry.links.map(({ title, url }) => ({ title, url })) });
  }
  return { title: `Why: ${entry.title}`, blocks: blocks.length > 0 ? blocks : [{ type: 'text', text: entry.answer.summary }], actions: [talkToHumanButton] };
}

/** The card for one intent. */
export function guidanceView(kb: KnowledgeBase, entry: IntentEntry, options: GuidanceOptions = {}): CardView {
  const { answer } = entry;
  const blocks: CardBlock[] = [...(options.extraBlocks ?? []), { type: 'text', text: answer.summary }];
  if (answer.steps.length > 0) {
    blocks.push({ type: 'steps', items: answer.steps.slice(0, FIRST_VIEW_STEPS) });
  }
  if (answer.showVersionTable === true) {
    blocks.push(versionChoiceBlock(kb.versions));
  }
  const checks = entry.checks
    .filter((check) => options.availableChecks?.has(check) === true)
    .map((check): CardButton => ({ label: CHECK_LABELS[check], data: { cpk: 'check', check } }));
  const { row, more } = nextSteps(checks, followUpButtons(kb, entry.followUps));
  const sections: CardSection[] = [];
  const details = detailBlocks(kb, entry, more);
  if (details.length > 0) {
    sections.push({ id: 'details', label: 'Show details', blocks: details });
  }
  if (answer.code.length > 0) {
    sections.push({ id: 'code', label: 'Show code', blocks: answer.code.map((snippet): CardBlock => ({ type: 'code', label: snippet.label, code: snippet.code })) });
  }
  if (sections.length > 0) {
    blocks.push({ type: 'sections', sections });
  }
  if (row.length > 0) {
    blocks.push({ type: 'buttons', buttons: row });
  }
  const actions = entry.id === 'escalate' ? [] : [talkToHumanButton];
  if (entry.kind !== 'guidance') {
    return { title: entry.title, blocks, actions };
  }
  // Issue #6, item 6: every guidance card asks whether it helped; the answer names the intent it rates.
  const feedback = {
    question: 'Helpful?',
    buttons: [
      { label: 'Yes', data: { cpk: 'feedback', intent: entry.id, helpful: true } },
      { label: 'No', data: { cpk: 'feedback', intent: entry.id, helpful: false } },
    ] satisfies CardButton[],
  };
  return { title: entry.title, blocks, actions, feedback };
}
