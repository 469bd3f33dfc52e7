/**
 * Loopback names and addresses (issue #15). With auth off the bot trusts whoever can reach it, so it must be
 * reachable only from this machine: it listens on loopback, answers only requests whose Host header names
 * loopback (a DNS-rebinding page reaches 127.0.0.1 under its own host name) and replies only to a loopback
 * `serviceUrl` (otherwise any client could make it POST to any URL).
 */
// @ts-nocheck

import { isIP } from 'node:net';

/** True for `localhost`, `*.localhost`, 127.0.0.0/8, `::1` (also in brackets or IPv4-mapped). */
export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) {
    return true;
  }
  if (isIP(name) === 4) {
    return name.startsWith('127.');
  }
  return name === '::1' || /^(?:0{0,4}:){5}(?:0{0,4}:)?ffff:127\./.test(name) || /^::ffff:127\./.test(name);
}

/** The host name of a Host header (`name:port`, `[::1]:port`); undefined when malformed. */
export function hostOfHeader(header: string | undefined): string | undefined {
  if (header === undefined || header === '') {
    return undefined;
  }
  try {
    return new URL(`http://${header}/`).hostname;
  } catch {
    return undefined;
  }
}

/** True when `serviceUrl` is an http(s) URL on a loopback host. */
export function isLoopbackUrl(serviceUrl: unknown): boolean {
  if (typeof serviceUrl !== 'string') {
    return false;
  }
  try {
    const url = new URL(serviceUrl);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}
