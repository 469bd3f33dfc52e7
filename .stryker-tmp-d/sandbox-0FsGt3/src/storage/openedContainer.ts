/**
 * A blob container that is created on first use. Unlike botbuilder-azure-blobs, only a successful creation is
 * remembered: a failed one (an outage at first use) is tried again by the next call, so the bot recovers by
 * itself once storage answers again (issue #7), and the creation takes the caller's abort signal (issue #18).
 */
// @ts-nocheck

import type { ContainerClient } from '@azure/storage-blob';

export class OpenedContainer {
  private created: Promise<unknown> | undefined;

  constructor(readonly client: ContainerClient) {}

  async ready(abortSignal: AbortSignal): Promise<ContainerClient> {
    const creating = (this.created ??= this.client.createIfNotExists({ abortSignal }));
    try {
      await creating;
    } catch (error) {
      if (this.created === creating) {
        this.created = undefined;
      }
      throw error;
    }
    return this.client;
  }
}
