/**
 * Renders a `CardView` as an Adaptive Card 1.5, the highest version Teams renders (platform-notes.md), using
 * only elements Teams and Web Chat both support. Text derived from user input goes into `TextRun`s, which do not
 * interpret markdown, so pasted text cannot turn into links or formatting.
 *
 * Layout rules for a chat window (issue #14): folded sections stay closed until the user presses their toggle,
 * steps are one numbered list, links are inline text links, and the closing question with its buttons is one
 * compact row (Web Chat stacks an ActionSet's buttons full width, so a row is a ColumnSet of one-button sets).
 */
// @ts-nocheck

import type { CardBlock, CardButton, CardSection, CardView } from './cardView';

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

/** Markdown link text; brackets in a title would end the link early. */
function markdownLink(title: string, url: string): string {
  return `[${title.replace(/[[\]]/g, '')}](${url})`;
}

/** Numbered steps as ONE markdown list, so clients number them 1..n instead of "1." each (issue #14, item 2). */
export function numberedList(items: readonly string[], start = 1): string {
  return items.map((item, index) => `${start + index}. ${item}`).join('\n');
}

/** Buttons side by side in every host: one column (sized to its label) per button. */
function buttonRow(buttons: readonly CardButton[], lead?: Element): Element {
  const columns: Element[] = buttons.map((button) => ({
    type: 'Column',
    width: 'auto',
    items: [{ type: 'ActionSet', actions: [submitAction(button)] }],
  }));
  if (lead !== undefined) {
    columns.unshift({ type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [lead] });
  }
  return { type: 'ColumnSet', spacing: 'Medium', columns };
}

/** The toggles side by side (one column each), then the folded sections they open. */
function sectionToggles(sections: readonly CardSection[]): Element[] {
  const toggle = (section: CardSection): Element => ({
    type: 'Action.ToggleVisibility',
    title: section.label,
    targetElements: [section.id],
  });
  return [
    {
      type: 'ColumnSet',
      spacing: 'Medium',
      columns: sections.map((section) => ({
        type: 'Column',
        width: 'stretch',
        items: [{ type: 'ActionSet', actions: [toggle(section)] }],
      })),
    },
    ...sections.map((section) => ({
      type: 'Container',
      id: section.id,
      isVisible: false,
      items: section.blocks.flatMap(renderBlock),
    })),
  ];
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
    case 'steps': {
      const title = block.heading === undefined ? [] : [heading(block.heading)];
      if ((block.start ?? 1) === 1) {
        return [...title, textBlock(numberedList(block.items))];
      }
      // A list that continues after a fold: Web Chat drops a markdown list's start number and would show "1." again,
      // so each step is a plain run that keeps its own number.
      const start = block.start ?? 1;
      return [
        ...title,
        ...block.items.map((item, index) => ({
          type: 'RichTextBlock',
          spacing: 'Small',
          inlines: [{ type: 'TextRun', text: `${start + index}. ${item}` }],
        })),
      ];
    }
    case 'facts':
      // One line per fact, not a FactSet: Web Chat gives a FactSet's titles a 150 px column, which breaks words on a phone.
      return block.facts.map((fact, index) => textBlock(`**${fact.title}:** ${fact.value}`, index === 0 ? {} : { spacing: 'None' }));
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
      return [heading(block.heading), textBlock(block.links.map((link) => `- ${markdownLink(link.title, link.url)}`).join('\n'))];
    case 'buttons':
      return [
        ...(block.heading === undefined ? [] : [heading(block.heading)]),
        { type: 'ActionSet', actions: block.buttons.map(submitAction) },
      ];
    case 'table':
      return [
        {
          type: 'Table',
          spacing: 'Medium',
          showGridLines: false,
          columns: [{ width: 3 }, { width: 2 }],
          rows: [block.columns, ...block.rows].map((cells, index) => ({
            type: 'TableRow',
            cells: cells.map((cell) => ({
              type: 'TableCell',
              items: [textBlock(cell, index === 0 ? { weight: 'Bolder' } : {})],
            })),
          })),
        },
      ];
    case 'choice':
      return [
        {
          type: 'Input.ChoiceSet',
          id: block.field,
          label: block.label,
          spacing: 'Medium',
          value: block.choices[0]?.value ?? '',
          choices: block.choices.map((choice) => ({ title: choice.title, value: choice.value })),
        },
        { type: 'ActionSet', actions: [submitAction(block.submit)] },
      ];
    case 'sections':
      return sectionToggles(block.sections);
  }
}

/** Builds the Adaptive Card JSON for a view. */
export function renderAdaptiveCard(view: CardView): AdaptiveCardJson {
  const body: Element[] = [
    textBlock(view.title, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    ...view.blocks.flatMap(renderBlock),
  ];
  const card: AdaptiveCardJson = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: ADAPTIVE_CARD_VERSION, body };
  if (view.feedback !== undefined) {
    const lead = textBlock(view.feedback.question, { isSubtle: true });
    body.push(buttonRow([...view.feedback.buttons, ...view.actions], lead));
  } else if (view.actions.length > 0) {
    card.actions = view.actions.map(submitAction);
  }
  return card;
}
