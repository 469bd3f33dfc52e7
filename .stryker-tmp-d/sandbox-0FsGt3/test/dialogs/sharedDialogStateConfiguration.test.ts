// @ts-nocheck
import assert from 'node:assert/strict';
import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import type { DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import {
  DialogSet,
  type DialogState,
  DialogTurnStatus,
  SharedDialogStateConfiguration,
  WaterfallDialog,
} from '../../src/bot/kit/dialogKit';

/**
 * Issue #8: the dialog memory configuration is built once per process, not once per turn. The first turn builds it
 * the framework's way; later turns must be handed that same object (if botbuilder-dialogs stopped reading the
 * turn-state key, every turn would build a fresh one and this fails), and dialog memory must still work.
 */
describe('SharedDialogStateConfiguration', () => {
  it('hands every later turn the configuration the first turn built, and waterfall memory still works', async () => {
    const conversationState = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    dialogs.add(
      new WaterfallDialog('remember', [
        async (step) => {
          (step.values as { first?: string }).first = step.context.activity.text;
          await step.context.sendActivity('say another');
          return { status: DialogTurnStatus.waiting };
        },
        async (step) => {
          await step.context.sendActivity(`first ${String((step.values as { first?: string }).first)}, then ${String(step.context.activity.text)}`);
          return step.endDialog();
        },
      ]),
    );
    const shared = new SharedDialogStateConfiguration();
    const seen: DialogStateManagerConfiguration[] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      shared.offer(context);
      const dialogContext = await dialogs.createContext(context);
      shared.keep(dialogContext);
      seen.push(dialogContext.state.configuration);
      const result = await dialogContext.continueDialog();
      if (result.status === DialogTurnStatus.empty) {
        await dialogContext.beginDialog('remember');
      }
      await conversationState.saveChanges(context);
    });

    await adapter.send('alpha').assertReply('say another').send('beta').assertReply('first alpha, then beta');
    await adapter.send('gamma').assertReply('say another');

    assert.equal(seen.length, 3);
    assert.ok((seen[0]?.memoryScopes.length ?? 0) > 0, 'the first turn built memory scopes');
    assert.equal(seen[1], seen[0]);
    assert.equal(seen[2], seen[0]);
  });

  it('a DialogSet without it builds a new configuration every turn (what the class saves)', async () => {
    const dialogs = new DialogSet(new ConversationState(new MemoryStorage()).createProperty<DialogState>('dialogState'));
    const seen: DialogStateManagerConfiguration[] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      seen.push((await dialogs.createContext(context)).state.configuration);
      await context.sendActivity('ok');
    });
    await adapter.send('one').assertReply('ok').send('two').assertReply('ok');
    assert.notEqual(seen[1], seen[0]);
  });
});
