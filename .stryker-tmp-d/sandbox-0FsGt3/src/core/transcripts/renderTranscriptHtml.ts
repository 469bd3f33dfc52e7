/**
 * Renders an Emulator-format transcript (a JSON array of activities) as one self-contained HTML page for support
 * staff (issue #6, item 4): the case summary on top when the conversation was escalated, then every message with
 * cards shown as their text. Everything is redacted again and HTML-escaped; the page loads nothing external.
 */
// @ts-nocheck

import { redactDeep } from '../redaction/redact';
import { adaptiveCardText } from './cardText';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

type Json = Record<string, unknown>;

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
}

/** The lines an activity shows: its cards' text, or its own text. */
function activityLines(activity: Json): string[] {
  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  const cardLines = attachments.flatMap((attachment) => {
    const record = asRecord(attachment);
    return record?.contentType === 'application/vnd.microsoft.card.adaptive' ? adaptiveCardText(record.content) : [];
  });
  if (cardLines.length > 0) {
    return cardLines;
  }
  return typeof activity.text === 'string' && activity.text !== '' ? [activity.text] : [];
}

function summaryHtml(summary: Json): string {
  const rows: [string, string][] = [
    ['Problem', str(summary.problem)],
    ['Reason', str(summary.reason)],
    ['Topic', asRecord(summary.intent) === undefined ? 'not identified' : `${str(asRecord(summary.intent)?.title)} (${str(asRecord(summary.intent)?.id)}, confidence ${str(asRecord(summary.intent)?.confidence)})`],
    ['Channel', str(summary.channel)],
    ['Conversation', str(summary.conversationId)],
  ];
  if (summary.user !== undefined) {
    rows.push(['User', str(summary.user)]);
  }
  const entities = Array.isArray(summary.entities) ? summary.entities : [];
  for (const entity of entities) {
    rows.push([str(asRecord(entity)?.kind), str(asRecord(entity)?.value)]);
  }
  const checks = Array.isArray(summary.checks) ? summary.checks : [];
  for (const check of checks) {
    const record = asRecord(check);
    rows.push([`Check ${str(record?.check)} (${str(record?.status)})`, str(record?.summary)]);
  }
  const cards = Array.isArray(summary.cardsShown) ? summary.cardsShown.map(str) : [];
  if (cards.length > 0) {
    rows.push(['Answers shown', cards.join('; ')]);
  }
  if (summary.userNote !== undefined) {
    rows.push(['Note from the user', str(summary.userNote)]);
  }
  const support = asRecord(summary.support);
  if (support !== undefined) {
    rows.push(['Support topic ids', (Array.isArray(support.supportTopicIds) ? support.supportTopicIds : []).map(str).join(', ')]);
    rows.push(['Product (PES) ids', (Array.isArray(support.productPesIds) ? support.productPesIds : []).map(str).join(', ')]);
    rows.push(['Clouds', (Array.isArray(support.cloud) ? support.cloud : []).map(str).join(', ')]);
  }
  const body = rows.map(([title, value]) => `<tr><th>${escapeHtml(title)}</th><td>${escapeHtml(value)}</td></tr>`).join('\n');
  return `<section class="summary"><h2>Case summary</h2><table>\n${body}\n</table></section>`;
}

function roleOf(activity: Json): 'bot' | 'user' {
  const role = asRecord(activity.from)?.role;
  if (role === 'bot' || role === 'user') {
    return role;
  }
  return asRecord(activity.recipient)?.role === 'bot' ? 'user' : 'bot';
}

/** The HTML page for a parsed transcript; throws if it is not a JSON array. */
export function renderTranscriptHtml(transcript: unknown, title = 'Conversation transcript'): string {
  if (!Array.isArray(transcript)) {
    throw new Error('A transcript must be a JSON array of activities (the Bot Framework Emulator format).');
  }
  const activities = (redactDeep(transcript) as unknown[]).map(asRecord).filter((activity): activity is Json => activity !== undefined);
  // Only the bot's own handoff event is the case summary; one a client sent is listed as a plain user event.
  const handoff = activities.find((activity) => activity.type === 'event' && activity.name === 'handoff.initiate' && roleOf(activity) === 'bot');
  const summary = asRecord(handoff?.value);
  const items = activities
    .filter((activity) => activity.type === 'message' || (activity.type === 'event' && typeof activity.name === 'string'))
    .map((activity) => {
      const time = escapeHtml(str(activity.timestamp));
      if (activity.type === 'event') {
        return `<li class="event"><span class="who">${roleOf(activity) === 'bot' ? 'event' : 'user event'}</span> <time>${time}</time><pre>${escapeHtml(str(activity.name))}</pre></li>`;
      }
      const role = roleOf(activity);
      const name = escapeHtml(str(asRecord(activity.from)?.name) || role);
      const lines = activityLines(activity).map((line) => `<pre>${escapeHtml(line)}</pre>`).join('');
      return `<li class="${role}"><span class="who">${name}</span> <time>${time}</time>${lines}</li>`;
    });
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}',
    'table{border-collapse:collapse}th,td{text-align:left;vertical-align:top;padding:.2rem .6rem;border-bottom:1px solid #ddd}',
    'ol{list-style:none;padding:0}li{margin:.8rem 0;padding:.5rem .8rem;border-radius:.4rem}',
    'li.user{background:#e8f0fe}li.bot{background:#f4f4f4}li.event{background:#fff4e0}',
    'pre{white-space:pre-wrap;font-family:inherit;margin:.3rem 0}.who{font-weight:bold}time{color:#666;font-size:.8em}</style>',
    '</head><body>',
    `<h1>${escapeHtml(title)}</h1>`,
    summary === undefined ? '<p>This conversation was not escalated.</p>' : summaryHtml(summary),
    '<h2>Conversation</h2>',
    `<ol>\n${items.join('\n')}\n</ol>`,
    '</body></html>',
    '',
  ].join('\n');
}
