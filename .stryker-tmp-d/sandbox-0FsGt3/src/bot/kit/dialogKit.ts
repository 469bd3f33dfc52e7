/**
 * The parts of botbuilder-dialogs this bot uses, each imported from its own file. The package's index loads every
 * prompt, and with them the Microsoft.Recognizers.Text suites (number, date-time, choice): about 400 ms of a
 * ~1.3 s cold start (issue #8) for prompts that only the live checks use. The prompts therefore load on first
 * use (`textPrompt`, `confirmPrompt`, `choicePrompt`, through `LazyDialog`). Types come from the index: type imports vanish from the output.
 * The deep paths are stable because botbuilder-dialogs is pinned (4.23.3); `test/bot/coldStart.test.ts` fails if
 * start-up loads a recognizer again.
 */
// @ts-nocheck

import type { TurnContext } from 'botbuilder';
import type { DialogStateManagerConfiguration, FoundChoice, PromptValidator } from 'botbuilder-dialogs';
import type { Dialog } from 'botbuilder-dialogs/lib/dialog';
import type { DialogContext } from 'botbuilder-dialogs/lib/dialogContext';
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
export function confirmPrompt(id: string, validator?: PromptValidator<boolean>): Dialog {
  return suggestedActionsPrompt(id, async () => {
    const { ConfirmPrompt } = await import('botbuilder-dialogs/lib/prompts/confirmPrompt');
    return new ConfirmPrompt(id, validator, 'en-us');
  });
}

/** A ChoicePrompt (en-us) offering suggested actions, loaded on first use. */
export function choicePrompt(id: string, validator?: PromptValidator<FoundChoice>): Dialog {
  return suggestedActionsPrompt(id, async () => {
    const { ChoicePrompt } = await import('botbuilder-dialogs/lib/prompts/choicePrompt');
    return new ChoicePrompt(id, validator, 'en-us');
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

/**
 * The turn-state key under which `DialogStateManager` looks for its configuration before building one
 * (botbuilder-dialogs 4.23.3, `memory/dialogStateManager.js`; the package does not export it).
 */
const DIALOG_STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

/**
 * Builds the dialog memory configuration (memory scopes and path resolvers) once per process instead of once per
 * turn. botbuilder-dialogs builds it in the first `DialogStateManager` of every turn by instantiating every memory
 * scope through a service collection: ~0.1 ms of every turn's CPU under load (issue #8). The scopes keep no
 * state of their own (they read and write the turn context and dialog context they are given), so one set can
 * serve every turn. The first turn builds it the framework's own way; later turns are handed that result.
 */
export class SharedDialogStateConfiguration {
  private configuration: DialogStateManagerConfiguration | undefined;

  /** Call before creating the turn's first DialogContext. */
  offer(context: TurnContext): void {
    if (this.configuration !== undefined) {
      context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, this.configuration);
    }
  }

  /** Call with the turn's first DialogContext: keeps the configuration the framework built, if none yet. */
  keep(dialogContext: DialogContext): void {
    this.configuration ??= dialogContext.state.configuration;
  }
}
