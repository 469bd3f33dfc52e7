/**
 * The agent desk's key (issue #19): configured, generated at start (auth off, none configured), or none (desk
 * off), and the check of a presented Bearer key in constant time: both sides are hashed to the same length
 * first, so neither the key's length nor a matching prefix shows in the time of the comparison.
 */
// @ts-nocheck

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type AgentRouteSettings, deskAccess } from '../../core/cases/agentRoutes';

export type DeskKey = { on: true; key: string; generated: boolean } | { on: false; reason: string };

export function resolveDeskKey(settings: AgentRouteSettings, random: (bytes: number) => Buffer = randomBytes): DeskKey {
  const access = deskAccess(settings);
  switch (access.kind) {
    case 'configured':
      return { on: true, key: settings.agentDeskKey, generated: false };
    case 'generated':
      return { on: true, key: random(32).toString('base64url'), generated: true };
    case 'off':
      return { on: false, reason: access.reason };
  }
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match?.[1];
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** True when `presented` is the key; the time taken does not depend on where they differ. */
export function keyMatches(presented: string, key: string): boolean {
  return timingSafeEqual(digest(presented), digest(key)) && key !== '';
}
