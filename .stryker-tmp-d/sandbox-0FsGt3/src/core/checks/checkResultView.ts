/**
 * Turns a `CheckResult` into a `CardView`, so a check result is rendered by the same Adaptive Card and plain-text
 * renderers as every other reply. Evidence goes into `userFacts` because it may quote what the user pasted.
 */
// @ts-nocheck

import type { CardBlock, CardButton, CardView } from '../cards/cardView';
import { startOverButton, talkToHumanButton } from '../cards/commonButtons';
import { checkLabel } from '../cards/guidanceView';
import type { CheckResult, CheckStatus } from './checkResult';

const STATUS_TEXT: Record<CheckStatus, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  warn: 'WARNING',
  error: 'COULD NOT CHECK',
};

/** The card for one check result, with "run again", "start over" and "talk to a human". */
export function checkResultView(result: CheckResult, extraBlocks: readonly CardBlock[] = []): CardView {
  const blocks: CardBlock[] = [
    { type: 'text', text: `Result: ${STATUS_TEXT[result.status]}`, style: result.status === 'pass' ? 'heading' : 'warning' },
    { type: 'userText', text: result.cause },
    ...extraBlocks,
  ];
  if (result.evidence.length > 0) {
    blocks.push({ type: 'userFacts', heading: 'Evidence', facts: result.evidence });
  }
  if (result.nextSteps.length > 0) {
    blocks.push({ type: 'steps', heading: 'Next steps', items: result.nextSteps });
  }
  const again: CardButton = { label: 'Run this check again', data: { cpk: 'check', check: result.check } };
  return { title: checkLabel(result.check), blocks, actions: [again, startOverButton, talkToHumanButton] };
}
