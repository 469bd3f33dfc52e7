/**
 * No CPK question is out of scope (issue #17, item 2): a message that names customer-provided keys themselves is a
 * CPK question even when no topic answers it, so it gets an honest partial answer instead of "outside what I cover".
 * Another cloud's customer-supplied keys (S3 SSE-C, GCP CSEK) are not Azure CPK and stay out of scope.
 */
// @ts-nocheck

import type { Entities } from '../entities/types';
import type { ScopeLexicon } from '../knowledge/types';
import { MessageFacts } from './scopeFacts';

/** True when the message names CPK itself (the lexicon's `strongCpk` words) and not another cloud's keys. */
export function namesCpk(text: string, entities: Entities, lexicon: ScopeLexicon): boolean {
  const facts = new MessageFacts(text, undefined, entities, lexicon);
  return facts.strong && !facts.otherCloud;
}
