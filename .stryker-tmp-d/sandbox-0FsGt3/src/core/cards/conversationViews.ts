/**
 * Cards that are not one intent's answer: welcome, "did you mean", fallback, and the apology after an error.
 */
// @ts-nocheck

import type { ScoredIntent } from '../matching/decision';
import type { KnowledgeBase } from '../knowledge/types';
import type { CardView } from './cardView';
import { helpButton, startOverButton, talkToHumanButton } from './commonButtons';
import { followUpButtons } from './guidanceView';

/** Intents offered as example questions on the welcome and fallback cards. */
export const EXAMPLE_INTENTS = ['lost-key', 'rotate-key', 'sdk-versions', 'error-key-mismatch'] as const;

/** Shown when a conversation starts and after "start over". */
export function welcomeView(kb: KnowledgeBase): CardView {
  return {
    title: 'CPK troubleshooting assistant',
    blocks: [
      {
        type: 'text',
        text:
          'I help with customer-provided keys (CPK) for Azure Blob storage: lost keys, key rotation, which SDK and ' +
          'REST versions support CPK, and the errors BlobCustomerSpecifiedEncryptionMismatch, ' +
          'BlobUsesCustomerSpecifiedEncryption and InvalidHeaderValue.',
      },
      {
        type: 'text',
        text: 'Never paste a key here. When a check needs one, a SHA-256 fingerprint of it is enough.',
        style: 'warning',
      },
      { type: 'buttons', heading: 'Try one of these', buttons: followUpButtons(kb, EXAMPLE_INTENTS) },
    ],
    actions: [helpButton, talkToHumanButton],
  };
}

/** Offered when two or three intents scored too close to pick one. */
export function didYouMeanView(kb: KnowledgeBase, candidates: readonly ScoredIntent[]): CardView {
  return {
    title: 'Did you mean…',
    blocks: [
      { type: 'text', text: 'I am not sure which of these you mean. Pick one:' },
      {
        type: 'buttons',
        heading: 'Choices',
        buttons: [
          ...followUpButtons(kb, candidates.map((candidate) => candidate.intent)),
          { label: 'None of these', data: { cpk: 'noneOfThese' } },
        ],
      },
    ],
    actions: [],
  };
}

/** The CPK article every partial answer links (cpk-facts §13, D1). */
const CPK_ARTICLE = { title: 'Provide an encryption key on a request to Blob storage', url: 'https://learn.microsoft.com/azure/storage/blobs/encryption-customer-provided-keys' };

/**
 * The honest partial answer to a CPK question no topic answers (issue #17, item 2): what is documented for every CPK
 * request (cpk-facts §1, §5), the Microsoft article, the topics the bot has, and a person to ask.
 */
export function cpkPartialAnswerView(kb: KnowledgeBase): CardView {
  return {
    title: 'A CPK question I cannot fully answer',
    blocks: [
      {
        type: 'text',
        text: 'I do not have a full answer to that customer-provided key (CPK) question, so I have noted it for the team that maintains my answers.',
      },
      {
        type: 'text',
        text:
          'What is documented: a CPK is an AES-256 key your app sends on each Blob storage request (x-ms-encryption-key, ' +
          'x-ms-encryption-key-sha256 and x-ms-encryption-algorithm: AES256, REST version 2019-02-02 or later). Azure Storage ' +
          'does not store the key, so every read and write of that blob needs it.',
      },
      { type: 'links', heading: 'Microsoft documentation', links: [CPK_ARTICLE] },
      { type: 'text', text: 'A support engineer can look at your question with you.' },
      { type: 'buttons', heading: 'I can help with', buttons: followUpButtons(kb, EXAMPLE_INTENTS) },
    ],
    actions: [talkToHumanButton, helpButton],
  };
}

/**
 * Shown when the bot has no answer. `outOfScope` is an honest "I only cover CPK"; `offerHuman` is set on the
 * second fallback in a row so the user is not left going round in circles; `cpkQuestion` (a CPK question no topic
 * answers) gets the partial answer instead, which always offers a person.
 */
export function fallbackView(kb: KnowledgeBase, options: { outOfScope: boolean; offerHuman: boolean; cpkQuestion?: boolean }): CardView {
  if (options.cpkQuestion === true) {
    return cpkPartialAnswerView(kb);
  }
  const none = kb.intents.get('none');
  const lead = options.outOfScope
    ? (none?.answer.summary ?? 'I only cover customer-provided keys (CPK) for Azure Blob storage.')
    : 'Sorry, I did not understand that. Could you rephrase it? For example, name the error code you see or what you want to do with your key.';
  return {
    title: options.outOfScope ? 'Outside what I cover' : 'I did not catch that',
    blocks: [
      { type: 'text', text: lead },
      ...(options.offerHuman
        ? [{ type: 'text' as const, text: 'I still could not help. Would you like to talk to a support engineer?' }]
        : []),
      { type: 'buttons', heading: 'I can help with', buttons: followUpButtons(kb, EXAMPLE_INTENTS) },
    ],
    actions: options.offerHuman ? [talkToHumanButton, helpButton] : [helpButton],
  };
}

/** Shown when a message has files or images the bot cannot read and no text it understood. */
export function uploadedFilesView(kb: KnowledgeBase): CardView {
  return {
    title: 'I cannot open files or images',
    blocks: [
      {
        type: 'text',
        text:
          'I read only typed text, so I could not see what you attached. Please paste the error as text: the error ' +
          'code (for example BlobUsesCustomerSpecifiedEncryption), the HTTP status, and the message or response body.',
      },
      { type: 'text', text: 'Remove keys and SAS signatures before pasting; a SHA-256 fingerprint of a key is enough.', style: 'warning' },
      { type: 'buttons', heading: 'I can help with', buttons: followUpButtons(kb, EXAMPLE_INTENTS) },
    ],
    actions: [helpButton, talkToHumanButton],
  };
}

/** The apology after an internal error; the correlation id lets support find the log line. */
export function errorView(correlationId: string): CardView {
  return {
    title: 'Sorry, something went wrong',
    blocks: [
      { type: 'text', text: 'I could not finish that. Please try again, or start over.' },
      { type: 'text', text: `Reference: ${correlationId}`, style: 'subtle' },
    ],
    actions: [startOverButton, talkToHumanButton],
  };
}
