/**
 * The topic a bot reply answers, read from its card the way a user sees it (shared by `scoreSealed` and
 * `evalFollowUps`, so two-turn lines are scored alike): a guidance card's "Helpful?" buttons name its topic,
 * another card whose title is in `titles` names that topic, "Did you mean" counts as its first choice (as for
 * single lines), anything else (fallback, check prompt) as `none`.
 */
// @ts-nocheck

import type { Activity } from 'botbuilder';
import type { KnowledgeBase } from '../../src/core/knowledge/types';

/** Every Action.Submit `data` of a card, depth first. */
function submitData(node: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) {
    node.forEach((child) => submitData(child, found));
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Submit' && typeof record.data === 'object' && record.data !== null) {
      found.push(record.data as Record<string, unknown>);
    }
    Object.values(record).forEach((child) => submitData(child, found));
  }
  return found;
}

export function replyIntent(reply: Partial<Activity> | undefined, titles: ReadonlyMap<string, string>): string {
  const card = reply?.attachments?.find((item) => item.contentType === 'application/vnd.microsoft.card.adaptive')?.content as { body?: { text?: string }[] } | undefined;
  const data = submitData(card);
  const rated = data.find((item) => item.cpk === 'feedback');
  if (typeof rated?.intent === 'string') {
    return rated.intent;
  }
  const title = card?.body?.[0]?.text ?? '';
  const byTitle = titles.get(title);
  if (byTitle !== undefined) {
    return byTitle;
  }
  const choice = title.startsWith('Did you mean') ? data.find((item) => item.cpk === 'intent') : undefined;
  return typeof choice?.intent === 'string' ? choice.intent : 'none';
}

/** Card titles and the topic each stands for: guidance titles, their "Why:" details cards, version-table rows. */
export function titleTopics(knowledge: KnowledgeBase): Map<string, string> {
  const titles = new Map<string, string>();
  for (const entry of knowledge.intents.values()) {
    titles.set(entry.title, entry.id);
    titles.set(`Why: ${entry.title}`, entry.id);
  }
  for (const row of knowledge.versions) {
    titles.set(row.component, 'sdk-versions');
  }
  return titles;
}
