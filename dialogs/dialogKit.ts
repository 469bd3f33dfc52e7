/**
 * The parts of botbuilder-dialogs this bot uses, each imported from its own file. The package's index loads every
 * prompt, and with them the Microsoft.Recognizers.Text suites (number, date-time, choice): about 400 ms of a
 * ~1.3 s cold start (issue #8) for prompts that only the live checks use. The prompts therefore load on first
 * use (`textPrompt`, `confirmPrompt`, `choicePrompt`, through `LazyDialog`). Types come from the index: type imports vanish from the output.
 * The deep paths are stable because botbuilder-dialogs is pinned (4.23.3); `test/bot/coldStart.test.ts` fails if
 * start-up loads a recognizer again.
 */
import type { PromptValidator } from 'botbuilder-dialogs';
import type { Dialog } from 'botbuilder-dialogs/lib/dialog';
import { LazyDialog } from './lazyDialog';

export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export type {
  DialogContext,
  DialogState,
  DialogTurnResult,
  FoundChoice,
  PromptValidatorContext,
  WaterfallStepContext,
} from 'botbuilder-dialogs';

/** A TextPrompt, loaded on first use. */
export function textPrompt(id: string, validator?: PromptValidator<string>): Dialog {
  return new LazyDialog(id, async () => {
    const { TextPrompt } = await import('botbuilder-dialogs/lib/prompts/textPrompt');
    return new TextPrompt(id, validator);
  });
}

/** A yes/no ConfirmPrompt (en-us) offering suggested actions, loaded on first use. */
export function confirmPrompt(id: string): Dialog {
  return suggestedActionsPrompt(id, async () => {
    const { ConfirmPrompt } = await import('botbuilder-dialogs/lib/prompts/confirmPrompt');
    return new ConfirmPrompt(id, undefined, 'en-us');
  });
}

/** A ChoicePrompt (en-us) offering suggested actions, loaded on first use. */
export function choicePrompt(id: string): Dialog {
  return suggestedActionsPrompt(id, async () => {
    const { ChoicePrompt } = await import('botbuilder-dialogs/lib/prompts/choicePrompt');
    return new ChoicePrompt(id, undefined, 'en-us');
  });
}

/** A list-style prompt built on first use and set to show its choices as suggested actions. */
function suggestedActionsPrompt(id: string, create: () => Promise<Dialog & { style: number }>): Dialog {
  return new LazyDialog(id, async () => {
    const [prompt, { ListStyle }] = await Promise.all([create(), import('botbuilder-dialogs/lib/prompts/prompt')]);
    prompt.style = ListStyle.suggestedAction;
    return prompt;
  });
}
