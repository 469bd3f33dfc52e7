/**
 * What the conversation has shown so far, kept in conversation state turn by turn so that a case summary can be
 * built at escalation without re-reading the transcript (issue #6, item 2). Everything stored is redacted and
 * bounded, because conversation state is itself written to storage.
 */
// @ts-nocheck

import type { Entities } from '../entities/types';
import { redactThenCut } from '../redaction/cutSafely';
import { redactSecrets } from '../redaction/redact';
import { caseFactsOf, type Entity } from './caseFacts';

/** One user turn: the (redacted) text, the facts read from it, and the topic the bot answered it with. */
export interface CaseTurn {
  text: string;
  /** Facts the bot read from this message (the same reading its answer used). */
  facts?: Entity[];
  /** The guidance or small-talk topic the bot answered this turn with, if it answered one. */
  intent?: string;
  confidence?: number;
}

/** A live check's outcome as the summary shows it; the checks engineer fills it in (issue #4). */
export interface CheckRecord {
  check: string;
  status: string;
  summary: string;
  /** True when the check found something only support can resolve (a handoff trigger). */
  supportNeeded?: boolean;
}

export interface CaseLog {
  turns: CaseTurn[];
  cardsShown: string[];
  checks: CheckRecord[];
}

const MAX_TURNS = 30;
const MAX_CARDS = 50;
const MAX_CHECKS = 20;
const MAX_TEXT = 1000;

export function newCaseLog(): CaseLog {
  return { turns: [], cardsShown: [], checks: [] };
}

function pushBounded<T>(list: T[], item: T, max: number): void {
  list.push(item);
  if (list.length > max) {
    list.splice(0, list.length - max);
  }
}

/**
 * Records a user turn; the text is redacted, then cut (a cut first could leave part of a key), then stored with
 * the facts the turn's reading found.
 */
export function recordTurn(log: CaseLog, text: string, entities?: Entities): void {
  const redacted = redactThenCut(text, MAX_TEXT);
  pushBounded(log.turns, entities === undefined ? { text: redacted } : { text: redacted, facts: caseFactsOf(entities, redacted) }, MAX_TURNS);
}

/** Marks the turn just recorded with the topic the bot answered it with (the router knows it, the recorder not). */
export function recordAnswer(log: CaseLog, intent: string, confidence: number): void {
  const last = log.turns[log.turns.length - 1];
  if (last !== undefined) {
    last.intent = intent;
    last.confidence = confidence;
  }
}

export function recordCardShown(log: CaseLog, title: string): void {
  pushBounded(log.cardsShown, redactSecrets(title), MAX_CARDS);
}

/** Records a check result; the check dialogs call this so the summary lists the checks run. */
export function recordCheck(log: CaseLog, check: CheckRecord): void {
  pushBounded(
    log.checks,
    { ...check, summary: redactSecrets(check.summary), status: redactSecrets(check.status) },
    MAX_CHECKS,
  );
}
