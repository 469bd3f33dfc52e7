/**
 * Remembers the last few decisions of a matcher. In one turn the same text is matched twice (the case log
 * records what the matcher made of it before the router asks again); matching is pure, so the second call can
 * reuse the first answer instead of classifying again.
 */
import type { Matcher, MatchDecision } from './decision';

export class RecentDecisionCache implements Matcher {
  private readonly recent = new Map<string, MatchDecision>();

  constructor(
    private readonly inner: Matcher,
    private readonly size = 64,
  ) {}

  match(text: string): MatchDecision {
    const cached = this.recent.get(text);
    if (cached !== undefined) {
      return cached;
    }
    const decision = this.inner.match(text);
    this.recent.set(text, decision);
    if (this.recent.size > this.size) {
      const oldest = this.recent.keys().next().value;
      if (oldest !== undefined) {
        this.recent.delete(oldest);
      }
    }
    return decision;
  }
}
