/**
 * What the user and the engineers read about a case (issue #19): the words of the relay, the case card in the
 * Teams agents' channel (with Accept and Close), and the rating of the human help. One place, so tests and the
 * desk read the same sentences.
 */
// @ts-nocheck

import type { CaseActionData, CardView } from '../cards/cardView';
import { caseSummaryView } from '../handoff/caseSummaryView';
import type { ClosedBy, SupportCase } from './supportCase';

/** The portal path for a support request, given when no engineer is reachable from the chat. */
export const PORTAL_SUPPORT_PATH = 'Azure portal > Help + support > Create a support request';

export const CASE_TEXT = {
  stillWaiting: 'Still waiting for an engineer; your message is added to the case. Type "cancel" to come back to me.',
  joined: (agentName: string): string => `${agentName} from support has joined. From now on your messages go to them; type "cancel" to come back to me.`,
  /** An engineer's message as the user (and the transcript) sees it: the engineer is named. */
  fromAgent: (agentName: string, text: string): string => `${agentName} (support): ${text}`,
  cancelled: 'OK, I closed the case and cancelled the request for a support engineer. How can I help?',
  back: {
    agent: 'The support engineer closed the case. I am back: ask me anything about customer-provided keys.',
    user: 'OK, I closed the case and cancelled the request for a support engineer. How can I help?',
    timeout: (minutes: number): string =>
      `No support engineer accepted the case within ${minutes} minute${minutes === 1 ? '' : 's'}, so I closed it and I am back. ` +
      `You can also open a support request (${PORTAL_SUPPORT_PATH}).`,
    'hub-completed': 'The support engineer has finished. I am back: ask me anything about customer-provided keys.',
    'hub-failed': `No support engineer could take the conversation. I am back; you can also open a support request (${PORTAL_SUPPORT_PATH}).`,
  },
  opened: (waitText: string): string =>
    `An engineer will join this conversation. ${waitText} Until then, each message you send is added to the case; type "cancel" to come back to me.`,
  unavailable:
    `No support engineer is reachable from this chat. To reach Azure support, open a support request (${PORTAL_SUPPORT_PATH}). ` +
    'Here is a summary of our conversation to paste into it.',
  /** Posted in the case's Teams thread. */
  thread: {
    accepted: (agentName: string): string => `${agentName} accepted the case. Replies in this thread go to the user.`,
    fromUser: (text: string): string => `User: ${text}`,
    closed: (by: ClosedBy): string => `Case closed (${by === 'agent' ? 'by the engineer' : by === 'user' ? 'the user cancelled' : by === 'timeout' ? 'nobody accepted in time' : 'by the agent hub'}).`,
    acceptFirst: 'Press Accept on the case card first; then your replies in this thread go to the user.',
    closedAlready: 'This case is closed; the message was not delivered.',
    taken: (agentName: string): string => `${agentName} already has this case.`,
  },
} as const;

/** The case card posted to the Teams agents' channel: the staff summary with Accept and Close. */
export function caseCardView(current: SupportCase): CardView {
  const view = caseSummaryView(current.summary, 'New escalation from the CPK bot', 'staff');
  return {
    ...view,
    blocks: [
      ...view.blocks,
      { type: 'facts', facts: [{ title: 'Case', value: current.id }, { title: 'User channel', value: current.channel }] },
      { type: 'text', text: 'Press Accept to take the case, then reply in this thread: your replies go to the user, and their messages appear here.', style: 'subtle' },
    ],
    actions: [
      { label: 'Accept', data: { cpk: 'case', action: 'accept', caseId: current.id } },
      { label: 'Close', data: { cpk: 'case', action: 'close', caseId: current.id } },
    ],
  };
}

/** Asked after an engineer closed the case: the human help is rated apart from the bot's answers. */
export function rateHumanHelpView(current: SupportCase): CardView {
  const who = current.agentName ?? 'the support engineer';
  return {
    title: 'How was the help from support?',
    blocks: [{ type: 'text', text: `Did ${who} solve your problem? This rates the engineer's help, not my answers.` }],
    actions: [
      { label: 'Yes, it helped', data: { cpk: 'rateHuman', caseId: current.id, helpful: true } },
      { label: 'No, it did not', data: { cpk: 'rateHuman', caseId: current.id, helpful: false } },
    ],
  };
}

/** Reads a case button's value (a client can send anything, so each field is checked). */
export function parseCaseAction(value: unknown): CaseActionData | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
  const caseId = own('caseId');
  if (typeof caseId !== 'string' || !CASE_ID_PATTERN.test(caseId)) {
    return undefined;
  }
  const action = own('action');
  if (own('cpk') === 'case' && (action === 'accept' || action === 'close')) {
    return { cpk: 'case', action, caseId };
  }
  const helpful = own('helpful');
  if (own('cpk') === 'rateHuman' && typeof helpful === 'boolean') {
    return { cpk: 'rateHuman', caseId, helpful };
  }
  return undefined;
}

/** Case ids are UUIDs; anything else is refused before it reaches storage. */
export const CASE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
