/**
 * The case summary handed to a human agent (issue #6, item 2): the problem in one line, the topic with its
 * confidence and the reason it was chosen, facts, checks, cards shown, the knowledge file's support routing
 * metadata, and the channel. Framework-free: the dialog shows it as a card and sends it as the handoff event's
 * value.
 *
 * The topic is chosen from the strongest evidence (issue #16, item 3): a topic the bot answered that an error
 * code the user pasted supports beats the last topic answered, and a note typed at the handoff is never a topic.
 */
// @ts-nocheck

import type { KnowledgeBase } from '../knowledge/types';
import { redactDeep, redactSecrets } from '../redaction/redact';
import { noEntities } from '../entities/noEntities';
import { redactThenCut } from '../redaction/cutSafely';
import type { CaseLog, CaseTurn, CheckRecord } from './caseLog';
import { caseFactsOf, type Entity, uniqueFacts } from './caseFacts';
import type { HandoffReason } from './handoffState';
import { HANDOFF_QUESTION_TITLES } from './handoffViews';


export interface CaseSummary {
  problem: string;
  reason: HandoffReason;
  /** `basis`: why this topic, e.g. "the error code X the user pasted, which the bot answered". */
  intent?: { id: string; title: string; confidence: number; basis: string };
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

/** The answered topic the evidence supports best, with the reason (see the file comment). */
function chooseTopic(log: CaseLog, knowledge: KnowledgeBase): { turn: CaseTurn; basis: string } | undefined {
  const answered = log.turns.filter((turn) => turn.intent !== undefined && knowledge.intents.get(turn.intent)?.kind === 'guidance');
  const pastedCodes = new Set(log.turns.flatMap((turn) => (turn.facts ?? []).filter((fact) => fact.kind === 'errorCode').map((fact) => fact.value)));
  const supported = [...answered].reverse().find((turn) => {
    const code = turn.intent === undefined ? undefined : knowledge.intents.get(turn.intent)?.answer.error?.code;
    return code !== undefined && pastedCodes.has(code);
  });
  if (supported !== undefined) {
    const code = supported.intent === undefined ? '' : (knowledge.intents.get(supported.intent)?.answer.error?.code ?? '');
    return { turn: supported, basis: `the error code ${code} the user pasted, which the bot answered` };
  }
  const last = answered[answered.length - 1];
  return last === undefined ? undefined : { turn: last, basis: 'the last topic the bot answered' };
}

export function buildCaseSummary(input: CaseSummaryInput): CaseSummary {
  const { log, knowledge } = input;
  const isGuidance = (id: string | undefined): boolean => id !== undefined && knowledge.intents.get(id)?.kind === 'guidance';
  const problemTurn =
    log.turns.find((turn) => isGuidance(turn.intent)) ?? [...log.turns].reverse().find((turn) => turn.intent !== 'escalate' && turn.text.trim() !== '');
  const topic = chooseTopic(log, knowledge);
  const intentEntry = topic?.turn.intent === undefined ? undefined : knowledge.intents.get(topic.turn.intent);
  const supportSource = intentEntry?.support ?? knowledge.intents.get('escalate')?.support;
  const checks = [...log.checks, ...(input.checkResults ?? [])];
  const summary: CaseSummary = {
    problem: problemTurn === undefined ? 'The user asked to talk to a support engineer.' : oneLine(problemTurn.text),
    reason: input.reason,
    // The note is a turn too, but one carrying key values is not kept: its fingerprints come from the redacted note.
    entities: uniqueFacts([...log.turns.flatMap((turn) => turn.facts ?? []), ...caseFactsOf(noEntities(), redactSecrets(input.userNote ?? ''))]),
    checks: checks.filter((check, index) => checks.findIndex((other) => other.check === check.check && other.summary === check.summary) === index),
    cardsShown: [...new Set(log.cardsShown)].filter((title) => !HANDOFF_QUESTION_TITLES.includes(title)),
    channel: input.channel,
    conversationId: input.conversationId,
    createdAt: input.now.toISOString(),
  };
  if (intentEntry !== undefined && topic !== undefined) {
    summary.intent = {
      id: intentEntry.id,
      title: intentEntry.title,
      confidence: Math.round((topic.turn.confidence ?? 0) * 100) / 100,
      basis: topic.basis,
    };
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
