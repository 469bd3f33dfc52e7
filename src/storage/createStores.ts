/**
 * Chooses and builds the bot's stores from configuration (issue #7, item 1): memory state by default (the
 * default transcript store is chosen by the adapter), Azure Blob storage for state and transcripts when a
 * connection string or an account URL (managed identity) is set. The Azure packages are loaded only then.
 */
import type { Storage, TranscriptStore } from 'botbuilder';
import { BoundedMemoryStorage } from '../bot/boundedMemoryStorage';
import { chooseStorage, describeStorage, type StorageChoice, type StorageSettings } from './storageChoice';
import { RedactingTranscriptStore } from '../bot/transcripts/redactingTranscriptStore';
import { RenewingStorage, RenewingTranscriptStore } from './renewable';
import { StorageUnreachableError } from './storageUnreachableError';

export interface Stores {
  choice: StorageChoice;
  /** One secret-free line for the start-up log. */
  description: string;
  storage: Storage;
  /** Undefined for the default (embedded) choice. */
  transcriptStore?: TranscriptStore;
  /** Creates the containers if needed; rejects with `StorageUnreachableError` when storage cannot be used. */
  open(): Promise<void>;
  /** Cheap reachability check for /readyz; rejects with `StorageUnreachableError`. */
  ping(): Promise<void>;
}

/**
 * Turn-time calls retry a little (a brief network blip should not cost a turn) but stay bounded so a user
 * waits seconds, not minutes; the start-up check tries once so a wrong setting fails fast.
 */
const TURN_RETRIES = { maxTries: 2, tryTimeoutInMs: 5_000, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 };
const CHECK_RETRIES = { maxTries: 1, tryTimeoutInMs: 10_000 };

export async function createStores(settings: StorageSettings): Promise<Stores> {
  const choice = chooseStorage(settings);
  if (choice.kind === 'memory') {
    return { choice, description: describeStorage(choice), storage: new BoundedMemoryStorage({ maxItems: 10000, idleMs: 24 * 60 * 60 * 1000 }), open: async () => undefined, ping: async () => undefined };
  }
  const [{ ContainerClient }, { BlobsStorage, BlobsTranscriptStore }] = await Promise.all([
    import('@azure/storage-blob'),
    import('botbuilder-azure-blobs'),
  ]);
  let storage: Storage;
  let transcripts: TranscriptStore;
  let containerClient: (container: string) => InstanceType<typeof ContainerClient>;
  if (choice.auth === 'connectionString') {
    const connection = settings.storageConnectionString;
    const options = { storagePipelineOptions: { retryOptions: TURN_RETRIES } };
    storage = new RenewingStorage(() => new BlobsStorage(connection, choice.stateContainer, options));
    transcripts = new RenewingTranscriptStore(() => new BlobsTranscriptStore(connection, choice.transcriptContainer, options));
    containerClient = (container) => new ContainerClient(connection, container, { retryOptions: CHECK_RETRIES });
  } else {
    const { DefaultAzureCredential } = await import('@azure/identity');
    const credential = new DefaultAzureCredential();
    const url = (container: string): string => `${settings.storageAccountUrl}/${container}`;
    const options = { storagePipelineOptions: { retryOptions: TURN_RETRIES } };
    storage = new RenewingStorage(() => new BlobsStorage('', '', options, url(choice.stateContainer), credential));
    transcripts = new RenewingTranscriptStore(() => new BlobsTranscriptStore('', '', options, url(choice.transcriptContainer), credential));
    containerClient = (container) => new ContainerClient(url(container), credential, { retryOptions: CHECK_RETRIES });
  }
  const containers = [choice.stateContainer, choice.transcriptContainer];
  const each = async (action: (client: InstanceType<typeof ContainerClient>) => Promise<unknown>): Promise<void> => {
    for (const container of containers) {
      try {
        await action(containerClient(container));
      } catch (error) {
        throw new StorageUnreachableError(container, choice.account, error);
      }
    }
  };
  return {
    choice,
    description: describeStorage(choice),
    storage,
    transcriptStore: new RedactingTranscriptStore(transcripts),
    open: () => each((client) => client.createIfNotExists()),
    ping: () => each((client) => client.getProperties()),
  };
}
