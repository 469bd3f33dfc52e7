/**
 * A client-side deadline on the Bot Framework OpenID metadata fetch (issue #18). botframework-connector's
 * `OpenIdMetadata.refreshCache` fetches the metadata document and its signing keys with node-fetch and no
 * timeout, so a hanging metadata endpoint held every authenticated request (and the sockets) for as long as the
 * peer kept them open. This replaces that one private method (botframework-connector 4.23.3, pinned through
 * botbuilder) with the same two requests made with `fetch` and an `AbortSignal` that fires at the deadline; with
 * a proxy configured the original method still runs. `test/hardening/openIdDeadline.test.ts` fails if the
 * method is renamed.
 */
// @ts-nocheck

import { createRequire } from 'node:module';
import { DeadlineExceededError } from '../core/io/deadline';

/** The private members of `OpenIdMetadata` (declared untyped in its .d.ts) this file reads and writes. */
interface OpenIdMetadataInternals {
  url: string;
  proxySettings?: unknown;
  keys?: unknown[];
  lastUpdated: number;
  refreshCache: (this: OpenIdMetadataInternals) => Promise<void>;
}
type OpenIdMetadataClass = { prototype: OpenIdMetadataInternals };

/** The class botbuilder itself uses, resolved from botbuilder's own dependencies. */
function openIdMetadataClass(): OpenIdMetadataClass {
  const load = createRequire(require.resolve('botbuilder'));
  return (load('botframework-connector/lib/auth/openIdMetadata') as { OpenIdMetadata: OpenIdMetadataClass }).OpenIdMetadata;
}

let deadlineMs = 10_000;
let installed = false;

/** Installs the deadline (once per process; a later call only changes it). */
export function boundOpenIdMetadata(timeoutMs: number): void {
  deadlineMs = timeoutMs;
  if (installed) {
    return;
  }
  installed = true;
  const prototype = openIdMetadataClass().prototype;
  const original = prototype.refreshCache;
  prototype.refreshCache = async function refreshCache(this: OpenIdMetadataInternals): Promise<void> {
    if (this.proxySettings !== undefined && this.proxySettings !== null) {
      await original.call(this);
      return;
    }
    const ms = deadlineMs;
    const signal = AbortSignal.timeout(ms);
    try {
      const metadata = (await fetchJson(this.url, signal)) as { jwks_uri?: unknown };
      if (typeof metadata.jwks_uri !== 'string') {
        throw new Error('the OpenID metadata has no jwks_uri');
      }
      const keys = (await fetchJson(metadata.jwks_uri, signal)) as { keys?: unknown };
      this.keys = Array.isArray(keys.keys) ? (keys.keys as unknown[]) : [];
      this.lastUpdated = Date.now();
    } catch (error) {
      throw signal.aborted ? Object.assign(new DeadlineExceededError('OpenID metadata fetch', ms), { cause: error }) : error;
    }
  };
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal });
  if (!response.ok) {
    throw new Error(`OpenID metadata request answered HTTP ${response.status}`);
  }
  return response.json();
}
