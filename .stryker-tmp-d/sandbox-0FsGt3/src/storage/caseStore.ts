/**
 * Cases in the same botbuilder `Storage` as conversation state (issue #19): memory by default, Azure Blob in
 * production, so any instance can serve any case. Every change is read-modify-write with the eTag that was read:
 * two instances changing one case at once cannot lose a step; the loser replays its (pure) step on the fresh case.
 * An index item lists the open cases for the desk (Storage has no listing) and keeps recent waits for the
 * estimate the bot gives before promising an engineer.
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';
import type { CaseStep } from '../core/cases/caseTransitions';
import type { SupportCase } from '../core/cases/supportCase';
import { MAX_RECENT_WAITS } from '../core/cases/waitEstimate';
import { isETagConflict } from './storageErrors';

/**
 * Attempts of one read-modify-write before giving up. Each conflict means another writer just won, so N writers
 * at once need at most N rounds; a case has a user and an engineer (and the timeout sweep), so ten is ample.
 */
const MAX_ATTEMPTS = 10;

/** A short random pause before replaying, so writers that collided do not collide again in lockstep. */
async function backOff(attempt: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 20 * (attempt + 1))));
}
/** Most open cases the index lists; the desk shows them all, so it stays bounded. */
const MAX_OPEN_CASES = 500;

interface CaseIndex {
  open: string[];
  recentWaits: number[];
}

export type CaseUpdate = { found: false } | { found: true; ok: true; current: SupportCase; before: SupportCase } | { found: true; ok: false; refusal: 'closed' | 'not-accepted' | 'taken'; current: SupportCase };

/** Thrown when a case kept changing under us for every attempt. */
export class CaseBusyError extends Error {
  constructor(readonly caseId: string) {
    super(`case ${caseId} kept changing; gave up after ${MAX_ATTEMPTS} attempts`);
    this.name = 'CaseBusyError';
  }
}

export class CaseStore {
  constructor(
    private readonly storage: Storage,
    private readonly prefix = 'cases',
  ) {}

  private caseKey(id: string): string {
    return `${this.prefix}/case/${id}`;
  }

  private get indexKey(): string {
    return `${this.prefix}/index`;
  }

  private threadKey(rootActivityId: string): string {
    return `${this.prefix}/thread/${createHash('sha256').update(rootActivityId).digest('hex')}`;
  }

  async create(created: SupportCase): Promise<void> {
    await this.storage.write({ [this.caseKey(created.id)]: { ...created, eTag: '*' } });
    await this.changeIndex((index) => ({ ...index, open: [...index.open.filter((id) => id !== created.id), created.id].slice(-MAX_OPEN_CASES) }));
  }

  async get(id: string): Promise<SupportCase | undefined> {
    const items = await this.storage.read([this.caseKey(id)]);
    const item = items[this.caseKey(id)] as (SupportCase & StoreItem) | undefined;
    return item === undefined ? undefined : withoutETag(item);
  }

  /**
   * Applies a pure step with the eTag read; on a conflict, reads again and replays it. Closing removes the case
   * from the open list; accepting records how long it waited.
   */
  async update(id: string, step: (current: SupportCase) => CaseStep): Promise<CaseUpdate> {
    const key = this.caseKey(id);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const item = (await this.storage.read([key]))[key] as (SupportCase & StoreItem) | undefined;
      if (item === undefined) {
        return { found: false };
      }
      const before = withoutETag(item);
      const result = step(before);
      if (!result.ok) {
        return { found: true, ok: false, refusal: result.refusal, current: result.current };
      }
      if (result.next === before) {
        return { found: true, ok: true, current: before, before };
      }
      try {
        await this.storage.write({ [key]: { ...result.next, eTag: item.eTag ?? '*' } });
      } catch (error) {
        if (isETagConflict(error) || isETagConflict((error as { cause?: unknown }).cause)) {
          await backOff(attempt);
          continue;
        }
        throw error;
      }
      await this.afterChange(before, result.next);
      return { found: true, ok: true, current: result.next, before };
    }
    throw new CaseBusyError(id);
  }

  /** Replaces a field that no step decides (the Teams thread, the rating), with the same eTag rule. */
  async patch(id: string, change: (current: SupportCase) => SupportCase): Promise<SupportCase | undefined> {
    const result = await this.update(id, (current) => ({ ok: true, next: change(current) }));
    return result.found ? result.current : undefined;
  }

  /** The open (waiting or active) cases, oldest first. */
  async listOpen(): Promise<SupportCase[]> {
    const index = await this.readIndex();
    if (index.open.length === 0) {
      return [];
    }
    const items = await this.storage.read(index.open.map((id) => this.caseKey(id)));
    return index.open
      .map((id) => items[this.caseKey(id)] as (SupportCase & StoreItem) | undefined)
      .filter((item): item is SupportCase & StoreItem => item !== undefined && item.state !== 'closed')
      .map(withoutETag);
  }

  /** Seconds recent cases waited before an engineer accepted them, newest last. */
  async recentWaits(): Promise<number[]> {
    return (await this.readIndex()).recentWaits;
  }

  async linkThread(rootActivityId: string, caseId: string): Promise<void> {
    await this.storage.write({ [this.threadKey(rootActivityId)]: { caseId, eTag: '*' } });
  }

  async caseIdForThread(rootActivityId: string): Promise<string | undefined> {
    const key = this.threadKey(rootActivityId);
    const item = (await this.storage.read([key]))[key] as { caseId?: unknown } | undefined;
    return typeof item?.caseId === 'string' ? item.caseId : undefined;
  }

  private async afterChange(before: SupportCase, after: SupportCase): Promise<void> {
    if (before.state === 'waiting' && after.state === 'active' && after.acceptedAt !== undefined) {
      const waited = Math.max(0, Math.round((Date.parse(after.acceptedAt) - Date.parse(after.createdAt)) / 1000));
      await this.changeIndex((index) => ({ ...index, recentWaits: [...index.recentWaits, waited].slice(-MAX_RECENT_WAITS) }));
    }
    if (before.state !== 'closed' && after.state === 'closed') {
      await this.changeIndex((index) => ({ ...index, open: index.open.filter((id) => id !== after.id) }));
    }
  }

  private async readIndex(): Promise<CaseIndex & StoreItem> {
    const item = (await this.storage.read([this.indexKey]))[this.indexKey] as Partial<CaseIndex & StoreItem> | undefined;
    return {
      open: Array.isArray(item?.open) ? item.open.filter((id): id is string => typeof id === 'string') : [],
      recentWaits: Array.isArray(item?.recentWaits) ? item.recentWaits.filter((wait): wait is number => typeof wait === 'number') : [],
      eTag: item?.eTag ?? '*',
    };
  }

  /**
   * Read-modify-write of the index with its eTag. The very first write of a new store uses '*' (Storage cannot
   * say "only if absent"); two instances creating the index at the same moment is the one window this leaves.
   */
  private async changeIndex(change: (index: CaseIndex) => CaseIndex): Promise<void> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const index = await this.readIndex();
      const next = change(index);
      try {
        await this.storage.write({ [this.indexKey]: { open: next.open, recentWaits: next.recentWaits, eTag: index.eTag } });
        return;
      } catch (error) {
        if (!(isETagConflict(error) || isETagConflict((error as { cause?: unknown }).cause))) {
          throw error;
        }
        await backOff(attempt);
      }
    }
    throw new CaseBusyError('index');
  }
}

function withoutETag(item: SupportCase & StoreItem): SupportCase {
  const copy: SupportCase & Partial<StoreItem> = { ...item };
  delete copy.eTag;
  return copy;
}
