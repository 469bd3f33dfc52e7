/**
 * `ConversationState` that saves with the eTag it loaded (issue #7, item 1): two instances that run turns of
 * the same conversation at once cannot silently overwrite each other; the later one gets a `StorageFailure`
 * of kind `conflict` and the user is asked to send the message again. State is still written once per turn.
 */
import { ConversationState, type Storage, type TurnContext } from 'botbuilder';
import { ConcurrencyGuardStorage } from './concurrencyGuardStorage';

export class OptimisticConversationState extends ConversationState {
  private readonly guard: ConcurrencyGuardStorage;

  constructor(storage: Storage, namespace?: string) {
    const guard = new ConcurrencyGuardStorage(storage);
    super(guard, namespace);
    this.guard = guard;
  }

  /** Remembers the loaded eTag before botbuilder replaces it with '*', then saves as usual. */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state: unknown = this.get(context);
    if (typeof state === 'object' && state !== null) {
      const loaded = (state as { eTag?: unknown }).eTag;
      if (typeof loaded === 'string' && loaded !== '' && loaded !== '*') {
        this.guard.expect(state, loaded);
      } else if (loaded === undefined || loaded === '') {
        this.guard.expect(state, null);
      }
      // '*' means this turn already saved once: a second save in the same turn overwrites its own write.
    }
    await super.saveChanges(context, force);
  }
}
