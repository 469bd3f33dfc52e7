/** Flags read from a SAS query without calling the service: missing signature, expiry passed, no read permission. */
// @ts-nocheck

import type { CheckEvidence } from '../checkResult';

export function sasWarnings(url: URL, needed: 'r' | 'l' = 'r'): CheckEvidence[] {
  const params = url.searchParams;
  if (!params.has('sig')) {
    return [{ title: 'SAS', value: 'none in the URL: the request is anonymous and works only on a public container' }];
  }
  const found: CheckEvidence[] = [{ title: 'SAS', value: `present (sig=***), permissions "${(params.get('sp') ?? '').slice(0, 20)}"` }];
  const permissions = params.get('sp');
  if (permissions !== null && !permissions.includes(needed)) {
    found.push({ title: 'SAS permission', value: `missing "${needed}" (${needed === 'r' ? 'read' : 'list'})` });
  }
  const expiry = params.get('se');
  if (expiry !== null && !Number.isNaN(Date.parse(expiry)) && Date.parse(expiry) < Date.now()) {
    found.push({ title: 'SAS expiry', value: `passed (${expiry.slice(0, 30)})` });
  }
  return found;
}
