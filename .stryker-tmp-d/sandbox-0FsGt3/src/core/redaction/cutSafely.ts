/**
 * Cutting text to a bound without leaving part of a key behind (issue #15): a cut through a key leaves a piece
 * too short to be recognised, which would then be stored as it is. Stored text is redacted first and cut after;
 * text the bot still has to read (the input limit) is cut before any key the cut would split.
 */
// @ts-nocheck

import { redactSecrets } from './redact';
import { keyMaterialSpans } from './redactKeyMaterial';

/** How far around the cut to look for a key crossing it (the longest key shape is a 64-byte byte array). */
const LOOK_AROUND = 600;

/** Redacts, then cuts to `max` characters (with an ellipsis when cut). For anything stored or sent on. */
export function redactThenCut(text: string, max: number): string {
  const redacted = redactSecrets(text);
  return redacted.length > max ? `${redacted.slice(0, Math.max(0, max - 1))}…` : redacted;
}

/** Where to cut `text` at most `max` characters in so that no key is split: before a key that crosses `max`. */
export function keySafeCutIndex(text: string, max: number): number {
  if (text.length <= max) {
    return text.length;
  }
  const from = Math.max(0, max - LOOK_AROUND);
  const around = text.slice(from, max + LOOK_AROUND);
  const crossing = keyMaterialSpans(around).filter((span) => from + span.start < max && from + span.end > max);
  return crossing.reduce((cut, span) => Math.min(cut, from + span.start), max);
}
