/**
 * Validates card JSON with the real Adaptive Cards library (not a hand-written check): parse at version 1.5,
 * collect parse events (unknown elements, unsupported versions) and validation events (missing urls, duplicate
 * ids), and compare a serialise round trip so properties the library does not know are reported too.
 */
// @ts-nocheck

import * as AC from 'adaptivecards/dist/adaptivecards.js';

function stripDefaults(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(stripDefaults);
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key !== '$schema') {
        out[key] = stripDefaults(inner);
      }
    }
    return out;
  }
  return value;
}

function missingKeys(expected: unknown, actual: unknown, at: string, problems: string[]): void {
  if (Array.isArray(expected)) {
    expected.forEach((item, index) => missingKeys(item, Array.isArray(actual) ? actual[index] : undefined, `${at}[${index}]`, problems));
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    const actualRecord = typeof actual === 'object' && actual !== null ? (actual as Record<string, unknown>) : {};
    for (const [key, inner] of Object.entries(expected)) {
      if (!(key in actualRecord)) {
        problems.push(`${at}.${key} is not a property the Adaptive Cards ${AC.Versions.v1_5.toString()} parser knows`);
      } else {
        missingKeys(inner, actualRecord[key], `${at}.${key}`, problems);
      }
    }
  }
}

/** Returns the list of problems; empty means valid. */
export function validateAdaptiveCard(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index += 1) {
    problems.push(`parse: ${context.getEventAt(index).message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validate: ${event.message}`);
  }
  const roundTrip = card.toJSON(new AC.SerializationContext(AC.Versions.v1_5));
  missingKeys(stripDefaults(json), roundTrip, 'card', problems);
  return problems;
}
