/**
 * The bot's own base URL on loopback, read from the listening server. The bridge posts user activities to the
 * bot through it and puts it in `serviceUrl`, so the CloudAdapter (auth off) sends replies back to this server's
 * connector routes: the real adapter path, no shortcut (issue #5, item 2).
 */
// @ts-nocheck

import type { AddressInfo } from 'node:net';

/** `http://127.0.0.1:<port>` for a server bound to 0.0.0.0, the bound address otherwise. */
export function loopbackUrl(address: AddressInfo | string | null): string {
  if (address === null || typeof address === 'string') {
    throw new Error('The server is not listening on a TCP port.');
  }
  if (address.family === 'IPv6' || address.address.includes(':')) {
    const host = address.address === '::' ? '::1' : address.address;
    return `http://[${host}]:${address.port}`;
  }
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
  return `http://${host}:${address.port}`;
}
