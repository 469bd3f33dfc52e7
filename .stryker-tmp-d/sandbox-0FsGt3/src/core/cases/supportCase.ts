/**
 * A support case (issue #19): what a handoff hands to a human, kept in the same storage as conversation state so
 * any instance can serve it. Plain JSON with no botbuilder types, because it is stored, listed by the agent desk
 * and read by every instance.
 */
// @ts-nocheck

import type { CaseSummary } from '../handoff/caseSummary';

/** `waiting` for an engineer, `active` while one has it, `closed` for good. */
export type CaseState = 'waiting' | 'active' | 'closed';

/** Who ended a case; the user is told differently for each. */
export type ClosedBy = 'agent' | 'user' | 'timeout' | 'hub-completed' | 'hub-failed';

/** One message of the case, redacted before it is stored. `agentName` names the engineer on agent messages. */
export interface CaseMessage {
  from: 'user' | 'agent' | 'bot';
  text: string;
  timestamp: string;
  agentName?: string;
}

/**
 * Where the user is, as the Bot Framework's conversation reference (plain fields only): the relay delivers agent
 * messages there proactively.
 */
export interface UserReference {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; conversationType?: string; isGroup?: boolean; name?: string };
  bot: { id: string; name?: string };
  user: { id: string; name?: string };
  locale?: string;
}

/** The case's root message in the Teams agents' channel; replies in its thread belong to the case. */
export interface TeamsThread {
  rootActivityId: string;
  /** The bot's account in that channel, for replies in the thread. */
  bot: { id: string; name?: string };
}

export interface SupportCase {
  id: string;
  conversationId: string;
  channel: string;
  reference: UserReference;
  /** The same object as the `handoff.initiate` value. */
  summary: CaseSummary;
  /** The redacted transcript at handoff (Bot Framework activities as plain JSON), for the agent desk. */
  transcript: unknown[];
  state: CaseState;
  createdAt: string;
  agentName?: string;
  acceptedAt?: string;
  closedAt?: string;
  closedBy?: ClosedBy;
  messages: CaseMessage[];
  teamsThread?: TeamsThread;
  /** The user's rating of the human help, asked for after the case closed. */
  rating?: { helpful: boolean; time: string };
}

/** Bounds of what a case keeps (cases are stored and read on every relayed turn). */
export const CASE_LIMITS = {
  /** Longest message text kept or relayed, in characters. */
  maxMessageChars: 4000,
  /** Oldest messages are dropped past this many. */
  maxMessages: 300,
  /** Latest transcript activities kept. */
  maxTranscriptActivities: 150,
  /** Longest agent name, in characters. */
  maxAgentNameChars: 80,
} as const;
