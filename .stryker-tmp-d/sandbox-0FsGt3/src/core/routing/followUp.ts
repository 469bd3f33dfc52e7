/**
 * Conversation context (issue #17, item 3): a short message that leans on the previous answer ("what about
 * snapshots?", "and in Java?", "does that work on Azure Files?", "why?") is read against the topic answered last.
 * The reading is decided by the words of `knowledge/followups.json`, not by matching the message with words added:
 * generic CPK words pulled every such message to the versions topic. Pure: the dialog layer keeps the
 * `TopicContext` in conversation state and logs each reading with its reason.
 */
// @ts-nocheck

import type { FollowUpLanguage, FollowUpRules } from '../knowledge/types';
import type { Route } from './route';

/** The topic answered last and how many more turns it stays the context. */
export interface TopicContext {
  intent: string;
  turnsLeft: number;
}

/** What the message says on its own, as far as the follow-up reading needs it. */
export interface AloneReading {
  /** The guidance topic the matcher answers the message with on its own, if any. */
  topic?: string;
  /** The scope guard found another subject (weather, account keys, pricing): not a CPK follow-up. */
  otherSubject: boolean;
}

export type FollowUpReading =
  /** Not a follow-up, or no live context: read the message on its own. */
  | { kind: 'standalone'; reason: string }
  /** "why?": the reasons behind the topic in context. */
  | { kind: 'why'; topic: string; reason: string }
  /** Answer `topic`; `language` is the language or SDK the message named, if any ("and in Java?"). */
  | { kind: 'topic'; topic: string; reason: string; language?: FollowUpLanguage };

/** What a message's own route says for the follow-up reading; `isGuidance` tells CPK topics from small talk. */
export function aloneReading(alone: Route, isGuidance: (intent: string) => boolean): AloneReading {
  const otherSubject = alone.kind === 'fallback' && alone.rule === 'other-topic';
  return alone.kind === 'answer' && isGuidance(alone.intent) ? { topic: alone.intent, otherSubject } : { otherSubject };
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter((word) => word !== '').length;
}

/** The topic a named subject goes to: the one in context when its card answers the subject, else the message's own, else the first. */
function subjectTopic(topics: readonly string[], context: string, alone: AloneReading): string {
  if (topics.includes(context)) {
    return context;
  }
  return alone.topic !== undefined && topics.includes(alone.topic) ? alone.topic : (topics[0] ?? context);
}

/** How `text` reads given the context: only short messages that lean on the previous answer use it. */
export function readFollowUp(text: string, context: TopicContext | undefined, rules: FollowUpRules, alone: AloneReading): FollowUpReading {
  if (context === undefined || context.turnsLeft <= 0) {
    return { kind: 'standalone', reason: 'no live context' };
  }
  const words = wordCount(text);
  if (words > rules.maxWords) {
    return { kind: 'standalone', reason: `longer than ${rules.maxWords} words` };
  }
  const of = `follow-up of ${context.intent}`;
  if (rules.why.regex.test(text)) {
    return { kind: 'why', topic: context.intent, reason: `${of}: asks why` };
  }
  if (rules.how.regex.test(text)) {
    return { kind: 'topic', topic: context.intent, reason: `${of}: asks how` };
  }
  const subject = rules.subjects.find((candidate) => candidate.regex.test(text));
  const language = rules.languages.find((candidate) => candidate.regex.test(text));
  // A word such as "it" or "then" leans on the answer only when the message does not answer itself: "is it possible
  // to recover the data?" after a rotation is a lost-key question, not more rotation.
  const leans = rules.marker.regex.test(text) || (rules.leans.regex.test(text) && alone.topic === undefined);
  // A bare name ("node?", "snapshots"), or a subject in a message the matcher cannot answer alone ("how do I compute the hash correctly").
  const bare = (words <= rules.bareWords && (subject !== undefined || language !== undefined)) || (subject !== undefined && alone.topic === undefined && !alone.otherSubject);
  if (!leans && !bare) {
    return { kind: 'standalone', reason: `${of}: answered on its own and does not lean on it` };
  }
  if (subject !== undefined) {
    const topic = subjectTopic(subject.topics, context.intent, alone);
    return { kind: 'topic', topic, reason: `${of}: names ${subject.name}, ${topic === context.intent ? 'which it covers' : `answered by ${topic}`}`, ...(language === undefined ? {} : { language }) };
  }
  if (alone.otherSubject) {
    return { kind: 'standalone', reason: `${of}: about another subject` };
  }
  if (language !== undefined) {
    return { kind: 'topic', topic: context.intent, reason: `${of}: names ${language.name}`, language };
  }
  return { kind: 'topic', topic: context.intent, reason: `${of}: leans on it` };
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
 * The topic of a further question in the same message ("How do I rotate? And does it work with snapshots?"), read as
 * a follow-up of the main answer: its subject's topic, else its own answer; undefined when that is the main answer.
 */
export function furtherQuestionTopic(question: string, answered: string, rules: FollowUpRules, alone: AloneReading): string | undefined {
  const reading = readFollowUp(question, { intent: answered, turnsLeft: 1 }, rules, alone);
  const topic = reading.kind === 'topic' ? reading.topic : alone.topic;
  return topic === answered ? undefined : topic;
}
