/** Reads JSON Lines of `{ "text": ..., "intent"?: ... }`; a bad line names its number instead of stopping silently. */
// @ts-nocheck

import { readFileSync } from 'node:fs';

export interface Utterance {
  text: string;
  intent?: string;
}

/** Parses one JSON line; `where` names it in the error ("file.jsonl:3", "stdin line 3"). */
export function parseJsonLine(line: string, where: string): Utterance {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error(`${where}: not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || typeof (value as { text?: unknown }).text !== 'string') {
    throw new Error(`${where}: expected an object with a "text" string`);
  }
  const { text, intent } = value as { text: string; intent?: unknown };
  return typeof intent === 'string' ? { text, intent } : { text };
}

/** Parses JSONL text; blank lines are skipped. */
export function parseJsonl(content: string, source: string): Utterance[] {
  return content
    .split(/\r?\n/)
    .flatMap((line, index) => (line.trim() === '' ? [] : [parseJsonLine(line, `${source}:${index + 1}`)]));
}

export function readJsonl(file: string): Utterance[] {
  return parseJsonl(readFileSync(file, 'utf8'), file);
}
