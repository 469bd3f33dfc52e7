/**
 * The signing-key ids (`kid`) the Bot Framework publishes, cached and refreshed on a schedule (issue #15). A
 * token naming an unknown key is refused before the framework sees it: botframework-connector fetches the OpenID
 * metadata again for every token whose key it does not know once its cache is an hour old (and, offline, for
 * every token), so a stream of forged tokens was a stream of outbound fetches. Here a fetch happens at start,
 * every `refreshMs`, and on demand at most once per `minRefetchMs` (a key rotation is picked up within that).
 */
// @ts-nocheck


export interface OpenIdKeyCacheOptions {
  /** OpenID configuration documents (each names a `jwks_uri`). */
  metadataUrls: readonly string[];
  refreshMs: number;
  minRefetchMs: number;
  timeoutMs: number;
  now: () => number;
  onError: (url: string, error: unknown) => void;
}

/** Where the Bot Framework's keys are published: channel tokens and Emulator tokens (botframework-connector's AuthenticationConstants). */
export const BOT_FRAMEWORK_METADATA_URLS = {
  channel: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  emulator: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
} as const;

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  return response.json();
}

function kidsOf(jwks: unknown): string[] {
  const keys = (jwks as { keys?: unknown } | null)?.keys;
  return Array.isArray(keys) ? keys.flatMap((key) => (typeof (key as { kid?: unknown })?.kid === 'string' ? [(key as { kid: string }).kid] : [])) : [];
}

export class OpenIdKeyCache {
  private kids = new Set<string>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private lastAttempt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Number of refreshes started (tests check that forged tokens do not cause fetches). */
  refreshes = 0;

  constructor(private readonly options: OpenIdKeyCacheOptions) {}

  /** Loads the keys now and then every `refreshMs` (the timer does not keep the process alive). */
  start(): Promise<void> {
    this.timer ??= setInterval(() => void this.refresh(), this.options.refreshMs).unref();
    return this.refresh();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** True when `kid` is a published key; refreshes first only when the cache is stale and no fetch ran lately. */
  async knows(kid: string): Promise<boolean> {
    const now = this.options.now();
    const stale = now - this.loadedAt > this.options.refreshMs || (!this.kids.has(kid) && now - this.loadedAt > 60 * 60 * 1000);
    if (this.timer === undefined) {
      await this.start();
    } else if (stale && now - this.lastAttempt >= this.options.minRefetchMs) {
      await this.refresh();
    } else if (this.inFlight !== undefined) {
      await this.inFlight;
    }
    return this.kids.has(kid);
  }

  /** One fetch at a time; a failure keeps the keys already known. */
  refresh(): Promise<void> {
    this.inFlight ??= this.load().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async load(): Promise<void> {
    this.lastAttempt = this.options.now();
    this.refreshes += 1;
    const found = new Set<string>();
    let loaded = false;
    for (const url of this.options.metadataUrls) {
      try {
        const metadata = (await fetchJson(url, this.options.timeoutMs)) as { jwks_uri?: unknown } | null;
        if (typeof metadata?.jwks_uri !== 'string') {
          throw new Error('no jwks_uri in the OpenID metadata');
        }
        kidsOf(await fetchJson(metadata.jwks_uri, this.options.timeoutMs)).forEach((kid) => found.add(kid));
        loaded = true;
      } catch (error) {
        this.options.onError(url, error);
      }
    }
    if (loaded) {
      this.kids = found;
      this.loadedAt = this.options.now();
    }
  }
}
