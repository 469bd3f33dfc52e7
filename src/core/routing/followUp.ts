/**
 * Conversation context (issue #17, item 3): a short message that leans on the previous answer ("what about
 * snapshots?", "and in Java?", "does that work on Azure Files?", "why?") is read against the topic answered last.
 * Pure: the dialog layer keeps the `TopicContext` in conversation state and logs each reading with its reason.
 */
import type { FollowUpRules } from '../knowledge/types';
import type { Route } from './route';

/** The topic answered last and how many more turns it stays the context. */
export interface TopicContext {
  intent: string;
  turnsLeft: number;
}

export type FollowUpReading =
  /** Not a follow-up, or no live context: read the message on its own. */
  | { kind: 'standalone' }
  /** Match `text`: the message with the CPK words its topic implies, so its own words choose the answer. */
  | { kind: 'inContext'; text: string; topic: string; reason: string }
  /** "why?": the previous topic's reasons. */
  | { kind: 'why'; topic: string; reason: string };

/** What the message leaves implicit: it is about customer-provided keys. */
const IMPLIED_WORDS = 'with a customer-provided key';

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter((word) => word !== '').length;
}

/** How `text` reads given the context; only short messages with a follow-up opening lean on it. */
export function readFollowUp(text: string, context: TopicContext | undefined, rules: FollowUpRules): FollowUpReading {
  if (context === undefined || context.turnsLeft <= 0 || wordCount(text) > rules.maxWords) {
    return { kind: 'standalone' };
  }
  if (rules.why.regex.test(text)) {
    return { kind: 'why', topic: context.intent, reason: `"why" after ${context.intent}` };
  }
  if (!rules.marker.regex.test(text)) {
    return { kind: 'standalone' };
  }
  return { kind: 'inContext', text: `${text.trim()} ${IMPLIED_WORDS}`, topic: context.intent, reason: `follow-up of ${context.intent}` };
}

/** The context after a turn: a newly answered topic replaces it; otherwise it ages and expires. */
export function nextContext(previous: TopicContext | undefined, answered: string | undefined, rules: FollowUpRules): TopicContext | undefined {
  if (answered !== undefined) {
    return { intent: answered, turnsLeft: rules.contextTurns };
  }
  if (previous === undefined || previous.turnsLeft <= 1) {
    return undefined;
  }
  return { intent: previous.intent, turnsLeft: previous.turnsLeft - 1 };
}

/**
 * The other questions of a message that asks more than one ("how do I rotate? and what about snapshots?"): each
 * part after the first that ends in a question mark and has a few words.
 */
export function furtherQuestions(text: string): string[] {
  const parts = text.split(/(?<=\?)\s+/).map((part) => part.trim());
  return parts.length < 2 ? [] : parts.slice(1).filter((part) => wordCount(part) >= 3);
}

/**
 * The route of a follow-up read in context, against the message's own route: the context reading wins when it
 * answers, asks "Did you mean" between topics, or finds a CPK question no topic answers (issue #17, item 2: a
 * follow-up of a CPK topic is a CPK question, never "outside what I cover"); otherwise the message's own route stands.
 */
export function preferInContext(inContext: Route, alone: Route): Route {
  if (inContext.kind === 'answer') {
    return { ...inContext, via: 'context' };
  }
  if (inContext.kind === 'didYouMean' || (inContext.kind === 'fallback' && inContext.reason === 'cpk-unanswered')) {
    return inContext;
  }
  return alone;
}
