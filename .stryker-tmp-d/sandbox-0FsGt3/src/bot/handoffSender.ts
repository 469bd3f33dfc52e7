/**
 * Carries a case summary to human agents (issue #6, item 3). On Direct Line, Web Chat and the Emulator: the Bot
 * Framework `handoff.initiate` event with the summary as its value and the redacted transcript (stored turns plus
 * the current one) as its attachment. On Teams, which refuses bot event activities (platform-notes.md): a
 * proactive card to the configured agents' channel or chat.
 */
// @ts-nocheck

import type { Activity, ConversationReference, TranscriptStore, TurnContext } from 'botbuilder';
import { EventFactory } from './kit/botbuilderKit';
import type { CaseSummary } from '../core/handoff/caseSummary';
import { caseSummaryView } from '../core/handoff/caseSummaryView';
import type { Logger } from '../core/logging/logger';
import { redactDeep } from '../core/redaction/redact';
import { activityFromView } from './activityFromView';

export interface TeamsAgentsTarget {
  serviceUrl: string;
  conversationId: string;
  tenantId: string;
}

export interface HandoffSenderDeps {
  botAppId: string;
  transcriptStore?: TranscriptStore;
  teamsAgents?: TeamsAgentsTarget;
  logger: Logger;
}

export type HandoffRoute = 'event' | 'teams' | 'unavailable';

export class HandoffSender {
  constructor(private readonly deps: HandoffSenderDeps) {}

  /** Sends the summary on the channel's route; `currentTurn` holds what the bot already sent this turn. */
  async send(context: TurnContext, summary: CaseSummary, currentTurn: Partial<Activity>[]): Promise<HandoffRoute> {
    if (context.activity.channelId === 'msteams') {
      return this.sendToTeamsAgents(context, summary);
    }
    return this.sendEvent(context, summary, await this.transcript(context, currentTurn));
  }

  /** The `handoff.initiate` event for contact-centre products on Direct Line (also sent when a case opens, issue #19). */
  async sendEvent(context: TurnContext, summary: CaseSummary, activities: Activity[]): Promise<'event'> {
    const event = EventFactory.createHandoffInitiation(context, redactDeep(summary), { activities });
    await context.sendActivity(event);
    this.deps.logger.info('handoff initiated', { route: 'event', activities: activities.length, conversationId: summary.conversationId });
    return 'event';
  }

  /** The redacted conversation so far including this turn (its replies are recorded only at the turn's end). */
  async transcript(context: TurnContext, currentTurn: Partial<Activity>[]): Promise<Activity[]> {
    const { channelId, conversation } = context.activity;
    let stored: Activity[] = [];
    try {
      stored = this.deps.transcriptStore === undefined ? [] : (await this.deps.transcriptStore.getTranscriptActivities(channelId, conversation.id)).items;
    } catch (error) {
      // The handoff goes ahead with this turn only: an unreachable transcript store must not cost the escalation.
      this.deps.logger.warn('handoff without the stored transcript: the store did not answer', { error });
    }
    // The turn recorder stores the user's message before the turn runs (issue #18): it is added below once.
    stored = stored.filter((activity) => activity.id === undefined || activity.id !== context.activity.id);
    const now = new Date().toISOString();
    const sent = currentTurn.map((activity) => ({
      ...activity,
      from: activity.from ?? context.activity.recipient,
      recipient: activity.recipient ?? context.activity.from,
      conversation: activity.conversation ?? conversation,
      channelId,
      timestamp: activity.timestamp ?? now,
    }));
    return redactDeep([...stored, context.activity, ...sent] as Activity[]);
  }

  private async sendToTeamsAgents(context: TurnContext, summary: CaseSummary): Promise<HandoffRoute> {
    const target = this.deps.teamsAgents;
    if (target === undefined) {
      this.deps.logger.warn('handoff unavailable: no Teams agents conversation configured');
      return 'unavailable';
    }
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: target.serviceUrl,
      conversation: { id: target.conversationId, isGroup: true, conversationType: 'channel', tenantId: target.tenantId, name: 'agents' },
      bot: context.activity.recipient,
      // The continuation activity's `from`; TranscriptLoggerMiddleware reads `from.role` and throws without it.
      user: { id: 'cpk-escalation', name: 'CPK bot escalation', role: 'user' },
    };
    const card = activityFromView(caseSummaryView(redactDeep(summary), 'New escalation from the CPK bot', 'staff'), 'msteams');
    await context.adapter.continueConversationAsync(this.deps.botAppId, reference, async (agentsContext) => {
      await agentsContext.sendActivity(card);
    });
    this.deps.logger.info('handoff initiated', { route: 'teams', conversationId: summary.conversationId });
    return 'teams';
  }
}
