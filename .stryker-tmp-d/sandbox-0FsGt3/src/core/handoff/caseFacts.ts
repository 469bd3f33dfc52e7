/**
 * Facts a support engineer searches by (issue #6, item 2), in the case summary's flat form: error codes, HTTP
 * status, request ids, x-ms-version, SDK versions, account/container/blob names and key fingerprints. They are
 * what the bot's one recogniser (the matcher's entities) read from the message the user sent, so the summary and
 * the answer can never disagree (issue #16, item 3); fingerprints come from the redacted text, where a key only
 * ever appears as its fingerprint.
 */
// @ts-nocheck

import type { Entities } from '../entities/types';

export type EntityKind =
  | 'errorCode'
  | 'httpStatus'
  | 'requestId'
  | 'xMsVersion'
  | 'sdkVersion'
  | 'account'
  | 'container'
  | 'blob'
  | 'keyFingerprint';

export interface Entity {
  kind: EntityKind;
  value: string;
}

/** A fingerprint as the redactor writes it (`[key sha256=…]`), or labelled by the user ("sha256: …="). */
const FINGERPRINTS: readonly RegExp[] = [/\[key sha256=([A-Za-z0-9+/]{43}=)\]/g, /(?:sha-?256|fingerprint)["'>]?\s*[:=]?\s*["']?([A-Za-z0-9+/]{43}=)/gi];

/** The facts of one message: its entities, and the fingerprints in its redacted text. */
export function caseFactsOf(entities: Entities, redactedText: string): Entity[] {
  const facts: Entity[] = [
    ...entities.errorCodes.map((error) => ({ kind: 'errorCode' as const, value: error.code })),
    ...entities.httpStatuses.map((status) => ({ kind: 'httpStatus' as const, value: String(status) })),
    ...entities.requestIds.map((id) => ({ kind: 'requestId' as const, value: id })),
    ...entities.serviceVersions.map((version) => ({ kind: 'xMsVersion' as const, value: version })),
    ...entities.sdks.map((sdk) => ({ kind: 'sdkVersion' as const, value: `${sdk.name} ${sdk.version}` })),
    ...entities.urls.flatMap((url) => [
      { kind: 'account' as const, value: url.account },
      ...(url.container === undefined ? [] : [{ kind: 'container' as const, value: url.container }]),
      ...(url.blob === undefined ? [] : [{ kind: 'blob' as const, value: url.blob }]),
    ]),
    ...FINGERPRINTS.flatMap((pattern) => [...redactedText.matchAll(pattern)].map((match) => ({ kind: 'keyFingerprint' as const, value: `sha256=${match[1] ?? ''}` }))),
  ];
  return uniqueFacts(facts);
}

/** De-duplicated (case-insensitive), in first-seen order. */
export function uniqueFacts(facts: readonly Entity[]): Entity[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = `${fact.kind}:${fact.value.toLowerCase()}`;
    if (fact.value === '' || seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
