/**
 * What the case parts of the bot share (issue #19): the store, the Teams agents' channel, delivery settings and
 * the redaction of what people write. Built once in the composition root; a relay is made per adapter (the turn's
 * own adapter inside a turn, the server's adapter for the agent desk).
 */
// @ts-nocheck

import type { Logger } from '../../core/logging/logger';
import { redactSecrets } from '../../core/redaction/redact';
import type { CaseStore } from '../../storage/caseStore';
import { CaseRelay } from './caseRelay';
import type { ProactiveAdapter } from './proactiveDelivery';
import type { TeamsAgentsTarget } from './teamsAgentsTarget';

export interface CaseServices {
  store: CaseStore;
  botAppId: string;
  teamsAgents?: TeamsAgentsTarget;
  logger: Logger;
  deliveryTimeoutMs: number;
  /** `HANDOFF_QUEUE_TIMEOUT_SECONDS`: a case waiting this long is closed and the bot is back. */
  timeoutSeconds: number;
  /** The one redaction function, plus the agent desk's key should someone paste it. */
  redact: (text: string) => string;
  now?: () => Date;
}

/** Redaction for case text: every secret the one function knows, and the desk key itself. */
export function caseRedaction(deskKey: () => string | undefined): (text: string) => string {
  return (text) => {
    const key = deskKey();
    const withoutKey = key === undefined || key === '' ? text : text.split(key).join('[agent desk key]');
    return redactSecrets(withoutKey);
  };
}

export function relayFor(services: CaseServices, adapter: ProactiveAdapter): CaseRelay {
  return new CaseRelay({
    store: services.store,
    adapter,
    botAppId: services.botAppId,
    ...(services.teamsAgents === undefined ? {} : { teamsAgents: services.teamsAgents }),
    logger: services.logger,
    deliveryTimeoutMs: services.deliveryTimeoutMs,
    redact: services.redact,
    ...(services.now === undefined ? {} : { now: services.now }),
  });
}
