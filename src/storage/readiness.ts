/**
 * /readyz for load balancers (issue #7, item 5): ready when knowledge is loaded and storage answers. The reason
 * is the secret-free one-line message of `StorageUnreachableError`.
 */
import type { ReadinessReport } from '../server/createServer';
import type { Stores } from './createStores';

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
