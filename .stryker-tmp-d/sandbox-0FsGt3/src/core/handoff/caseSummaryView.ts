/**
 * The case summary as a card ("This is what I'll pass on") and as plain text for transcripts and the Teams
 * agents' channel. Everything that came from the user is in `userText`/`userFacts` blocks (no markdown, no links).
 */
// @ts-nocheck

import type { CardBlock, CardView } from '../cards/cardView';
import type { CaseSummary } from './caseSummary';
import type { EntityKind } from './caseFacts';

export const CASE_SUMMARY_TITLE = "This is what I'll pass on";

const ENTITY_LABELS: Record<EntityKind, string> = {
  errorCode: 'Error code',
  httpStatus: 'HTTP status',
  requestId: 'Request id',
  xMsVersion: 'x-ms-version',
  sdkVersion: 'SDK version',
  account: 'Storage account',
  container: 'Container',
  blob: 'Blob',
  keyFingerprint: 'Key fingerprint (SHA-256)',
};

const REASONS: Record<CaseSummary['reason'], string> = {
  'user-request': 'The user asked for a person',
  'repeated-fallback': 'The bot did not understand twice in a row',
  'check-needs-support': 'A check found something support must handle',
};

/**
 * Who reads the summary. The user sees what will be passed on, in their words; support metadata (topic and PES
 * ids, cloud names, the intent id and confidence) is for staff only (issue #14, item 6).
 */
export type SummaryAudience = 'customer' | 'staff';

export function caseSummaryView(summary: CaseSummary, title = CASE_SUMMARY_TITLE, audience: SummaryAudience = 'customer'): CardView {
  const topic =
    summary.intent === undefined
      ? 'not identified'
      : audience === 'staff'
        ? `${summary.intent.title} (${summary.intent.id}, confidence ${summary.intent.confidence})`
        : summary.intent.title;
  const blocks: CardBlock[] = [
    { type: 'text', text: 'Problem', style: 'heading' },
    { type: 'userText', text: summary.problem },
    {
      type: 'facts',
      facts: [
        { title: 'Reason', value: REASONS[summary.reason] },
        { title: 'Topic', value: topic },
        { title: 'Channel', value: summary.channel },
      ],
    },
  ];
  if (summary.user !== undefined) {
    blocks.push({ type: 'userFacts', heading: 'User', facts: [{ title: 'Name or id', value: summary.user }] });
  }
  if (summary.entities.length > 0) {
    blocks.push({ type: 'userFacts', heading: 'Details found', facts: summary.entities.map((entity) => ({ title: ENTITY_LABELS[entity.kind], value: entity.value })) });
  }
  if (summary.checks.length > 0) {
    blocks.push({ type: 'userFacts', heading: 'Checks run', facts: summary.checks.map((check) => ({ title: `${check.check} (${check.status})`, value: check.summary })) });
  }
  if (summary.cardsShown.length > 0) {
    blocks.push({ type: 'steps', heading: 'Answers already shown', items: summary.cardsShown });
  }
  if (summary.userNote !== undefined) {
    blocks.push({ type: 'text', text: 'Note from the user', style: 'heading' }, { type: 'userText', text: summary.userNote });
  }
  if (summary.support !== undefined && audience === 'staff') {
    blocks.push({
      type: 'facts',
      facts: [
        { title: 'Support topic ids', value: summary.support.supportTopicIds.join(', ') },
        { title: 'Product (PES) ids', value: summary.support.productPesIds.join(', ') },
        { title: 'Clouds', value: summary.support.cloud.join(', ') },
      ],
    });
  }
  blocks.push({ type: 'text', text: 'Keys are never passed on; a key appears only as its SHA-256 fingerprint.', style: 'subtle' });
  return { title, blocks, actions: [] };
}
