/**
 * Turns the entities of a message into card blocks (issue #3 item 4): what the bot saw ("Error code ...,
 * HTTP 409, request id ...") as a `userFacts` block, rendered as TextRuns so nothing pasted can become markdown,
 * plus tailored notes: an x-ms-version older than 2019-02-02, and a warning when the message held key material.
 * Values come from the recognisers, never from the raw text, and key material is named by kind only.
 */
// @ts-nocheck

import type { CardBlock } from '../cards/cardView';
import { isBeforeCpk, FIRST_CPK_SERVICE_VERSION } from './httpFacts';
import type { Entities, KeyMaterialKind } from './types';

const KEY_KIND_NAMES: Record<KeyMaterialKind, string> = {
  'aes-key-base64': 'an encryption key (base64 of 32 bytes)',
  'aes-key-hex': 'an encryption key (64 hex digits)',
  'encryption-key-header': 'an encryption key value',
  'sas-signature': 'a SAS signature',
  'account-key': 'a storage account key',
  'connection-string': 'a connection string with an account key',
};

/** Most values of one kind shown, so a dump with dozens of request ids stays readable. */
const MAX_VALUES = 3;

function list(values: readonly string[]): string {
  const shown = values.slice(0, MAX_VALUES).join(', ');
  return values.length > MAX_VALUES ? `${shown} (+${values.length - MAX_VALUES} more)` : shown;
}

/** The warning shown when a message contained a secret; it names kinds, never values. */
export function keyMaterialWarning(kinds: readonly KeyMaterialKind[]): CardBlock | undefined {
  if (kinds.length === 0) {
    return undefined;
  }
  // A connection string's account key is the same secret: name it once.
  const named = kinds.includes('connection-string') ? kinds.filter((kind) => kind !== 'account-key') : kinds;
  const what = named.map((kind) => KEY_KIND_NAMES[kind]).join(', ');
  return {
    type: 'text',
    style: 'warning',
    text:
      `Your message seems to contain ${what}. Please do not share keys or secrets in chat: treat this one as ` +
      'exposed and replace it (for a CPK: re-upload the affected blobs with a new key; for an account key or SAS: ' +
      'rotate it). I did not store or repeat it. A SHA-256 fingerprint is enough for every check I run.',
  };
}

/** Evidence facts found in the message, in the order a support engineer reads them. */
export function evidenceFacts(entities: Entities): { title: string; value: string }[] {
  const facts: { title: string; value: string }[] = [];
  if (entities.errorCodes.length > 0) {
    facts.push({
      title: 'Error code',
      value: list(entities.errorCodes.map((entity) => (entity.fuzzy ? `${entity.code} (read from a misspelling)` : entity.fromMessage === true ? `${entity.code} (read from its error message)` : entity.code))),
    });
  }
  if (entities.httpStatuses.length > 0) {
    facts.push({ title: 'HTTP status', value: list(entities.httpStatuses.map(String)) });
  }
  if (entities.headerNames.length > 0) {
    facts.push({ title: 'Header named in the error', value: list(entities.headerNames) });
  }
  if (entities.serviceVersions.length > 0) {
    facts.push({ title: 'x-ms-version', value: list(entities.serviceVersions) });
  }
  if (entities.requestIds.length > 0) {
    facts.push({ title: 'Request id', value: list(entities.requestIds) });
  }
  if (entities.sdks.length > 0) {
    facts.push({ title: 'SDK', value: list(entities.sdks.map((sdk) => `${sdk.name} ${sdk.version}`)) });
  }
  if (entities.urls.length > 0) {
    facts.push({
      title: 'Storage URL',
      value: list(
        entities.urls.map((url) => {
          const path = [url.container, url.blob].filter((part) => part !== undefined).join('/');
          return `${url.account} (${url.service})${path === '' ? '' : ` ${path}`}${url.hasSas ? ', with a SAS' : ''}`;
        }),
      ),
    });
  }
  return facts;
}

/** Blocks to put at the top of a card answering this message: warning first, then evidence and notes. */
export function evidenceBlocks(entities: Entities): CardBlock[] {
  const blocks: CardBlock[] = [];
  const warning = keyMaterialWarning(entities.keyMaterial);
  if (warning !== undefined) {
    blocks.push(warning);
  }
  const facts = evidenceFacts(entities);
  if (facts.length > 0) {
    blocks.push({ type: 'userFacts', heading: 'What I found in your message', facts });
  }
  const old = entities.serviceVersions.filter(isBeforeCpk);
  if (old.length > 0) {
    blocks.push({
      type: 'text',
      style: 'warning',
      text:
        `x-ms-version ${list(old)} is older than ${FIRST_CPK_SERVICE_VERSION}, the first REST version with customer-provided ` +
        'keys. Requests with an older version cannot use CPK: upgrade the SDK or send a newer x-ms-version.',
    });
  }
  if (entities.errorCodes.some((entity) => entity.code === 'BlobDoesNotUseCustomerSpecifiedEncryption')) {
    blocks.push({
      type: 'text',
      text:
        'BlobDoesNotUseCustomerSpecifiedEncryption (409) means the request sent a key but this blob was written ' +
        'without one: send the request without the x-ms-encryption-* headers.',
    });
  }
  return blocks;
}
