/**
 * The local Direct Line bridge's memory: conversations, their tokens and their activity lists. Everything is
 * bounded (issue #5, item 2; issue #15): a conversation expires after an idle period; the number of
 * conversations is capped, and when full only an idle one (never started, or unused for `idleEvictionMs`) makes
 * room, so a flood of new tokens cannot push live chats out (the caller answers 429 instead); token creation is
 * rate-limited per client; each conversation keeps only its latest activities, bounded in count and in bytes, and
 * the store as a whole in bytes (docs/security.md has the arithmetic). Each conversation also holds the secret
 * the bot must present on the connector routes. Time comes from an injected clock so expiry is tested without
 * waiting.
 */
// @ts-nocheck

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ClientRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './clientRateLimiter';

/** A Bot Framework activity as JSON; the bridge only reads and stamps a few fields. */
export type StoredActivity = Record<string, unknown> & { id: string };

export interface ConversationStoreOptions {
  /** Milliseconds since epoch; tests pass a fake clock. */
  now: () => number;
  /** A conversation idle for longer than this is gone (its tokens with it). */
  conversationTtlMs: number;
  /** Lifetime of one token; the client refreshes before it ends. */
  tokenTtlMs: number;
  maxConversations: number;
  maxActivitiesPerConversation: number;
  /** Bytes (JSON) of activities one conversation keeps; the oldest go first. */
  maxConversationBytes?: number;
  /** Bytes (JSON) of activities all conversations keep together; the least recently used lose theirs first. */
  maxTotalBytes?: number;
  /** A started conversation unused this long may make room for a new one when the store is full. */
  idleEvictionMs?: number;
  /** Token creation per client. */
  rateLimit?: RateLimitOptions;
}

export const DEFAULT_STORE_OPTIONS: ConversationStoreOptions = {
  now: () => Date.now(),
  conversationTtlMs: 30 * 60 * 1000,
  tokenTtlMs: 30 * 60 * 1000,
  maxConversations: 500,
  maxActivitiesPerConversation: 200,
  maxConversationBytes: 256 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  idleEvictionMs: 5 * 60 * 1000,
  rateLimit: DEFAULT_RATE_LIMIT,
};

/** Fixed bytes counted per conversation besides its activities (ids, tokens, bookkeeping), an upper estimate. */
export const CONVERSATION_OVERHEAD_BYTES = 2048;

/** One conversation: the web chat user, its tokens and the activities both sides posted. */
export interface Conversation {
  readonly id: string;
  readonly userId: string;
  /** Set once the bot was told that the user joined (conversationUpdate), so a reconnect does not repeat it. */
  started: boolean;
  lastUsed: number;
  /** Sequence number of the next activity; the watermark a client holds is the last sequence it saw. */
  nextSequence: number;
  /** Retained activities in order, each with its sequence number and JSON size. */
  readonly activities: { sequence: number; activity: StoredActivity; bytes: number }[];
  /** Sum of the retained activities' sizes. */
  bytes: number;
  /** The secret the bot presents on the connector routes (it is in the serviceUrl the bridge gives the bot). */
  readonly connectorSecret: string;
  /** token -> expiry time. At most a few live at once (the current one and those refreshed from it). */
  readonly tokens: Map<string, number>;
}

export interface IssuedToken {
  conversationId: string;
  token: string;
  /** Seconds, as in the Direct Line API. */
  expiresIn: number;
}

/** Why no conversation was created: the client asks too fast, or every slot holds an active chat. */
export type CreateRefusal = { refused: 'rate-limited' | 'full' };

/** Why a token was refused: unknown (never issued or its conversation is gone) or expired. */
export type TokenCheck = { ok: true; conversation: Conversation; expiresIn: number } | { ok: false; reason: 'unknown' | 'expired' };

const MAX_TOKENS_PER_CONVERSATION = 4;

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokenIndex = new Map<string, string>();
  private readonly limiter: ClientRateLimiter;
  private totalBytes = 0;

  constructor(private readonly options: ConversationStoreOptions = DEFAULT_STORE_OPTIONS) {
    this.limiter = new ClientRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, options.now);
  }

  /** Number of live conversations (tests check the bound). */
  get size(): number {
    return this.conversations.size;
  }

  /** Bytes of activities held by all conversations (tests check the bound). */
  get activityBytes(): number {
    return this.totalBytes;
  }

  /**
   * Starts a conversation for a new web chat user (`client`: who asks, for the rate limit) and issues its first
   * token; refuses when the client asks too fast or no idle conversation can make room.
   */
  create(client = 'local'): IssuedToken | CreateRefusal {
    if (!this.limiter.take(client)) {
      return { refused: 'rate-limited' };
    }
    this.sweep();
    if (this.conversations.size >= this.options.maxConversations) {
      const idle = this.leastRecentlyUsedIdle();
      if (idle === undefined) {
        return { refused: 'full' };
      }
      this.remove(idle);
    }
    const conversation: Conversation = {
      id: randomId(18),
      userId: `dl_${randomId(12)}`,
      started: false,
      lastUsed: this.options.now(),
      nextSequence: 0,
      activities: [],
      bytes: 0,
      connectorSecret: randomId(32),
      tokens: new Map(),
    };
    this.conversations.set(conversation.id, conversation);
    return this.issueToken(conversation);
  }

  /** Issues another token for the same conversation (Direct Line `tokens/refresh`). */
  issueToken(conversation: Conversation): IssuedToken {
    const now = this.options.now();
    for (const [token, expiry] of conversation.tokens) {
      if (expiry <= now || conversation.tokens.size >= MAX_TOKENS_PER_CONVERSATION) {
        conversation.tokens.delete(token);
        this.tokenIndex.delete(token);
      }
    }
    const token = randomId(32);
    conversation.tokens.set(token, now + this.options.tokenTtlMs);
    this.tokenIndex.set(token, conversation.id);
    return { conversationId: conversation.id, token, expiresIn: Math.floor(this.options.tokenTtlMs / 1000) };
  }

  /** True when `secret` is the conversation's connector secret (compared in constant time). */
  connectorSecretMatches(conversation: Conversation, secret: string): boolean {
    const expected = Buffer.from(conversation.connectorSecret);
    const given = Buffer.from(secret);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Resolves a bearer token to its conversation, refusing unknown and expired tokens. */
  checkToken(token: string): TokenCheck {
    const conversationId = this.tokenIndex.get(token);
    const conversation = conversationId === undefined ? undefined : this.get(conversationId);
    const expiry = conversation?.tokens.get(token);
    if (conversation === undefined || expiry === undefined) {
      return { ok: false, reason: 'unknown' };
    }
    const now = this.options.now();
    if (expiry <= now) {
      return { ok: false, reason: 'expired' };
    }
    return { ok: true, conversation, expiresIn: Math.floor((expiry - now) / 1000) };
  }

  /** A live conversation by id (touching it keeps it alive), or undefined when unknown or expired. */
  get(id: string): Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (conversation === undefined) {
      return undefined;
    }
    const now = this.options.now();
    if (now - conversation.lastUsed > this.options.conversationTtlMs) {
      this.remove(id);
      return undefined;
    }
    conversation.lastUsed = now;
    // Re-insert so Map order is least-recently-used first (eviction takes the oldest).
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  /**
   * Appends an activity and returns its id. With `replaces`, the earlier activity of that id is dropped and the
   * new version is appended under the same id, so polling clients see the update (connector PUT).
   */
  append(conversation: Conversation, activity: Record<string, unknown>, replaces?: string): string {
    const sequence = conversation.nextSequence;
    conversation.nextSequence += 1;
    const id = replaces ?? `${conversation.id}|${String(sequence).padStart(7, '0')}`;
    if (replaces !== undefined) {
      const index = conversation.activities.findIndex((entry) => entry.activity.id === replaces);
      if (index >= 0) {
        this.dropAt(conversation, index);
      }
    }
    const stored = { ...activity, id };
    const bytes = Buffer.byteLength(JSON.stringify(stored), 'utf8');
    conversation.activities.push({ sequence, activity: stored, bytes });
    conversation.bytes += bytes;
    this.totalBytes += bytes;
    const maxConversationBytes = this.options.maxConversationBytes ?? Number.POSITIVE_INFINITY;
    while (
      conversation.activities.length > this.options.maxActivitiesPerConversation ||
      (conversation.activities.length > 1 && conversation.bytes > maxConversationBytes)
    ) {
      this.dropAt(conversation, 0);
    }
    this.trimTotal(conversation);
    return id;
  }

  private dropAt(conversation: Conversation, index: number): void {
    const [dropped] = conversation.activities.splice(index, 1);
    conversation.bytes -= dropped?.bytes ?? 0;
    this.totalBytes -= dropped?.bytes ?? 0;
  }

  /** Over the total budget, the least recently used conversations lose their oldest activities first. */
  private trimTotal(keep: Conversation): void {
    const maxTotal = this.options.maxTotalBytes ?? Number.POSITIVE_INFINITY;
    for (const conversation of this.conversations.values()) {
      while (this.totalBytes > maxTotal && conversation.activities.length > (conversation === keep ? 1 : 0)) {
        this.dropAt(conversation, 0);
      }
      if (this.totalBytes <= maxTotal) {
        return;
      }
    }
  }

  /** The least recently used conversation that is idle: never started, or unused for `idleEvictionMs`. */
  private leastRecentlyUsedIdle(): string | undefined {
    const now = this.options.now();
    const idleAfter = this.options.idleEvictionMs ?? 0;
    let unusedLongest: string | undefined;
    for (const [id, conversation] of this.conversations) {
      if (!conversation.started) {
        return id;
      }
      if (unusedLongest === undefined && now - conversation.lastUsed >= idleAfter) {
        unusedLongest = id;
      }
    }
    return unusedLongest;
  }

  /** True when the conversation holds an activity with this id (an update must name an existing one). */
  has(conversation: Conversation, activityId: string): boolean {
    return conversation.activities.some((entry) => entry.activity.id === activityId);
  }

  /** Activities after `watermark` (all retained ones when it is undefined) and the new watermark. */
  since(conversation: Conversation, watermark: number | undefined): { activities: StoredActivity[]; watermark: string } {
    const activities = conversation.activities
      .filter((entry) => watermark === undefined || entry.sequence > watermark)
      .map((entry) => entry.activity);
    const last = conversation.nextSequence - 1;
    return { activities, watermark: String(Math.max(last, watermark ?? -1)) };
  }

  private sweep(): void {
    const now = this.options.now();
    for (const [id, conversation] of this.conversations) {
      if (now - conversation.lastUsed > this.options.conversationTtlMs) {
        this.remove(id);
      }
    }
  }

  private remove(id: string): void {
    const conversation = this.conversations.get(id);
    for (const token of conversation?.tokens.keys() ?? []) {
      this.tokenIndex.delete(token);
    }
    this.totalBytes -= conversation?.bytes ?? 0;
    this.conversations.delete(id);
  }
}
