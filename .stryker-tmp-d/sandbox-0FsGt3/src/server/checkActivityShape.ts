/**
 * A cheap check of an incoming activity's shape before the adapter sees it, so a malformed request gets a clear
 * 400 instead of a turn that fails half-way (an activity without `conversation` cannot have state).
 */
// @ts-nocheck


/** Returns a problem description, or undefined when the activity can be processed. */
export function checkActivityShape(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'The body must be a JSON activity object.';
  }
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type === '') {
    return 'The activity must have a "type".';
  }
  const idOf = (field: string): unknown => {
    const value = activity[field];
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>).id : undefined;
  };
  for (const field of ['conversation', 'from']) {
    const id = idOf(field);
    if (typeof id !== 'string' || id === '' || id.length > 512) {
      return `The activity must have "${field}.id" (a string of 1 to 512 characters).`;
    }
  }
  return undefined;
}
