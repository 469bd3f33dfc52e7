/**
 * The key and version checks ask once for pasted text and diagnose whatever comes back. When the user asks a new
 * question instead ("what is InvalidHeaderValue?"), diagnosing it gave a "found nothing" result and the question
 * was lost. `isNewQuestionForCheck` tells the two apart so the dialog layer can end the check and answer it.
 */
// @ts-nocheck

import type { IntentKind } from '../knowledge/types';
import type { MatchDecision } from '../matching/decision';
import type { CheckId } from '../knowledge/types';
import { carriesKeyValues, extractKeyInputs, type KeyInputs } from './key/extractKeyInputs';
import { findLibraryMentions } from './version/findLibraryMentions';

/** Checks whose prompt takes free pasted text; the network checks ask yes/no, URL and fingerprint prompts. */
const PASTE_CHECKS: ReadonlyMap<string, (text: string) => boolean> = new Map([
  ['key-check', (text: string): boolean => carriesKeyValues(text) || text.trim().split(/\s+/).length <= 2],
  ['version-check', (text: string): boolean => findLibraryMentions(text).length > 0],
]);

/**
 * True when a message sent to a waiting key or version check is not its input but a question about a CPK topic:
 * it holds nothing the check reads (key values, or one or two bare tokens, which the key check reads as values;
 * a library with a version) and the matcher answers it with a guidance intent. Small talk and unclear text still go
 * to the check, which says what it needs.
 */
export function isNewQuestionForCheck(
  activeDialogId: string,
  text: string,
  decide: (text: string) => MatchDecision,
  kindOf: (intentId: string) => IntentKind | undefined,
): boolean {
  const readsInput = PASTE_CHECKS.get(activeDialogId);
  if (readsInput === undefined || readsInput(text)) {
    return false;
  }
  // Matched only here: most turns inside other dialogs (handoff note, network prompts) never need it.
  const decision = decide(text);
  return decision.kind === 'answer' && kindOf(decision.intent) === 'guidance';
}

/**
 * A check the pasted text itself asks for (issue #17, item 5): a labelled key and hash ("key=… sha256=…", "my key
 * is … and the sha is …", the two x-ms-encryption-* headers) runs the key check; a package named with a version
 * ("Azure.Storage.Blobs 12.2.0", a package.json line, a user agent) gets the version check's verdict.
 */
export function pastedCheck(text: string, keyInput: KeyInputs = extractKeyInputs(text)): CheckId | undefined {
  if (keyInput.labelled && keyInput.key !== undefined && keyInput.hash !== undefined) {
    return 'key-check';
  }
  return findLibraryMentions(text).length > 0 ? 'version-check' : undefined;
}
