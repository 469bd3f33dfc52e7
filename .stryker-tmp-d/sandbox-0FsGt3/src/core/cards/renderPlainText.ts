/**
 * Renders a `CardView` as plain text that reads well alone: for channels that do not render cards, the
 * command-line `ask` tool, and screen readers. Folded sections are written out in full (a plain-text channel has no
 * toggles), and code is indented by four spaces so it stays a block and never turns into a heading or a list.
 */
// @ts-nocheck

import type { CardBlock, CardView } from './cardView';
import { numberedList } from './renderAdaptiveCard';

const INDENT = '    ';

function indent(code: string): string {
  return code
    .split(/\r?\n/)
    .map((line) => (line === '' ? '' : `${INDENT}${line}`))
    .join('\n');
}

function renderBlock(block: CardBlock): string[] {
  switch (block.type) {
    case 'text':
    case 'userText':
      return [block.text];
    case 'steps':
      return [[...(block.heading === undefined ? [] : [`${block.heading}:`]), numberedList(block.items, block.start)].join('\n')];
    case 'facts':
      return [block.facts.map((fact) => `${fact.title}: ${fact.value}`).join('\n')];
    case 'userFacts':
      return [[`${block.heading}:`, ...block.facts.map((fact) => `- ${fact.title}: ${fact.value}`)].join('\n')];
    case 'code':
      return [`${block.label}:\n${indent(block.code)}`];
    case 'links':
      return [[`${block.heading}:`, ...block.links.map((link) => `- ${link.title}: ${link.url}`)].join('\n')];
    case 'buttons':
      return [`${block.heading === undefined ? 'Next' : block.heading}: ${block.buttons.map((button) => button.label).join(' | ')}`];
    case 'table':
      return [block.rows.map(([name, value]) => `- ${name}: ${value}`).join('\n')];
    case 'choice':
      return [`${block.label} Tell me its name and version.`];
    case 'sections':
      return block.sections.flatMap((section) => section.blocks.flatMap(renderBlock));
  }
}

/** The whole view as text, folded sections included. */
export function renderPlainText(view: CardView): string {
  const parts = [view.title, ...view.blocks.flatMap(renderBlock)];
  if (view.feedback !== undefined) {
    parts.push(`${view.feedback.question} ${view.feedback.buttons.map((button) => button.label).join(' | ')}`);
  }
  if (view.actions.length > 0) {
    parts.push(`You can also: ${view.actions.map((action) => action.label).join(' | ')}`);
  }
  return parts.join('\n\n');
}

/**
 * Title and first paragraph, cut to one notification line: the activity's `summary` (Teams shows it in
 * notifications and the activity feed) and the card's `fallbackText`.
 */
export function renderShortText(view: CardView, maxLength = 160): string {
  const first = view.blocks.find((block): block is Extract<CardBlock, { type: 'text' }> => block.type === 'text');
  const full = first === undefined ? view.title : `${view.title}: ${first.text}`;
  return full.length <= maxLength ? full : `${full.slice(0, maxLength - 1).trimEnd()}…`;
}
