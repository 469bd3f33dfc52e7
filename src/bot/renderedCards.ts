import type { Activity } from 'botbuilder';
import { deepFreeze } from '../core/io/deepFreeze';

/**
 * Card activities rendered once and sent many times (issue #16): a topic's guidance card without turn-specific
 * blocks is the same for every turn on a channel of the same rendering, and rendering it, then redacting and
 * serialising it for the transcript, was a tenth of a turn's CPU. The cached activity is frozen all the way down,
 * so no turn can change what another turn sends, and the transcript serialises it once (`stringifyRedacted`
 * remembers frozen objects). Bounded by the knowledge: one entry per topic and rendering.
 */
export class RenderedCards {
  private readonly activities = new Map<string, Partial<Activity>>();

  /** The activity cached under `key`, rendered by `render` the first time; a shallow copy the caller may fill in. */
  activity(key: string, render: () => Partial<Activity>): Partial<Activity> {
    let activity = this.activities.get(key);
    if (activity === undefined) {
      activity = deepFreeze(render());
      this.activities.set(key, activity);
    }
    return { ...activity };
  }
}
