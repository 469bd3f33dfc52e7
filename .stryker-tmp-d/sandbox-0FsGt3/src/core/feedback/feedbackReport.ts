/**
 * The summary `npm run report` prints (issue #6, item 6): questions that fell back, intents with low
 * helpfulness, and the escalation rate. Pure: records in, report out.
 */
// @ts-nocheck

import type { FeedbackRecord } from './feedbackRecord';

export interface IntentHelpfulness {
  intent: string;
  yes: number;
  no: number;
  /** yes / (yes + no), 0-1. */
  helpfulRate: number;
}

export interface FeedbackReport {
  conversations: number;
  escalations: number;
  /** Conversations with at least one escalation / conversations, 0-1 (0 when none). */
  escalationRate: number;
  escalationsByReason: Record<string, number>;
  unanswered: { text: string; count: number }[];
  lowHelpfulness: IntentHelpfulness[];
  helpfulness: IntentHelpfulness[];
  comments: { intent: string; comment: string }[];
}

/** An intent is "low" when fewer than this share of its ratings are "yes". */
export const LOW_HELPFULNESS = 0.5;

export function summariseFeedback(records: readonly FeedbackRecord[]): FeedbackReport {
  const conversations = new Set<string>();
  const escalated = new Set<string>();
  const byReason: Record<string, number> = {};
  const unanswered = new Map<string, number>();
  const ratings = new Map<string, { yes: number; no: number }>();
  const comments: { intent: string; comment: string }[] = [];
  let escalations = 0;
  for (const record of records) {
    conversations.add(record.conversationId);
    switch (record.kind) {
      case 'conversation':
        break;
      case 'escalation':
        escalations += 1;
        escalated.add(record.conversationId);
        byReason[record.reason] = (byReason[record.reason] ?? 0) + 1;
        break;
      case 'unanswered': {
        const text = record.text.trim().toLowerCase();
        unanswered.set(text, (unanswered.get(text) ?? 0) + 1);
        break;
      }
      case 'feedback': {
        const rating = ratings.get(record.intent) ?? { yes: 0, no: 0 };
        if (record.helpful) {
          rating.yes += 1;
        } else {
          rating.no += 1;
        }
        ratings.set(record.intent, rating);
        break;
      }
      case 'comment':
        comments.push({ intent: record.intent, comment: record.comment });
        break;
    }
  }
  const helpfulness = [...ratings.entries()]
    .map(([intent, { yes, no }]) => ({ intent, yes, no, helpfulRate: yes / (yes + no) }))
    .sort((a, b) => a.helpfulRate - b.helpfulRate || a.intent.localeCompare(b.intent));
  return {
    conversations: conversations.size,
    escalations,
    escalationRate: conversations.size === 0 ? 0 : escalated.size / conversations.size,
    escalationsByReason: byReason,
    unanswered: [...unanswered.entries()].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
    lowHelpfulness: helpfulness.filter((entry) => entry.helpfulRate < LOW_HELPFULNESS),
    helpfulness,
    comments,
  };
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** The report as plain text for the terminal. */
export function formatFeedbackReport(report: FeedbackReport): string {
  const lines = [
    'CPK support bot: feedback report',
    '',
    `Conversations: ${report.conversations}`,
    `Escalations: ${report.escalations} (escalation rate ${percent(report.escalationRate)})`,
    ...Object.entries(report.escalationsByReason).map(([reason, count]) => `  ${reason}: ${count}`),
    '',
    `Questions that fell back (${report.unanswered.length}):`,
    ...(report.unanswered.length === 0 ? ['  none'] : report.unanswered.map((entry) => `  ${entry.count} x ${entry.text}`)),
    '',
    `Intents with low helpfulness (under ${percent(LOW_HELPFULNESS)} yes):`,
    ...(report.lowHelpfulness.length === 0
      ? ['  none']
      : report.lowHelpfulness.map((entry) => `  ${entry.intent}: ${entry.yes} yes / ${entry.no} no (${percent(entry.helpfulRate)})`)),
    '',
    'All ratings:',
    ...(report.helpfulness.length === 0
      ? ['  none']
      : report.helpfulness.map((entry) => `  ${entry.intent}: ${entry.yes} yes / ${entry.no} no`)),
  ];
  if (report.comments.length > 0) {
    lines.push('', 'Comments:', ...report.comments.map((entry) => `  [${entry.intent}] ${entry.comment.replace(/\s+/g, ' ')}`));
  }
  return `${lines.join('\n')}\n`;
}
