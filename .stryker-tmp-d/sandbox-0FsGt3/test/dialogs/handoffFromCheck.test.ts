// @ts-nocheck
import assert from 'node:assert/strict';
import { type Activity, ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { DialogSet, type DialogState, DialogTurnStatus, WaterfallDialog } from 'botbuilder-dialogs';
import { HandoffDialog } from '../../dialogs/handoffDialog';
import { HANDOFF_DIALOG_ID, type HandoffDialogOptions } from '../../dialogs/handoffOptions';
import type { ConversationData } from '../../src/bot/conversationData';
import { CaseOpener } from '../../src/bot/cases/caseOpener';
import { HandoffSender } from '../../src/bot/handoffSender';
import { redactSecrets } from '../../src/core/redaction/redact';
import { CaseStore } from '../../src/storage/caseStore';
import { nullFeedbackSink } from '../../src/core/feedback/feedbackRecord';
import type { CaseSummary } from '../../src/core/handoff/caseSummary';
import { silentLogger } from '../../src/core/logging/logger';
import { readTurn } from '../../src/core/routing/turn';
import { keepTurn } from '../../src/bot/turnRecord';
import { cardTitle, realKnowledge } from '../support/testConversation';

/** A stand-in for a live check (issue #4) that finds something only support can resolve. */
function fakeCheck(): WaterfallDialog {
  return new WaterfallDialog('key-check', [
    async (step) => {
      const options: HandoffDialogOptions = {
        reason: 'check-needs-support',
        checkResults: [{ check: 'key-check', status: 'service-error', summary: 'the service answered 500 twice', supportNeeded: true }],
      };
      return step.beginDialog(HANDOFF_DIALOG_ID, options);
    },
  ]);
}

describe('handoff: a check that says support is needed begins the handoff dialog', () => {
  it('asks to confirm with the check reason and passes the check results on', async () => {
    const state = new ConversationState(new MemoryStorage());
    const conversationData = state.createProperty<ConversationData>('conversationData');
    const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
    dialogs.add(fakeCheck());
    dialogs.add(
      new HandoffDialog({
        knowledge: realKnowledge(),
        conversationData,
        sender: new HandoffSender({ botAppId: '', logger: silentLogger }),
        // An agent route exists (the desk), so the bot may promise an engineer (issue #19).
        cases: new CaseOpener({ store: new CaseStore(new MemoryStorage()), botAppId: '', logger: silentLogger, deliveryTimeoutMs: 1000, timeoutSeconds: 900, redact: redactSecrets }),
        feedback: nullFeedbackSink,
        logger: silentLogger,
        rerouteDialogId: 'key-check',
      }),
    );
    // The bot reads each turn before the dialogs run (issue #16); this harness does the same, with no topic matched.
    const noTopic = { match: () => ({ kind: 'fallback' as const, reason: 'no-known-words' as const, ranked: [] }) };
    const adapter = new TestAdapter(async (context) => {
      keepTurn(context, readTurn(context.activity, noTopic, 4000));
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) {
        await dc.beginDialog('key-check');
      }
      await state.saveChanges(context);
    });
    const say = async (turn: string | Partial<Activity>): Promise<Partial<Activity>[]> => {
      await adapter.receiveActivity(turn);
      return adapter.activeQueue.splice(0);
    };
    const confirm = await say('check my key');
    assert.equal(cardTitle(confirm[0]), 'Talk to a support engineer?');
    assert.match(JSON.stringify(confirm[0]), /The check found something that Azure support has to look at/);
    await say('yes');
    const replies = await say({ type: 'message', value: { cpk: 'answer', answer: 'skip' } });
    const event = replies.find((reply) => reply.name === 'handoff.initiate');
    const summary = event?.value as CaseSummary;
    assert.equal(summary.reason, 'check-needs-support');
    assert.deepEqual(summary.checks.map((check) => check.status), ['service-error']);
  });
});
