/**
 * Records every turn in the transcript, failed turns included (issue #18). It replaces botbuilder's
 * `TranscriptLoggerMiddleware`, which logged at the end of a turn without awaiting the store and skipped
 * every turn that threw (with two instances racing, 41 of 100 answered turns were missing):
 * - the user's activity is recorded before the bot runs, so before any answer is sent;
 * - replies (and updates and deletions) are collected as they are sent, also those whose sending failed;
 * - an error is handled here (apology with a correlation id) and the turn gets a `turnFailed` trace entry
 *   saying what failed (`conflict`, `outage`, `timeout`, `exception`);
 * - the rest is recorded in a `finally` and awaited, so an answered turn is durable (store or spool) before
 *   its HTTP response ends.
 * Each entry gets a strictly increasing timestamp per conversation, so Blob transcripts keep the turn's order.
 */
// @ts-nocheck

import type { Activity, ConversationReference, Middleware, ResourceResponse, TurnContext } from 'botbuilder';
import { MonotonicClock } from '../../core/io/monotonicClock';
import type { TurnFailure } from '../onTurnError';
import type { DurableTranscriptLogger } from './durableTranscriptLogger';

export const TURN_FAILED_TRACE = 'turnFailed';
/** Turn-state key set while the recorder covers a turn: its errors are handled (and answered) here. */
export const RECORDED_TURN = Symbol('recordedTurn');

export class TurnRecorder implements Middleware {
  private readonly clock = new MonotonicClock();

  constructor(
    private readonly transcripts: DurableTranscriptLogger,
    private readonly handleError: (context: TurnContext, error: unknown) => Promise<TurnFailure>,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const incoming = context.activity;
    context.turnState.set(RECORDED_TURN, true);
    const key = `${incoming.channelId}\n${incoming.conversation?.id ?? ''}`;
    const stamp = (activity: Partial<Activity>): Partial<Activity> => ({ ...activity, timestamp: this.clock.next(key) });
    if (incoming.from !== undefined && incoming.from.role === undefined) {
      incoming.from.role = 'user';
    }
    // Skills' ContinueConversation events only set up a turn; botbuilder never logged them either.
    const logged = !(incoming.type === 'event' && incoming.name === 'ContinueConversation');
    if (logged) {
      await this.transcripts.log([stamp({ ...incoming })]);
    }
    const rest: Partial<Activity>[] = [];
    context.onSendActivities(async (_context, activities, sendNext) => {
      let responses: ResourceResponse[] | undefined;
      try {
        responses = await sendNext();
        return responses;
      } finally {
        activities.forEach((activity, index) => {
          const id = responses?.[index]?.id ?? activity.id ?? `${incoming.id ?? 'turn'}|reply-${rest.length}`;
          rest.push(stamp({ ...activity, id, ...(responses === undefined ? { channelData: { ...asRecord(activity.channelData), notDelivered: true } } : {}) }));
        });
      }
    });
    context.onUpdateActivity(async (_context, activity, updateNext) => {
      await updateNext();
      rest.push(stamp({ ...activity, type: 'messageUpdate' }));
    });
    context.onDeleteActivity(async (_context, reference: Partial<ConversationReference>, deleteNext) => {
      await deleteNext();
      rest.push(stamp({ type: 'messageDelete', id: reference.activityId, conversation: reference.conversation, channelId: reference.channelId, from: reference.bot, recipient: reference.user }));
    });
    try {
      await next();
    } catch (error) {
      const failure = await this.handleError(context, error);
      rest.push(stamp(turnFailedTrace(incoming, failure)));
    } finally {
      // A proactive turn's own event is not recorded, but what it sends is (issue #19: an engineer's relayed words).
      if (logged || rest.length > 0) {
        await this.transcripts.log(rest);
      }
    }
  }
}

/** The transcript entry that marks a failed turn: what failed and the correlation id of the log line. */
function turnFailedTrace(incoming: Activity, failure: TurnFailure): Partial<Activity> {
  return {
    type: 'trace',
    id: `${incoming.id ?? 'turn'}|failed`,
    name: TURN_FAILED_TRACE,
    label: `Turn failed (${failure.kind})`,
    valueType: 'https://cpk-support-bot/turnFailed',
    value: { failure: failure.kind, correlationId: failure.correlationId },
    replyToId: incoming.id,
    channelId: incoming.channelId,
    conversation: incoming.conversation,
    from: { ...incoming.recipient, role: 'bot' },
    recipient: incoming.from,
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
