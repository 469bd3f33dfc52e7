/**
 * One user message, read once (issue #16, item 1). The bot builds it at the start of the turn, after the Teams
 * @mention is removed, and everything after reads it: the turn hooks, the route table, the dialogs and the case
 * log. So a message is matched once, its facts come from one recogniser (the matcher's), and the case summary can
 * never disagree with the answer the user saw.
 */
// @ts-nocheck

import { detectCheckRequest } from '../checks/detectCheckRequest';
import { carriesKeyValues, extractKeyInputs } from '../checks/key/extractKeyInputs';
import { pastedCheck } from '../checks/pastedCheckInput';
import { noEntities } from '../entities/noEntities';
import type { Entities } from '../entities/types';
import type { CheckId } from '../knowledge/types';
import type { Matcher, MatchDecision } from '../matching/decision';
import { globalCommand, readTurnInput, type TurnInput } from './turnInput';
import { countUploadedFiles } from './uploadedFiles';

/** Longest text a check reads; more is never a key, a hash or a dependency file worth parsing. */
export const MAX_CHECK_INPUT_CHARS = 20000;

export interface Turn {
  /** Typed text (normalised, cut to the configured length), a card button, or nothing usable. */
  input: TurnInput;
  /** The typed text as a check reads it: not normalised (keys keep their exact characters), cut to 20,000. */
  checkText: string;
  /** "help", "start over" / "cancel": commands that work at any point. */
  command?: 'restart' | 'help';
  /** The matcher's one decision on the typed text; absent for buttons and empty messages. */
  decision?: MatchDecision;
  /** What the message names (error codes, HTTP status, SDKs, URLs, key material kinds), from the matcher's read. */
  entities: Entities;
  /** Key or hash values are in the message: it is kept nowhere, not even redacted (see `carriesKeyValues`). */
  keyValuesPasted: boolean;
  /** Files or images the user attached. */
  uploads: number;
  /** A check the words ask for ("check my key"). */
  checkRequest?: CheckId;
  /** A check the pasted values call for (a labelled key and hash; a package with its version). */
  pastedCheck?: CheckId;
}

/** What `readTurn` needs from a message activity; the bot passes the activity itself. */
export interface MessageFields {
  type?: string;
  text?: unknown;
  value?: unknown;
  attachments?: unknown;
}

/** Reads a message once. Anything that is not a message gives an empty turn (no match). */
export function readTurn(message: MessageFields, matcher: Matcher, maxInputChars: number): Turn {
  const isMessage = message.type === undefined || message.type === 'message';
  const input: TurnInput = isMessage ? readTurnInput(message.text, message.value, maxInputChars) : { kind: 'empty' };
  const checkText = isMessage && typeof message.text === 'string' ? message.text.slice(0, MAX_CHECK_INPUT_CHARS) : '';
  // Read once for both questions below: does the message carry key values, and do they call for the key check?
  const keyInput = input.kind === 'text' ? extractKeyInputs(input.text) : undefined;
  const turn: Turn = {
    input,
    checkText,
    entities: noEntities(),
    keyValuesPasted: input.kind === 'text' && carriesKeyValues(input.text, keyInput),
    uploads: isMessage ? countUploadedFiles(message.attachments) : 0,
  };
  const command = globalCommand(input);
  if (command !== undefined) {
    turn.command = command;
  }
  if (input.kind !== 'text' || command !== undefined) {
    return turn;
  }
  turn.decision = matcher.match(input.text);
  turn.entities = turn.decision.entities ?? noEntities();
  const requested = detectCheckRequest(input.text);
  if (requested !== undefined) {
    turn.checkRequest = requested;
  }
  const pasted = pastedCheck(input.text, keyInput);
  if (pasted !== undefined) {
    turn.pastedCheck = pasted;
  }
  return turn;
}
