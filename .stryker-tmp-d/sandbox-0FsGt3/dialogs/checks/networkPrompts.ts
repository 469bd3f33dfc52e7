/** Prompts shared by the two network checks: the go-ahead, the optional fingerprint, and the URL. */
// @ts-nocheck

import { choicePrompt, confirmPrompt, type Dialog, type FoundChoice, type PromptValidatorContext, textPrompt } from '../../src/bot/kit/dialogKit';
import { readFingerprintAnswer } from '../../src/core/checks/blob/readFingerprintAnswer';

export const CONSENT_PROMPT = 'network.consent';
export const FINGERPRINT_PROMPT = 'network.fingerprint';
export const URL_PROMPT = 'network.url';

/**
 * The answer to a yes/no or list question is a few words. The prompts also read numbers as choices ("2" = No, or
 * the second option), so a URL pasted straight away ("...?sv=2022-11-02...") was read as an answer: "no" (the check
 * ended with "I did not connect") or a list option the user never picked. Such text is asked again instead.
 */
export function isShortAnswer(text: string | undefined): boolean {
  const answer = (text ?? '').trim();
  return !/[/:?=&]/.test(answer) && answer.split(/\s+/).length <= 6;
}

export function consentPrompt(): Dialog {
  return confirmPrompt(
    CONSENT_PROMPT,
    async (prompt: PromptValidatorContext<boolean>) => prompt.recognized.succeeded && isShortAnswer(prompt.context.activity.text),
  );
}

/** A list question that takes a short answer only (see `isShortAnswer`). */
export function shortChoicePrompt(id: string): Dialog {
  return choicePrompt(id, async (prompt: PromptValidatorContext<FoundChoice>) => prompt.recognized.succeeded && isShortAnswer(prompt.context.activity.text));
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

/**
 * Asked again when the go-ahead answer is not yes or no, typically a URL pasted straight away: the URL is asked for
 * last and used in the turn it arrives, so it is not kept from here.
 */
export const CONSENT_RETRY = 'Please answer yes or no first. If yes, I ask for the URL last and use it only in the turn you paste it.';
