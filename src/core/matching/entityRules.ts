/**
 * Entities that decide an intent by themselves (issue #3 item 1): a recognised CPK error code is a fact, not a
 * guess, so it answers with confidence 1 and the code as evidence. CannotVerifyCopySource counts only when the
 * message says the source uses customer specified encryption (cpk-facts §4.1); other storage codes decide
 * nothing here (the scope guard sends them to the out-of-scope answer).
 */
import { CPK_ERROR_INTENTS, RELATED_CPK_ERROR_INTENTS, mentionsCpkSource } from '../entities/errorCodes';
import type { Entities } from '../entities/types';

/** True for the three CPK codes and the related BlobDoesNotUseCustomerSpecifiedEncryption. */
export function isCpkErrorCode(code: string): boolean {
  return code in CPK_ERROR_INTENTS || code in RELATED_CPK_ERROR_INTENTS;
}

/** The intent the entities decide, with the code that decided it, or `undefined`. */
export function intentFromEntities(text: string, entities: Entities): { intent: string; code: string } | undefined {
  const cpkCodes = entities.errorCodes.filter((entity) => isCpkErrorCode(entity.code));
  // The first CPK code in the message wins: in a dump it is the one the service returned.
  const first = cpkCodes[0];
  if (first !== undefined) {
    return { intent: CPK_ERROR_INTENTS[first.code] ?? RELATED_CPK_ERROR_INTENTS[first.code], code: first.code };
  }
  if (entities.errorCodes.some((entity) => entity.code === 'CannotVerifyCopySource') && mentionsCpkSource(text)) {
    return { intent: 'error-key-missing', code: 'CannotVerifyCopySource' };
  }
  return undefined;
}
