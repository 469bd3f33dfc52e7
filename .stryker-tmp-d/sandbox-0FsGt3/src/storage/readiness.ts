/**
 * /readyz for load balancers (issue #7, item 5): ready when knowledge is loaded and storage answers. The reason
 * is the secret-free one-line message of `StorageUnreachableError`.
 */
// @ts-nocheck

import type { Stores } from './createStores';

/** What `/readyz` reports: ready, or the reason it is not. */
export type ReadinessReport = { ready: true } | { ready: false; reason: string };

export function createReadiness(knowledgeIntents: () => number, stores: Pick<Stores, 'ping'>): () => Promise<ReadinessReport> {
  return async () => {
    if (knowledgeIntents() === 0) {
      return { ready: false, reason: 'knowledge not loaded' };
    }
    try {
      await stores.ping();
      return { ready: true };
    } catch (error) {
      return { ready: false, reason: error instanceof Error ? error.message : 'storage unreachable' };
    }
  };
}
