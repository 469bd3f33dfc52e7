/** Reads JSON Lines of `{ "text": ..., "intent"?: ... }`; a bad line names its number instead of stopping silently. */
import { readFileSync } from 'node:fs';

export interface Utterance {
  text: string;
  intent?: string;
}

/** Parses JSONL text; blank lines are skipped. */
export function parseJsonl(content: string, source: string): Utterance[] {
  const utterances: Utterance[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') {
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${index + 1}: not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || typeof (value as { text?: unknown }).text !== 'string') {
      throw new Error(`${source}:${index + 1}: expected an object with a "text" string`);
    }
    const { text, intent } = value as { text: string; intent?: unknown };
    utterances.push(typeof intent === 'string' ? { text, intent } : { text });
  });
  return utterances;
}

export function readJsonl(file: string): Utterance[] {
  return parseJsonl(readFileSync(file, 'utf8'), file);
}
