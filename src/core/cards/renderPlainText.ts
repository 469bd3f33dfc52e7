/**
 * Renders a `CardView` as plain text that reads well alone: for channels and transcripts that do not render
 * cards, the command-line `ask` tool, and screen readers.
 */
import type { CardBlock, CardView } from './cardView';

function renderBlock(block: CardBlock): string {
  switch (block.type) {
    case 'text':
    case 'userText':
      return block.text;
    case 'steps':
      return [`${block.heading}:`, ...block.items.map((item, index) => `${index + 1}. ${item}`)].join('\n');
    case 'facts':
      return block.facts.map((fact) => `${fact.title}: ${fact.value}`).join('\n');
    case 'userFacts':
      return [`${block.heading}:`, ...block.facts.map((fact) => `- ${fact.title}: ${fact.value}`)].join('\n');
    case 'code':
      return `${block.label}:\n${block.code}`;
    case 'links':
      return [`${block.heading}:`, ...block.links.map((link) => `- ${link.title}: ${link.url}`)].join('\n');
    case 'buttons':
      return `${block.heading}: ${block.buttons.map((button) => button.label).join(' | ')}`;
  }
}

/** The whole view as text. */
export function renderPlainText(view: CardView): string {
  const parts = [view.title, ...view.blocks.map(renderBlock)];
  if (view.actions.length > 0) {
    parts.push(`You can also: ${view.actions.map((action) => action.label).join(' | ')}`);
  }
  return parts.join('\n\n');
}

/** Title and first paragraph only, for channels (Teams) that show the text above the rendered card. */
export function renderShortText(view: CardView): string {
  const first = view.blocks.find((block) => block.type === 'text');
  return first === undefined ? view.title : `${view.title}: ${renderBlock(first)}`;
}
