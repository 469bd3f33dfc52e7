/**
 * A Blob container client from the same settings the stores use (issue #7): a connection string, or the account
 * URL with DefaultAzureCredential (a managed identity in Azure; AZURE_CLIENT_ID picks a user-assigned one). The
 * Azure packages load only when called.
 */
// @ts-nocheck

import type { ContainerClient, StoragePipelineOptions } from '@azure/storage-blob';
import type { AppConfig } from '../config';

export type BlobAccessSettings = Pick<AppConfig, 'storageConnectionString' | 'storageAccountUrl'>;

/** True when the configuration names Blob storage at all. */
export function blobStorageConfigured(settings: BlobAccessSettings): boolean {
  return settings.storageConnectionString !== '' || settings.storageAccountUrl !== '';
}

export async function blobContainerClient(settings: BlobAccessSettings, container: string, options: StoragePipelineOptions = {}): Promise<ContainerClient> {
  const { ContainerClient: Client } = await import('@azure/storage-blob');
  if (settings.storageConnectionString !== '') {
    return new Client(settings.storageConnectionString, container, options);
  }
  if (settings.storageAccountUrl === '') {
    throw new Error('no Blob storage configured (STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL)');
  }
  const { DefaultAzureCredential } = await import('@azure/identity');
  return new Client(`${settings.storageAccountUrl.replace(/\/$/, '')}/${container}`, new DefaultAzureCredential(), options);
}
