/**
 * The case summary handed to a human agent (issue #6, item 2): the problem in one line, the detected intent and
 * its confidence, entities, checks, cards shown, the knowledge file's support routing metadata, and the channel.
 * Framework-free: the dialog shows it as a card and sends it as the handoff event's value.
 */
import type { KnowledgeBase } from '../knowledge/types';
import { redactDeep, redactSecrets } from '../redaction/redact';
import { redactThenCut } from '../redaction/cutSafely';
import type { CaseLog, CheckRecord } from './caseLog';
import { type Entity, extractEntities } from './extractEntities';
import type { HandoffReason } from './handoffState';
import { HANDOFF_QUESTION_TITLES } from './handoffViews';


export interface CaseSummary {
  problem: string;
  reason: HandoffReason;
  intent?: { id: string; title: string; confidence: number };
  entities: Entity[];
  checks: CheckRecord[];
  cardsShown: string[];
  support?: { articleId: string; supportTopicIds: string[]; productPesIds: string[]; cloud: string[] };
  channel: string;
  conversationId: string;
  /** Who to contact: the channel's display name or id of the user (Teams agents need it to reach the user). */
  user?: string;
  userNote?: string;
  createdAt: string;
}

export interface CaseSummaryInput {
  log: CaseLog;
  knowledge: KnowledgeBase;
  reason: HandoffReason;
  channel: string;
  conversationId: string;
  now: Date;
  user?: string;
  userNote?: string;
  /** Results handed over by a check that asked for support; merged with the checks already recorded. */
  checkResults?: readonly CheckRecord[];
}

const PROBLEM_MAX = 140;

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PROBLEM_MAX ? `${flat.slice(0, PROBLEM_MAX - 1)}…` : flat;
}

export function buildCaseSummary(input: CaseSummaryInput): CaseSummary {
  const { log, knowledge } = input;
  const isGuidance = (id: string | undefined): boolean => id !== undefined && knowledge.intents.get(id)?.kind === 'guidance';
  const guidanceTurns = log.turns.filter((turn) => isGuidance(turn.intent));
  const problemTurn =
    guidanceTurns[0] ?? [...log.turns].reverse().find((turn) => turn.intent !== 'escalate' && turn.text.trim() !== '');
  const lastGuidance = guidanceTurns[guidanceTurns.length - 1];
  const intentEntry = lastGuidance?.intent === undefined ? undefined : knowledge.intents.get(lastGuidance.intent);
  const supportSource = intentEntry?.support ?? knowledge.intents.get('escalate')?.support;
  const checks = [...log.checks, ...(input.checkResults ?? [])];
  const texts = [...log.turns.map((turn) => turn.text), ...(input.userNote === undefined ? [] : [input.userNote])];
  const summary: CaseSummary = {
    problem: problemTurn === undefined ? 'The user asked to talk to a support engineer.' : oneLine(problemTurn.text),
    reason: input.reason,
    entities: extractEntities(texts.map(redactSecrets)),
    checks: checks.filter((check, index) => checks.findIndex((other) => other.check === check.check && other.summary === check.summary) === index),
    cardsShown: [...new Set(log.cardsShown)].filter((title) => !HANDOFF_QUESTION_TITLES.includes(title)),
    channel: input.channel,
    conversationId: input.conversationId,
    createdAt: input.now.toISOString(),
  };
  if (intentEntry !== undefined && lastGuidance !== undefined) {
    summary.intent = { id: intentEntry.id, title: intentEntry.title, confidence: Math.round((lastGuidance.confidence ?? 0) * 100) / 100 };
  }
  if (supportSource !== undefined) {
    summary.support = {
      articleId: supportSource.articleId,
      supportTopicIds: [...supportSource.supportTopicIds],
      productPesIds: [...supportSource.productPesIds],
      cloud: [...supportSource.cloudEnvironments],
    };
  }
  if (input.user !== undefined && input.user.trim() !== '') {
    summary.user = redactThenCut(input.user.trim(), 200);
  }
  if (input.userNote !== undefined && input.userNote.trim() !== '') {
    summary.userNote = redactThenCut(input.userNote.trim(), 1000);
  }
  // One more pass over everything: the summary leaves the bot, so it passes the redaction function as a whole.
  return redactDeep(summary);
}
