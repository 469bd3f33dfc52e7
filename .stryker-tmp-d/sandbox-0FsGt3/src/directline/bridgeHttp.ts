/** Small request/response helpers shared by the bridge's client and connector routes. */
// @ts-nocheck

import type { Request, Response } from 'restify';

/** The bearer token of a request, if any. */
export function bearer(req: Request): string | undefined {
  const header = req.header('authorization', '');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function byteSize(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export function parseWatermark(raw: unknown): number | undefined {
  return typeof raw === 'string' && /^-?\d{1,15}$/.test(raw) ? Number(raw) : undefined;
}

/** A route parameter as a string (restify types `params` as any). */
export function param(req: Request, name: string): string {
  const params: unknown = req.params;
  const value = isRecord(params) ? params[name] : undefined;
  return typeof value === 'string' ? value : '';
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/** Who is asking, for the per-client rate limit: the peer address (the bridge is reached on loopback only). */
export function clientKey(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** 429 for a refused conversation: too many requests from this client, or every slot holds an active chat. */
export function sendCreateRefusal(res: Response, refused: 'rate-limited' | 'full'): void {
  res.setHeader('retry-after', refused === 'rate-limited' ? '10' : '60');
  sendError(
    res,
    429,
    'TooManyRequests',
    refused === 'rate-limited' ? 'Too many new conversations from this client; try again shortly.' : 'Every chat slot is in use; try again in a minute.',
  );
}
