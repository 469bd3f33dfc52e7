/**
 * Freezes a JSON-like value all the way down (Dates are left as they are: freezing one does not stop `setTime`).
 * For values shared between turns, such as a cached card: a frozen value cannot be changed by one turn under
 * another, and `stringifyRedacted` can remember its text because it cannot change.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) {
      deepFreeze(inner);
    }
    Object.freeze(value);
  }
  return value;
}
