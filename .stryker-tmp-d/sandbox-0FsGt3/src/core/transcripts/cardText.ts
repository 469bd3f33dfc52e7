/**
 * The readable text of an Adaptive Card as the bot builds them (TextBlock, RichTextBlock runs, FactSet, Table,
 * Container and ColumnSet, ActionSet, choice inputs, card actions), for the HTML transcript where cards are shown
 * as their text. Folded sections are read too: a transcript shows what the user could open.
 */
// @ts-nocheck


function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function elementLines(element: unknown): string[] {
  const record = asRecord(element);
  if (record === undefined) {
    return [];
  }
  switch (record.type) {
    case 'TextBlock':
      return typeof record.text === 'string' ? [record.text] : [];
    case 'RichTextBlock': {
      const runs = Array.isArray(record.inlines) ? record.inlines : [];
      return [runs.map((run) => (typeof run === 'string' ? run : text(asRecord(run)?.text))).join('')];
    }
    case 'FactSet': {
      const facts = Array.isArray(record.facts) ? record.facts : [];
      return facts.map((fact) => `${text(asRecord(fact)?.title)}: ${text(asRecord(fact)?.value)}`);
    }
    case 'Container':
    case 'Column':
    case 'TableCell':
      return (Array.isArray(record.items) ? record.items : []).flatMap(elementLines);
    case 'ColumnSet': {
      const columns = Array.isArray(record.columns) ? record.columns : [];
      return [columns.flatMap(elementLines).join(' ')].filter((line) => line !== '');
    }
    case 'Table':
      return (Array.isArray(record.rows) ? record.rows : []).map((row) => {
        const cells = asRecord(row)?.cells;
        return (Array.isArray(cells) ? cells : []).map((cell) => elementLines(cell).join(' ')).join(' | ');
      });
    case 'Input.ChoiceSet': {
      const choices = Array.isArray(record.choices) ? record.choices : [];
      return [`${text(record.label)} (${choices.map((choice) => text(asRecord(choice)?.title)).join(', ')})`];
    }
    case 'ActionSet':
      return [actionsLine(record.actions)].filter((line) => line !== '');
    default:
      return [];
  }
}

function actionsLine(actions: unknown): string {
  const list = Array.isArray(actions) ? actions : [];
  const titles = list.map((action) => asRecord(action)?.title).filter((title): title is string => typeof title === 'string');
  return titles.length === 0 ? '' : `[${titles.join('] [')}]`;
}

/** The card's lines of text, title first; buttons shown as `[label]`. */
export function adaptiveCardText(card: unknown): string[] {
  const record = asRecord(card);
  if (record === undefined) {
    return [];
  }
  const body = Array.isArray(record.body) ? record.body : [];
  const lines = body.flatMap(elementLines);
  const actions = actionsLine(record.actions);
  return actions === '' ? lines : [...lines, actions];
}
