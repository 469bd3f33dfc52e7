/** Small request/response helpers shared by the bridge's client and connector routes. */
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
