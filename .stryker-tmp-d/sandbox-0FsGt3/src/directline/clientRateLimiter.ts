/**
 * A token bucket per client for the local bridge's token creation (issue #15): one client cannot mint
 * conversations faster than `perMinute` after a small burst. The table of clients is bounded too (the least
 * recently seen client is forgotten first), so many clients cannot grow it without limit.
 */
// @ts-nocheck


export interface RateLimitOptions {
  /** Tokens a client may take at once. */
  burst: number;
  /** Tokens added back per minute, up to the burst. */
  perMinute: number;
  /** Most clients remembered. */
  maxClients: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 10, perMinute: 20, maxClients: 1000 };

interface Bucket {
  tokens: number;
  updated: number;
}

export class ClientRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number,
  ) {}

  /** Takes one token for `client`; false when its bucket is empty (answer 429). */
  take(client: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.options.burst, updated: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + ((now - bucket.updated) / 60_000) * this.options.perMinute);
    bucket.updated = now;
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    while (this.buckets.size > this.options.maxClients) {
      const oldest = this.buckets.keys().next();
      if (oldest.done === true) {
        break;
      }
      this.buckets.delete(oldest.value);
    }
    if (bucket.tokens < 1) {
      return false;
    }
    bucket.tokens -= 1;
    return true;
  }
}
