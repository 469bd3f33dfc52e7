/** Prompts shared by the two network checks: the go-ahead, the optional fingerprint, and the URL. */
import { confirmPrompt, type Dialog, type PromptValidatorContext, textPrompt } from '../dialogKit';
import { readFingerprintAnswer } from '../../src/core/checks/blob/readFingerprintAnswer';

export const CONSENT_PROMPT = 'network.consent';
export const FINGERPRINT_PROMPT = 'network.fingerprint';
export const URL_PROMPT = 'network.url';

export function consentPrompt(): Dialog {
  return confirmPrompt(CONSENT_PROMPT);
}

/** Accepts "skip", a fingerprint, or a labelled key (turned into its fingerprint in the next step). */
export function fingerprintPrompt(): Dialog {
  return textPrompt(FINGERPRINT_PROMPT, async (prompt: PromptValidatorContext<string>) => {
    const text = prompt.recognized.value ?? '';
    return prompt.recognized.succeeded && readFingerprintAnswer(text).kind !== 'invalid';
  });
}

export function urlPrompt(): Dialog {
  return textPrompt(URL_PROMPT);
}

export const FINGERPRINT_QUESTION =
  'Which key do you expect? Paste its fingerprint (base64 of the SHA-256 of the raw key, as x-ms-encryption-key-sha256), or type "skip".';
export const FINGERPRINT_RETRY = 'That is not a fingerprint: I need base64 of 32 bytes (44 characters ending in "="), or "skip".';
