/**
 * What the network checks (blob probe, key inventory) need besides the user's input: the endpoint policy, a time
 * limit, and optional transport settings so tests can make the real SDK trust a local HTTPS gateway's
 * self-signed certificate without ever turning TLS verification off.
 */
// @ts-nocheck

import type { VersionRow } from '../../knowledge/types';
import type { EndpointPolicy } from './endpointPolicy';

export interface CheckTransport {
  /** PEM certificate to trust for connections to the configured emulator origin only (never for Azure hosts). */
  trustedCaPem?: string;
}

export interface NetworkCheckOptions {
  policy: EndpointPolicy;
  /** Limit (ms) for each request; the key inventory also uses it as its overall limit. */
  timeoutMs: number;
  /** The knowledge version table, for the "service version too old" flag. */
  versions: readonly VersionRow[];
  transport?: CheckTransport;
}
