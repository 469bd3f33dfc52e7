/**
 * Reads what a card button sent (`activity.value`). The value comes from the client and may be anything, so it
 * is checked field by field and only own properties are read (a `__proto__` key cannot steer it).
 */
// @ts-nocheck

import type { CheckId } from '../knowledge/types';
import type { CardActionData } from './cardView';

const CHECKS: readonly CheckId[] = ['key-check', 'version-check', 'blob-check', 'key-inventory'];

function own(value: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** Returns the action, or `undefined` when the value is not one of ours. */
export function parseCardAction(value: unknown): CardActionData | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  const kind = own(value, 'cpk');
  switch (kind) {
    case 'intent': {
      const intent = own(value, 'intent');
      return typeof intent === 'string' && /^[a-z][a-z0-9-]{1,40}$/.test(intent) ? { cpk: 'intent', intent } : undefined;
    }
    case 'check': {
      const check = CHECKS.find((id) => id === own(value, 'check'));
      return check === undefined ? undefined : { cpk: 'check', check };
    }
    case 'versionRow': {
      const row = own(value, 'row');
      return typeof row === 'string' && /^[a-z][a-z0-9-]{1,40}$/.test(row) ? { cpk: 'versionRow', row } : undefined;
    }
    case 'feedback': {
      const intent = own(value, 'intent');
      const helpful = own(value, 'helpful');
      return typeof intent === 'string' && typeof helpful === 'boolean' ? { cpk: 'feedback', intent, helpful } : undefined;
    }
    case 'answer': {
      const answer = own(value, 'answer');
      return answer === 'yes' || answer === 'no' || answer === 'skip' ? { cpk: 'answer', answer } : undefined;
    }
    case 'handoff':
    case 'restart':
    case 'help':
    case 'noneOfThese':
      return { cpk: kind };
    default:
      return undefined;
  }
}
