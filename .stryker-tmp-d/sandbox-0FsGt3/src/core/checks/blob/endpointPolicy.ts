/**
 * Which URLs the live checks may connect to (issue #4, item 5). Only `https` URLs on the default port whose host
 * is `<account>.<blob endpoint suffix>` of a configured cloud pass; a local emulator origin passes only when the
 * configuration names it. Everything else is refused before any connection is made: IP literals in any notation
 * (the WHATWG parser normalises 0x7f.1, 2130706433, ...), localhost, userinfo tricks, other ports, odd characters.
 */
// @ts-nocheck


/**
 * The clouds of the CPK article's metadata (cpk-facts §12b): public (also Azure DNS zone endpoints), Azure
 * Government, Azure China and the two air-gapped US government clouds. Azure Germany closed on 2021-10-29, so its
 * suffix is not offered; configuration can add newer sovereign clouds.
 */
export const DEFAULT_BLOB_HOST_SUFFIXES: readonly string[] = [
  '.blob.core.windows.net',
  '.blob.storage.azure.net',
  '.blob.core.usgovcloudapi.net',
  '.blob.core.chinacloudapi.cn',
  '.blob.core.eaglex.ic.gov',
  '.blob.core.microsoft.scloud',
];

/** The closed Azure Germany cloud's suffix: refused in configuration with the reason. */
export const CLOSED_CLOUD_SUFFIX = '.blob.core.cloudapi.de';

export interface EndpointPolicy {
  /** Allowed host suffixes, each starting with a dot. */
  hostSuffixes: readonly string[];
  /** `https://host:port` of a local emulator, allowed only when set (path-style URLs: /account/container/blob). */
  emulatorOrigin?: string;
}

export type EndpointRefusal =
  | 'not-a-url'
  | 'too-long'
  | 'bad-characters'
  | 'not-https'
  | 'userinfo'
  | 'ip-literal'
  | 'localhost'
  | 'port'
  | 'host-not-allowed'
  | 'no-container';

/** A URL that passed the policy, split into its parts. */
export interface BlobTarget {
  url: URL;
  /** `https://host[:port]`; every request of the check must stay on it. */
  origin: string;
  account: string;
  container: string;
  /** Undefined for a container URL. */
  blobName?: string;
  /** The container's URL with the same query (SAS), for listings. */
  containerUrl: string;
  /** The URL with any SAS signature replaced by `sig=***`, safe to show. */
  displayUrl: string;
}

export type EndpointDecision = { ok: true; target: BlobTarget } | { ok: false; reason: EndpointRefusal; message: string };

export const MAX_URL_CHARS = 4096;
const ACCOUNT = /^[a-z0-9]{3,24}$/;
/** Azure DNS zone endpoints put the zone between account and suffix: `<account>.zNN.blob.storage.azure.net`. */
const DNS_ZONE_SUFFIX = '.blob.storage.azure.net';
const DNS_ZONE_ACCOUNT = /^([a-z0-9]{3,24})\.z\d{2}$/;

/** The account name of a host under `suffix`, or undefined when the rest is not an account (or a zone and one). */
function accountOf(hostname: string, suffix: string): string | undefined {
  const rest = hostname.slice(0, hostname.length - suffix.length);
  if (suffix === DNS_ZONE_SUFFIX) {
    return DNS_ZONE_ACCOUNT.exec(rest)?.[1];
  }
  return ACCOUNT.test(rest) ? rest : undefined;
}

const MESSAGES: Record<EndpointRefusal, string> = {
  'not-a-url': 'That is not a full URL. Paste it as https://<account>.blob.core.windows.net/<container>/<blob>?<SAS>.',
  'too-long': 'That URL is too long.',
  'bad-characters': 'The URL contains spaces, backslashes or control characters.',
  'not-https': 'The URL must use https. CPK works only over HTTPS: the SDKs refuse a customer-provided key on plain http.',
  userinfo: 'The URL contains a user name or password before the host (user@host), which I do not follow.',
  'ip-literal': 'The URL uses an IP address. I only connect to Azure blob endpoints by name.',
  localhost: 'The URL points to localhost. I only connect to Azure blob endpoints.',
  port: 'The URL names a port. Azure blob endpoints use the default https port only.',
  'host-not-allowed': 'The host is not a blob endpoint of a cloud I am configured for (for example <account>.blob.core.windows.net).',
  'no-container': 'The URL has no container name.',
};

function refuse(reason: EndpointRefusal): EndpointDecision {
  return { ok: false, reason, message: MESSAGES[reason] };
}

/** Replaces a SAS signature in a URL or text with `sig=***`. */
export function redactSas(text: string): string {
  return text.replace(/([?&;]sig=)[^&\s#]*/gi, '$1***');
}

function isIpLiteral(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Splits `/container/blob/name` (or `/account/container/blob` for the emulator) into its parts. */
function splitPath(url: URL, pathStyle: boolean): { account?: string; container?: string; blobName?: string } {
  const segments = url.pathname.split('/').slice(1);
  const account = pathStyle ? segments.shift() : undefined;
  const container = segments.shift();
  const rest = segments.join('/');
  return {
    account,
    container: container === undefined || container === '' ? undefined : decodeURIComponent(container),
    blobName: rest === '' ? undefined : decodeURIComponent(rest),
  };
}

/** Decides whether a check may connect to `raw`. Pure; makes no connection and no DNS lookup. */
export function checkEndpoint(raw: string, policy: EndpointPolicy): EndpointDecision {
  const text = raw.trim();
  if (text.length > MAX_URL_CHARS) {
    return refuse('too-long');
  }
  // eslint-disable-next-line no-control-regex
  if (/[\s\\\u0000-\u001f\u007f]/.test(text)) {
    return refuse('bad-characters');
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse('not-a-url');
  }
  if (url.protocol !== 'https:') {
    return refuse('not-https');
  }
  if (url.username !== '' || url.password !== '') {
    return refuse('userinfo');
  }
  const hostname = url.hostname.toLowerCase();
  const emulator = policy.emulatorOrigin !== undefined && policy.emulatorOrigin !== '' && url.origin === new URL(policy.emulatorOrigin).origin;
  let account: string | undefined;
  if (!emulator) {
    if (isIpLiteral(hostname)) {
      return refuse('ip-literal');
    }
    if (hostname === 'localhost' || hostname.endsWith('.localhost')) {
      return refuse('localhost');
    }
    if (url.port !== '') {
      return refuse('port');
    }
    const suffix = policy.hostSuffixes.find((candidate) => hostname.endsWith(candidate.toLowerCase()));
    account = suffix === undefined ? undefined : accountOf(hostname, suffix.toLowerCase());
    if (account === undefined) {
      return refuse('host-not-allowed');
    }
  }
  let parts: ReturnType<typeof splitPath>;
  try {
    parts = splitPath(url, emulator);
  } catch {
    return refuse('not-a-url');
  }
  account ??= parts.account;
  if (account === undefined || account === '' || parts.container === undefined) {
    return refuse('no-container');
  }
  url.hash = '';
  return {
    ok: true,
    target: {
      url,
      origin: url.origin,
      account,
      container: parts.container,
      ...(parts.blobName === undefined ? {} : { blobName: parts.blobName }),
      containerUrl: `${url.origin}${emulator ? `/${account}` : ''}/${encodeURIComponent(parts.container)}${url.search}`,
      displayUrl: redactSas(url.toString()),
    },
  };
}
