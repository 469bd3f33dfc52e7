/**
 * Auth off is local-only (issue #15): with `MicrosoftAppId` empty nobody's identity is checked, so the server
 * refuses to listen beyond loopback unless `ALLOW_UNAUTHENTICATED_REMOTE=true` says the risk is accepted, and
 * then it says so loudly at every start.
 */
// @ts-nocheck

import type { AppConfig } from '../config';
import { ConfigError } from '../config';
import type { Logger } from '../core/logging/logger';
import { isLoopbackHost } from './loopback';

export const REMOTE_WARNING =
  'WARNING: authentication is OFF (MicrosoftAppId is empty) and the bot listens beyond loopback because ' +
  'ALLOW_UNAUTHENTICATED_REMOTE=true: anyone who can reach this port can drive the bot. Set MicrosoftAppId for any shared use.';

/** Throws for an unauthenticated non-loopback HOST; warns (log and stderr) when that was explicitly allowed. */
export function checkUnauthenticatedExposure(config: AppConfig, logger: Logger, warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  if (config.microsoftAppId !== '' || isLoopbackHost(config.host)) {
    return;
  }
  if (!config.allowUnauthenticatedRemote) {
    throw new ConfigError(
      'HOST',
      'a loopback address (127.0.0.1, ::1 or localhost) while MicrosoftAppId is empty (auth off); set MicrosoftAppId, or ALLOW_UNAUTHENTICATED_REMOTE=true to accept an unauthenticated bot on the network',
      config.host,
    );
  }
  logger.warn('authentication off on a non-loopback interface', { host: config.host });
  warn(REMOTE_WARNING);
}
