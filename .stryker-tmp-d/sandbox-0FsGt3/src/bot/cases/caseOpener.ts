/**
 * Opens a case at handoff (issue #19, item 1): stored with the user's conversation reference, summary and
 * redacted transcript, and, when a Teams agents' channel is configured, posted there as one card with Accept and
 * Close whose thread then belongs to the case. A card that cannot be posted is logged: the case still waits on
 * the desk and the queue timeout still brings the bot back.
 */
// @ts-nocheck

import { randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import { openCase } from '../../core/cases/caseTransitions';
import { caseCardView } from '../../core/cases/caseViews';
import type { SupportCase } from '../../core/cases/supportCase';
import { waitEstimateText } from '../../core/cases/waitEstimate';
import type { CaseSummary } from '../../core/handoff/caseSummary';
import { activityFromView } from '../activityFromView';
import type { CaseServices } from './caseServices';
import { deliverProactively } from './proactiveDelivery';
import { teamsAgentsReference } from './teamsAgentsTarget';
import { userReferenceOf } from './userReference';

export class CaseOpener {
  constructor(private readonly services: CaseServices) {}

  /** "Cases usually wait about …", from the recent waits in the store. */
  async waitText(): Promise<string> {
    return waitEstimateText(await this.services.store.recentWaits(), this.services.timeoutSeconds);
  }

  async open(context: TurnContext, summary: CaseSummary, transcript: readonly Activity[]): Promise<SupportCase> {
    const now = (this.services.now ?? (() => new Date()))();
    const created = openCase({ id: randomUUID(), reference: userReferenceOf(context.activity), summary, transcript, now });
    await this.services.store.create(created);
    this.services.logger.info('case opened', { caseId: created.id, channel: created.channel, conversationId: created.conversationId });
    const target = this.services.teamsAgents;
    if (target === undefined) {
      return created;
    }
    const bot = this.services.botAppId === '' ? { id: context.activity.recipient.id, name: 'CPK bot' } : { id: `28:${this.services.botAppId}`, name: 'CPK bot' };
    try {
      const [posted] = await deliverProactively(
        { adapter: context.adapter, botAppId: this.services.botAppId, timeoutMs: this.services.deliveryTimeoutMs },
        'posting the case card',
        teamsAgentsReference(target, bot),
        [activityFromView(caseCardView(created), 'msteams')],
      );
      const rootActivityId = posted?.id;
      if (rootActivityId === undefined || rootActivityId === '') {
        this.services.logger.warn('case card posted without an id: replies in its thread cannot be matched', { caseId: created.id });
        return created;
      }
      await this.services.store.linkThread(rootActivityId, created.id);
      return (await this.services.store.patch(created.id, (current) => ({ ...current, teamsThread: { rootActivityId, bot } }))) ?? created;
    } catch (error) {
      this.services.logger.error('case card not posted to the Teams agents channel', { caseId: created.id, error });
      return created;
    }
  }
}
