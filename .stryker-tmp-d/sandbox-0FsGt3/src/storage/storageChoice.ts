/**
 * Which stores the configuration selects, described without secrets (issue #7, item 1): the start-up log says
 * which storage is in use, naming the account and containers but never a key or connection string.
 */
// @ts-nocheck

import type { AppConfig } from '../config';

export type StorageSettings = Pick<AppConfig, 'storageConnectionString' | 'storageAccountUrl' | 'stateContainer' | 'transcriptContainer'>;

export type StorageChoice =
  | { kind: 'memory' }
  | { kind: 'blob'; auth: 'connectionString' | 'managedIdentity'; account: string; stateContainer: string; transcriptContainer: string };

/** The account name from a connection string (AccountName=, else the BlobEndpoint host), never the key. */
export function accountFromConnectionString(connectionString: string): string {
  const parts = new Map(
    connectionString
      .split(';')
      .map((part) => part.split('='))
      .filter((pair) => pair.length >= 2)
      .map(([name, ...rest]): [string, string] => [name.trim().toLowerCase(), rest.join('=').trim()]),
  );
  if (/^usedevelopmentstorage$/i.test([...parts.keys()][0] ?? '')) {
    return 'devstoreaccount1 (local emulator)';
  }
  const endpoint = parts.get('blobendpoint');
  return parts.get('accountname') ?? (endpoint !== undefined ? endpoint.replace(/^https?:\/\//, '').split(/[/?]/)[0] : 'unknown');
}

export function chooseStorage(settings: StorageSettings): StorageChoice {
  const containers = { stateContainer: settings.stateContainer, transcriptContainer: settings.transcriptContainer };
  if (settings.storageConnectionString !== '') {
    return { kind: 'blob', auth: 'connectionString', account: accountFromConnectionString(settings.storageConnectionString), ...containers };
  }
  if (settings.storageAccountUrl !== '') {
    return { kind: 'blob', auth: 'managedIdentity', account: new URL(settings.storageAccountUrl).host, ...containers };
  }
  return { kind: 'memory' };
}

/** One line for the start-up log. */
export function describeStorage(choice: StorageChoice): string {
  if (choice.kind === 'memory') {
    return 'memory state (one instance only; lost on restart)';
  }
  const auth = choice.auth === 'connectionString' ? 'connection string' : 'managed identity';
  return `Azure Blob storage account ${choice.account} (${auth}): state in "${choice.stateContainer}", transcripts in "${choice.transcriptContainer}"`;
}
