/**
 * The one ranked route table (issue #16, item 2). Every message goes through it once, whether or not a question is
 * waiting for an answer, and the first row that applies wins:
 *
 * 1. global commands ("help", "start over", "cancel");
 * 2. a request for a human (typed, or the button), unless the handoff confirmation itself is waiting for it;
 * 3. card buttons (a waiting question keeps only its own answer buttons);
 * 4. an explicit check request ("check my key");
 * 5. the waiting question's own input (key values for the key check, a package for the version check, a comment);
 * 6. a new question (with the conversation's context, and the checks its pasted values call for);
 * 7. otherwise the waiting question asks again, or the bot says it did not understand.
 *
 * So a question typed at any prompt leaves the prompt and is answered, and only input the prompt can read stays in
 * it. Pure: `MainDialog` only carries the choice out, and `routeTable.test.ts` tests the rows one by one.
 */
// @ts-nocheck

import type { CardActionData } from '../cards/cardView';
import type { CheckId } from '../knowledge/types';
import type { MatchDecision } from '../matching/decision';
import type { Route } from './route';
import type { Turn } from './turn';

/** A question the bot asked and is waiting on: the dialog that asked it. */
export type WaitingPrompt = 'feedback-comment' | 'handoff' | 'key-check' | 'version-check' | 'blob-check' | 'key-inventory';

export type RouteRank = 'global-command' | 'handoff-request' | 'button' | 'check-request' | 'prompt-input' | 'new-question' | 'fallback';

/** The waiting question reads this message itself. */
export interface PromptInput {
  kind: 'prompt';
}

export interface RouteChoice {
  rank: RouteRank;
  /** Why this row applied, for the log and the tests. */
  reason: string;
  route: Route | PromptInput;
}

export interface RouteSituation {
  /** The question waiting for an answer, if any. */
  waiting?: WaitingPrompt;
  /** Checks this deployment can run. */
  availableChecks: ReadonlySet<CheckId>;
  /** True for intents that answer a CPK question (not small talk, help or escalation). */
  isGuidance: (intent: string) => boolean;
  /** Words that make a message a question ("how", "what", "?"), from `knowledge/scope.json`. */
  asksSomething: RegExp;
  /** Reads a message against the previous topic (issue #17, item 3): a follow-up's route, or `alone` for a message that stands on its own. */
  inContext?: (alone: Route) => Route;
}

function chose(rank: RouteRank, reason: string, route: Route | PromptInput): RouteChoice {
  return { rank, reason, route };
}

const toPrompt = (reason: string): RouteChoice => chose('prompt-input', reason, { kind: 'prompt' });

/** The route of a card button (its `cpk` action). */
export function routeOfButton(action: CardActionData): Route {
  switch (action.cpk) {
    case 'intent':
      // Issue #6: the "Contact Azure support" follow-up (e.g. on the lost-key card) starts the handoff too.
      return action.intent === 'escalate' ? { kind: 'handoff' } : { kind: 'answer', intent: action.intent, confidence: 1, via: 'button' };
    case 'check':
      return { kind: 'check', check: action.check };
    case 'versionRow':
      return { kind: 'versionRow', row: action.row };
    case 'handoff':
      return { kind: 'handoff' };
    case 'restart':
      return { kind: 'restart' };
    case 'help':
      return { kind: 'help' };
    case 'noneOfThese':
      return { kind: 'fallback', reason: 'none-of-these', outOfScope: false };
    case 'feedback':
      return { kind: 'feedback', intent: action.intent, helpful: action.helpful };
    case 'answer':
      // An answer button reaches the table without a waiting question only from a stale card.
      return { kind: 'fallback', reason: 'unknown-action', outOfScope: false };
  }
}

/** The route of the matcher's decision on typed text. */
export function routeOfDecision(decision: MatchDecision): Route {
  switch (decision.kind) {
    case 'answer':
      return decision.intent === 'escalate'
        ? { kind: 'handoff' }
        : decision.intent === 'help'
          ? { kind: 'help' }
          : { kind: 'answer', intent: decision.intent, confidence: decision.confidence, via: 'text' };
    case 'didYouMean':
      return { kind: 'didYouMean', candidates: decision.candidates };
    case 'fallback':
      return { kind: 'fallback', reason: decision.reason, rule: decision.rule, outOfScope: decision.reason === 'out-of-scope' };
  }
}

/** Material a check or a waiting question reads: a URL, key values or key material, a package and version. */
function carriesMaterial(turn: Turn): boolean {
  return turn.entities.urls.length > 0 || turn.entities.keyMaterial.length > 0 || turn.keyValuesPasted || turn.pastedCheck !== undefined;
}

/**
 * The button, or words the matcher reads as a request for a human. Pasted material is never such a request, even
 * when the matcher leans that way (a bare blob URL once scored as "escalate"): it goes to the waiting question.
 */
function asksForHuman(turn: Turn): boolean {
  const { input, decision } = turn;
  if (input.kind === 'action') {
    return input.action.cpk === 'handoff' || (input.action.cpk === 'intent' && input.action.intent === 'escalate');
  }
  return decision?.kind === 'answer' && decision.intent === 'escalate' && !carriesMaterial(turn);
}

/** A CPK question in words: the matcher answers it with guidance and it asks something (or names an error code). */
function isCpkQuestion(turn: Turn, situation: RouteSituation): boolean {
  const { input, decision } = turn;
  return (
    input.kind === 'text' &&
    decision?.kind === 'answer' &&
    situation.isGuidance(decision.intent) &&
    (situation.asksSomething.test(input.text) || turn.entities.errorCodes.length > 0)
  );
}

/**
 * Whether the waiting question can read this typed message as its answer. `question` is the message read as a
 * question (with the conversation's context), computed only when a free-text prompt needs it.
 */
function promptReads(waiting: WaitingPrompt, turn: Turn, situation: RouteSituation, question: () => Route): boolean {
  if (turn.input.kind !== 'text') {
    return false;
  }
  const { text } = turn.input;
  // A CPK question in words, or one that asks something and is answered with the conversation's context
  // ("what about snapshots?" after the rotation card).
  const asksCpk = (): boolean => isCpkQuestion(turn, situation) || (situation.asksSomething.test(text) && isCpkReading(question(), situation));
  switch (waiting) {
    case 'key-check':
      // Key values, or one or two bare tokens (which the key check reads as values).
      return turn.keyValuesPasted || text.split(/\s+/).length <= 2;
    case 'version-check':
      return turn.pastedCheck === 'version-check' || turn.entities.sdks.length > 0;
    case 'blob-check':
    case 'key-inventory':
      // Yes/no, a fingerprint or a URL: anything but a CPK question (a URL is always the answer).
      return turn.entities.urls.length > 0 || !asksCpk();
    case 'feedback-comment':
    case 'handoff':
      // Free text (a comment, a note, yes or no): anything but a CPK question.
      return !asksCpk();
  }
}

/** The route of a message read as a question, with context and the checks its pasted values call for. */
function questionRoute(turn: Turn, situation: RouteSituation): Route {
  if (turn.pastedCheck === 'key-check' && situation.availableChecks.has('key-check')) {
    return { kind: 'check', check: 'key-check' };
  }
  const alone: Route = turn.decision === undefined ? { kind: 'fallback', reason: 'empty-input', outOfScope: false } : routeOfDecision(turn.decision);
  const route = situation.inContext === undefined ? alone : situation.inContext(alone);
  if (turn.pastedCheck !== 'version-check' || !situation.availableChecks.has('version-check')) {
    return route;
  }
  // A package named with its version gets the version verdict: instead of the versions card or a fallback, and
  // after an answer about something else ("Exists() throws 409 on Azure.Storage.Blobs 12.6.0") as a second reply.
  if (route.kind === 'answer' && route.intent !== 'sdk-versions') {
    return { ...route, thenCheck: 'version-check' };
  }
  return route.kind === 'answer' || route.kind === 'fallback' || route.kind === 'didYouMean' ? { kind: 'check', check: 'version-check' } : route;
}

/** Does a question read from a waiting prompt's message take the user out of the prompt? */
function leavesPrompt(route: Route, situation: RouteSituation): boolean {
  return (route.kind === 'answer' && situation.isGuidance(route.intent)) || route.kind === 'check' || route.kind === 'topicDetails' || route.kind === 'versionRow';
}

/**
 * A question's reading that is about CPK: an answer, or one the bot can only partly give (did you mean, the honest
 * partial answer). A message that asks something and reads like this is not a comment or a note.
 */
function isCpkReading(route: Route, situation: RouteSituation): boolean {
  return leavesPrompt(route, situation) || route.kind === 'didYouMean' || (route.kind === 'fallback' && route.reason === 'cpk-unanswered');
}

/** The first row of the table that applies to this turn. */
export function chooseRoute(turn: Turn, situation: RouteSituation): RouteChoice {
  const { input } = turn;
  const { waiting } = situation;
  if (turn.command !== undefined) {
    return chose('global-command', `"${turn.command}" works at any point`, { kind: turn.command });
  }
  if (asksForHuman(turn)) {
    return waiting === 'handoff'
      ? toPrompt('the handoff confirmation reads a request for a human as yes')
      : chose('handoff-request', 'asked for a human', { kind: 'handoff' });
  }
  if (input.kind === 'action') {
    if (waiting !== undefined && input.action.cpk === 'answer') {
      return toPrompt(`an answer button of the waiting ${waiting}`);
    }
    return chose('button', `button "${input.action.cpk}"`, routeOfButton(input.action));
  }
  if (input.kind !== 'text') {
    if (waiting !== undefined) {
      return toPrompt(`nothing to read (${input.kind}): the waiting ${waiting} asks again`);
    }
    const reason = input.kind === 'empty' ? 'empty-input' : 'unknown-action';
    return chose('fallback', reason, { kind: 'fallback', reason, outOfScope: false });
  }
  if (turn.checkRequest !== undefined && situation.availableChecks.has(turn.checkRequest)) {
    return chose('check-request', `asked for the ${turn.checkRequest}`, { kind: 'check', check: turn.checkRequest });
  }
  // Read as a question at most once (the context reading may match a second, rewritten text).
  let asQuestion: Route | undefined;
  const readAsQuestion = (): Route => (asQuestion ??= questionRoute(turn, situation));
  if (waiting !== undefined && promptReads(waiting, turn, situation, readAsQuestion)) {
    return toPrompt(`the waiting ${waiting} reads this message`);
  }
  const question = readAsQuestion();
  if (waiting !== undefined) {
    return leavesPrompt(question, situation) || (waiting === 'feedback-comment' || waiting === 'handoff' ? isCpkReading(question, situation) : false)
      ? chose('new-question', `a new question leaves the waiting ${waiting}`, question)
      : toPrompt(`not a question: the waiting ${waiting} says what it needs`);
  }
  const understood = question.kind !== 'fallback' && question.kind !== 'didYouMean';
  return chose(understood ? 'new-question' : 'fallback', understood ? `a question (${question.kind})` : `not understood (${question.kind})`, question);
}
