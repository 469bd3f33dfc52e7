/**
 * The local Direct Line bridge's memory: conversations, their tokens and their activity lists. Everything is
 * bounded (issue #5, item 2): a conversation expires after an idle period, the number of conversations is capped
 * (the least recently used one is dropped first), and each conversation keeps only its latest activities.
 * Time comes from an injected clock so expiry is tested without waiting.
 */
import { randomBytes } from 'node:crypto';

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
}

export const DEFAULT_STORE_OPTIONS: ConversationStoreOptions = {
  now: () => Date.now(),
  conversationTtlMs: 30 * 60 * 1000,
  tokenTtlMs: 30 * 60 * 1000,
  maxConversations: 500,
  maxActivitiesPerConversation: 200,
};

/** One conversation: the web chat user, its tokens and the activities both sides posted. */
export interface Conversation {
  readonly id: string;
  readonly userId: string;
  /** Set once the bot was told that the user joined (conversationUpdate), so a reconnect does not repeat it. */
  started: boolean;
  lastUsed: number;
  /** Sequence number of the next activity; the watermark a client holds is the last sequence it saw. */
  nextSequence: number;
  /** Retained activities in order, each with its sequence number. */
  readonly activities: { sequence: number; activity: StoredActivity }[];
  /** token -> expiry time. At most a few live at once (the current one and those refreshed from it). */
  readonly tokens: Map<string, number>;
}

export interface IssuedToken {
  conversationId: string;
  token: string;
  /** Seconds, as in the Direct Line API. */
  expiresIn: number;
}

/** Why a token was refused: unknown (never issued or its conversation is gone) or expired. */
export type TokenCheck = { ok: true; conversation: Conversation; expiresIn: number } | { ok: false; reason: 'unknown' | 'expired' };

const MAX_TOKENS_PER_CONVERSATION = 4;

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokenIndex = new Map<string, string>();

  constructor(private readonly options: ConversationStoreOptions = DEFAULT_STORE_OPTIONS) {}

  /** Number of live conversations (tests check the bound). */
  get size(): number {
    return this.conversations.size;
  }

  /** Starts a conversation for a new web chat user and issues its first token. */
  create(): IssuedToken {
    this.sweep();
    while (this.conversations.size >= this.options.maxConversations) {
      const oldest = this.conversations.keys().next();
      if (oldest.done === true) {
        break;
      }
      this.remove(oldest.value);
    }
    const conversation: Conversation = {
      id: randomId(18),
      userId: `dl_${randomId(12)}`,
      started: false,
      lastUsed: this.options.now(),
      nextSequence: 0,
      activities: [],
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
        conversation.activities.splice(index, 1);
      }
    }
    conversation.activities.push({ sequence, activity: { ...activity, id } });
    while (conversation.activities.length > this.options.maxActivitiesPerConversation) {
      conversation.activities.shift();
    }
    return id;
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
    this.conversations.delete(id);
  }
}
