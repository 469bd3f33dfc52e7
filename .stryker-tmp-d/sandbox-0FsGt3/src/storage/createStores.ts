/**
 * Chooses and builds the bot's stores from configuration (issue #7, item 1; deadlines: issue #18): memory state by default (the
 * default transcript store is chosen by the adapter), Azure Blob storage for state and transcripts when a
 * connection string or an account URL (managed identity) is set. The Azure packages are loaded only then.
 */
// @ts-nocheck

import type { ContainerClient, StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage, TranscriptStore } from 'botbuilder';
import type { AppConfig } from '../config';
import { BoundedMemoryStorage } from './boundedMemoryStorage';
import { withDeadline } from '../core/io/deadline';
import { chooseStorage, describeStorage, type StorageChoice, type StorageSettings } from './storageChoice';
import { RedactingTranscriptStore } from './transcripts/redactingTranscriptStore';
import { DeadlineBlobsStorage } from './deadlineBlobsStorage';
import { DeadlineBlobsTranscriptStore } from './transcripts/deadlineBlobsTranscriptStore';
import { RenewingTranscriptStore } from './renewable';
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
  /** Cheap reachability check for /readyz, bounded by the storage deadline; rejects with `StorageUnreachableError`. */
  ping(): Promise<void>;
}

/**
 * Turn-time calls retry a little (a brief network blip should not cost a turn); the whole call, retries
 * included, is bounded by `STORAGE_TIMEOUT_MS` on the client side (issue #18). The start-up check tries once so
 * a wrong setting fails fast.
 */
const TURN_RETRIES = { maxTries: 2, tryTimeoutInMs: 5_000, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 };
const CHECK_RETRIES = { maxTries: 1, tryTimeoutInMs: 10_000 };
/** Opening the containers at start-up may take longer than a turn's call (a cold account, a slow DNS). */
const OPEN_TIMEOUT_MS = 15_000;

export type StoreSettings = StorageSettings & Pick<AppConfig, 'storageTimeoutMs' | 'transcriptTimeoutMs'>;

export async function createStores(settings: StoreSettings): Promise<Stores> {
  const choice = chooseStorage(settings);
  if (choice.kind === 'memory') {
    return { choice, description: describeStorage(choice), storage: new BoundedMemoryStorage({ maxItems: 10000, idleMs: 24 * 60 * 60 * 1000 }), open: async () => undefined, ping: async () => undefined };
  }
  const [{ ContainerClient }, { BlobsTranscriptStore }] = await Promise.all([import('@azure/storage-blob'), import('botbuilder-azure-blobs')]);
  const turnOptions = { retryOptions: TURN_RETRIES };
  let client: (container: string, options: StoragePipelineOptions) => ContainerClient;
  let reader: () => TranscriptStore;
  if (choice.auth === 'connectionString') {
    const connection = settings.storageConnectionString;
    client = (container, options) => new ContainerClient(connection, container, options);
    reader = () => new BlobsTranscriptStore(connection, choice.transcriptContainer, { storagePipelineOptions: turnOptions });
  } else {
    const { DefaultAzureCredential } = await import('@azure/identity');
    const credential = new DefaultAzureCredential();
    const url = (container: string): string => `${settings.storageAccountUrl}/${container}`;
    client = (container, options) => new ContainerClient(url(container), credential, options);
    reader = () => new BlobsTranscriptStore('', '', { storagePipelineOptions: turnOptions }, url(choice.transcriptContainer), credential);
  }
  const storage = new DeadlineBlobsStorage(client(choice.stateContainer, turnOptions), settings.storageTimeoutMs);
  const transcripts = new DeadlineBlobsTranscriptStore(client(choice.transcriptContainer, turnOptions), new RenewingTranscriptStore(reader), settings.transcriptTimeoutMs);
  const containers = [choice.stateContainer, choice.transcriptContainer];
  const each = async (what: string, ms: number, action: (client: ContainerClient, abortSignal: AbortSignal) => Promise<unknown>): Promise<void> => {
    for (const container of containers) {
      try {
        await withDeadline(what, ms, (abortSignal) => action(client(container, { retryOptions: CHECK_RETRIES }), abortSignal));
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
    open: () => each('opening the storage containers', OPEN_TIMEOUT_MS, (container, abortSignal) => container.createIfNotExists({ abortSignal })),
    ping: () => each('the storage readiness probe', settings.storageTimeoutMs, (container, abortSignal) => container.getProperties({ abortSignal })),
  };
}
