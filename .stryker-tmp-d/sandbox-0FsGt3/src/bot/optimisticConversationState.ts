/**
 * `ConversationState` that saves with the eTag it loaded (issue #7, item 1): two instances that run turns of
 * the same conversation at once cannot silently overwrite each other; the later one gets a `StorageFailure`
 * of kind `conflict` and the user is asked to send the message again. State is still written once per turn.
 *
 * It also detects changes more cheaply than botbuilder (issue #8). `BotState` fingerprints the whole state three
 * times per changed turn (at load, before saving, after saving), each time with a replacer-function
 * `JSON.stringify` and SHA-256: ~0.15 ms of every turn's CPU under load, since this state carries the case log.
 * Here the fingerprint is the state's plain JSON text (state is plain JSON: storage serialises it the same way),
 * compared as a string. Same caching contract as `BotState.load` / `saveChanges`, so accessors, `get`, `clear`
 * and `delete` work unchanged.
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import type { CachedBotState, Storage, TurnContext } from 'botbuilder';
import { redactSecrets } from '../core/redaction/redact';
import { ConversationState } from './kit/botbuilderKit';
import { ConcurrencyGuardStorage } from '../storage/concurrencyGuardStorage';

export class OptimisticConversationState extends ConversationState {
  private readonly guard: ConcurrencyGuardStorage;

  constructor(storage: Storage, namespace?: string) {
    const guard = new ConcurrencyGuardStorage(storage);
    super(guard, namespace);
    this.guard = guard;
  }

  /**
   * The storage key (a blob name in Azure storage) holds the conversation id; an id that holds a key is replaced
   * by its SHA-256 there (issue #15: names are listed and logged where contents are not). Other ids are unchanged.
   */
  override getStorageKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    if (key === undefined || redactSecrets(key) === key) {
      return key;
    }
    const conversationId = context.activity.conversation.id;
    return key.replace(`/conversations/${conversationId}`, `/conversations/sha256-${createHash('sha256').update(conversationId).digest('hex')}`);
  }

  /** `BotState.load` with the cheaper fingerprint. */
  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = this.cached(context);
    if (!force && cached?.state !== undefined) {
      return cached.state;
    }
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] as Record<string, unknown> | undefined) ?? {};
    this.cache(context, { state, hash: fingerprint(state) });
    return state;
  }

  /** Remembers the loaded eTag before it is replaced with '*', then saves if the state changed (or `force`). */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = this.cached(context) ?? (force ? { state: {}, hash: '' } : undefined);
    if (cached === undefined) {
      return;
    }
    // Writing changes only the eTag, which the fingerprint leaves out: the fingerprint before the save is the one
    // after it too (one JSON serialisation fewer per turn).
    const savedFingerprint = fingerprint(cached.state);
    if (!force && cached.hash === savedFingerprint) {
      return;
    }
    const state = cached.state as { eTag?: unknown };
    const loaded = state.eTag;
    if (typeof loaded === 'string' && loaded !== '' && loaded !== '*') {
      this.guard.expect(state, loaded);
    } else if (loaded === undefined || loaded === '') {
      this.guard.expect(state, null);
    }
    // '*' means this turn already saved once: a second save in the same turn overwrites its own write.
    state.eTag = '*';
    const key = await this.storageKey(context);
    await this.storage.write({ [key]: cached.state });
    cached.hash = savedFingerprint;
    this.cache(context, cached);
  }

  /**
   * The turn-state entry `BotState` keeps for this instance, under its private per-instance symbol (botbuilder
   * 4.23.3, pinned). Bracket access is TypeScript's sanctioned way to reach a private member;
   * `test/bot/optimisticConversationState.test.ts` fails if the field is renamed.
   */
  private cached(context: TurnContext): CachedBotState | undefined {
    return context.turnState.get<CachedBotState | undefined>(this['stateKey']);
  }

  private cache(context: TurnContext, entry: CachedBotState): void {
    context.turnState.set(this['stateKey'], entry);
  }
}

/** The state's JSON text without its eTag (the eTag changes on every save without the data changing). */
function fingerprint(state: Record<string, unknown>): string {
  return JSON.stringify({ ...state, eTag: undefined });
}
