/**
 * The relay between a user and the engineer who has their case (issue #19, items 2-4). Every change goes to the
 * case store first (any instance may be serving the user or the engineer), then is delivered: to the user's
 * conversation proactively, and into the case's thread in the Teams agents' channel when there is one. Text is
 * redacted before it is stored or sent, so a key pasted by either side never travels or lands in a transcript.
 */
// @ts-nocheck

import type { Activity } from 'botbuilder';
import { acceptCase, addAgentMessage, agentNameOf, closeCase } from '../../core/cases/caseTransitions';
import { CASE_TEXT, rateHumanHelpView } from '../../core/cases/caseViews';
import type { ClosedBy, SupportCase } from '../../core/cases/supportCase';
import type { Logger } from '../../core/logging/logger';
import type { CaseStore } from '../../storage/caseStore';
import { activityFromView } from '../activityFromView';
import { type Delivery, deliverProactively, type ProactiveAdapter } from './proactiveDelivery';
import { type TeamsAgentsTarget, teamsAgentsReference } from './teamsAgentsTarget';
import { conversationReferenceOf } from './userReference';

export interface CaseRelayDeps {
  store: CaseStore;
  adapter: ProactiveAdapter;
  botAppId: string;
  teamsAgents?: TeamsAgentsTarget;
  logger: Logger;
  /** Deadline of one proactive delivery. */
  deliveryTimeoutMs: number;
  /** Redaction of what either side writes (the one redaction function plus the desk key). */
  redact: (text: string) => string;
  now?: () => Date;
}

/** What a relay step did; the desk maps each kind to its HTTP answer. */
export type RelayResult =
  | { kind: 'done'; current: SupportCase; delivered: boolean }
  | { kind: 'not-found' }
  | { kind: 'refused'; refusal: 'closed' | 'not-accepted' | 'taken'; current: SupportCase };

export class CaseRelay {
  constructor(private readonly deps: CaseRelayDeps) {}

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }

  private get delivery(): Delivery {
    return { adapter: this.deps.adapter, botAppId: this.deps.botAppId, timeoutMs: this.deps.deliveryTimeoutMs };
  }

  /** An engineer takes a waiting case; the user is told "<name> from support has joined". */
  async accept(caseId: string, agentName: string): Promise<RelayResult> {
    const name = agentNameOf(this.deps.redact(agentName));
    const update = await this.deps.store.update(caseId, (current) => acceptCase(current, name, this.now()));
    if (!update.found) {
      return { kind: 'not-found' };
    }
    if (!update.ok) {
      return { kind: 'refused', refusal: update.refusal, current: update.current };
    }
    if (update.before.state === 'active') {
      return { kind: 'done', current: update.current, delivered: true };
    }
    const delivered = await this.toUser(update.current, [{ type: 'message', text: CASE_TEXT.joined(name) }]);
    await this.toThread(update.current, CASE_TEXT.thread.accepted(name));
    return { kind: 'done', current: update.current, delivered };
  }

  /** An engineer's message: stored redacted, delivered to the user with the engineer named. */
  async agentMessage(caseId: string, text: string): Promise<RelayResult> {
    const update = await this.deps.store.update(caseId, (current) => addAgentMessage(current, this.deps.redact(text), this.now()));
    if (!update.found) {
      return { kind: 'not-found' };
    }
    if (!update.ok) {
      return { kind: 'refused', refusal: update.refusal, current: update.current };
    }
    const message = update.current.messages[update.current.messages.length - 1];
    const agentName = update.current.agentName ?? 'Support engineer';
    const delivered = await this.toUser(update.current, [
      { type: 'message', text: CASE_TEXT.fromAgent(agentName, message?.text ?? ''), channelData: { cpkCase: { caseId, agentName } } },
    ]);
    return { kind: 'done', current: update.current, delivered };
  }

  /**
   * Closes a case. `notifyUser` is false when the user's own turn closes it (the turn answers instead); otherwise
   * the user hears that the bot is back, and after an engineer's close is asked to rate the human help.
   */
  async close(caseId: string, by: ClosedBy, notifyUser: boolean, timeoutSeconds = 0): Promise<RelayResult> {
    const update = await this.deps.store.update(caseId, (current) => closeCase(current, by, this.now()));
    if (!update.found) {
      return { kind: 'not-found' };
    }
    if (!update.ok) {
      return { kind: 'refused', refusal: update.refusal, current: update.current };
    }
    let delivered = true;
    if (notifyUser) {
      const activities: Partial<Activity>[] = [{ type: 'message', text: backText(by, timeoutSeconds) }];
      if (by === 'agent' && update.before.state === 'active') {
        activities.push(activityFromView(rateHumanHelpView(update.current), update.current.channel));
      }
      delivered = await this.toUser(update.current, activities);
    }
    await this.toThread(update.current, CASE_TEXT.thread.closed(by));
    return { kind: 'done', current: update.current, delivered };
  }

  /** Posts a line into the case's Teams thread, if it has one; a failure is logged, not thrown (the case goes on). */
  async toThread(current: SupportCase, text: string): Promise<boolean> {
    const target = this.deps.teamsAgents;
    const thread = current.teamsThread;
    if (target === undefined || thread === undefined) {
      return false;
    }
    try {
      await deliverProactively(this.delivery, 'posting to the case thread', teamsAgentsReference(target, thread.bot, thread.rootActivityId), [{ type: 'message', text, textFormat: 'plain' }]);
      return true;
    } catch (error) {
      this.deps.logger.error('case thread post failed', { caseId: current.id, error });
      return false;
    }
  }

  /** Delivers to the user's conversation; false (logged) when the channel did not take it within the deadline. */
  private async toUser(current: SupportCase, activities: Partial<Activity>[]): Promise<boolean> {
    try {
      await deliverProactively(this.delivery, 'delivering to the user', conversationReferenceOf(current.reference), activities);
      return true;
    } catch (error) {
      this.deps.logger.error('case delivery to the user failed', { caseId: current.id, channel: current.channel, error });
      return false;
    }
  }
}

function backText(by: ClosedBy, timeoutSeconds: number): string {
  if (by === 'timeout') {
    return CASE_TEXT.back.timeout(Math.max(1, Math.round(timeoutSeconds / 60)));
  }
  return CASE_TEXT.back[by];
}
