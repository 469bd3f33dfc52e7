/**
 * Renders a `CardView` as an Adaptive Card 1.5, the highest version Teams renders (platform-notes.md), using
 * only elements Teams and Web Chat both support. Text derived from user input goes into `TextRun`s, which do not
 * interpret markdown, so pasted text cannot turn into links or formatting.
 */
import type { CardBlock, CardButton, CardView } from './cardView';

export const ADAPTIVE_CARD_VERSION = '1.5';

/** Adaptive Card JSON (the subset this project emits). */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };
type Element = Record<string, unknown>;

function submitAction(button: CardButton): Element {
  return { type: 'Action.Submit', title: button.label, data: button.data };
}

function textBlock(text: string, extra: Element = {}): Element {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

function heading(text: string): Element {
  return textBlock(text, { weight: 'Bolder', spacing: 'Medium' });
}

function renderBlock(block: CardBlock): Element[] {
  switch (block.type) {
    case 'text': {
      const style: Element =
        block.style === 'heading'
          ? { weight: 'Bolder', spacing: 'Medium' }
          : block.style === 'subtle'
            ? { isSubtle: true, size: 'Small' }
            : block.style === 'warning'
              ? { color: 'Attention', weight: 'Bolder' }
              : {};
      return [textBlock(block.text, style)];
    }
    case 'userText':
      return [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: block.text }] }];
    case 'steps':
      return [heading(block.heading), ...block.items.map((item, index) => textBlock(`${index + 1}. ${item}`, { spacing: 'Small' }))];
    case 'facts':
      return [{ type: 'FactSet', facts: block.facts.map((fact) => ({ title: fact.title, value: fact.value })) }];
    case 'userFacts':
      return [
        heading(block.heading),
        ...block.facts.map((fact) => ({
          type: 'RichTextBlock',
          spacing: 'None',
          inlines: [
            { type: 'TextRun', text: `${fact.title}: `, weight: 'Bolder' },
            { type: 'TextRun', text: fact.value },
          ],
        })),
      ];
    case 'code':
      return [
        heading(block.label),
        {
          type: 'Container',
          style: 'emphasis',
          items: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: block.code, fontType: 'Monospace' }] }],
        },
      ];
    case 'links':
      return [
        heading(block.heading),
        { type: 'ActionSet', actions: block.links.map((link) => ({ type: 'Action.OpenUrl', title: link.title, url: link.url })) },
      ];
    case 'buttons':
      return [heading(block.heading), { type: 'ActionSet', actions: block.buttons.map(submitAction) }];
  }
}

/** Builds the Adaptive Card JSON for a view. */
export function renderAdaptiveCard(view: CardView): AdaptiveCardJson {
  const card: AdaptiveCardJson = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body: [textBlock(view.title, { size: 'Large', weight: 'Bolder', style: 'heading' }), ...view.blocks.flatMap(renderBlock)],
  };
  if (view.actions.length > 0) {
    card.actions = view.actions.map(submitAction);
  }
  return card;
}
