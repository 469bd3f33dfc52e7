/**
 * The signing-key cache for auth on, reading the same metadata settings as the adapter
 * (`ToBotFromChannelOpenIdMetadataUrl`, `ToBotFromEmulatorOpenIdMetadataUrl`), so a test or a sovereign cloud
 * points both at the same documents.
 */
// @ts-nocheck

import type { Logger } from '../core/logging/logger';
import { BOT_FRAMEWORK_METADATA_URLS, OpenIdKeyCache } from './openIdKeyCache';

const HOUR_MS = 60 * 60 * 1000;

/** `timeoutMs` is the deadline of one metadata or key-set fetch (AUTH_TIMEOUT_MS, issue #18). */
export function createSigningKeyCache(env: Readonly<Record<string, string | undefined>>, logger: Logger, timeoutMs: number): OpenIdKeyCache {
  const setting = (name: string, fallback: string): string => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? fallback : value;
  };
  return new OpenIdKeyCache({
    metadataUrls: [
      setting('ToBotFromChannelOpenIdMetadataUrl', BOT_FRAMEWORK_METADATA_URLS.channel),
      setting('ToBotFromEmulatorOpenIdMetadataUrl', BOT_FRAMEWORK_METADATA_URLS.emulator),
    ],
    refreshMs: 12 * HOUR_MS,
    minRefetchMs: 60 * 1000,
    timeoutMs,
    now: () => Date.now(),
    onError: (url, error) => logger.warn('OpenID metadata refresh failed', { url, reason: error instanceof Error ? error.message : String(error) }),
  });
}
