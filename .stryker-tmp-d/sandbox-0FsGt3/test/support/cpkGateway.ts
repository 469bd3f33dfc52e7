/**
 * Test code only. An HTTPS gateway in front of `azurite --loose` (which has no CPK, platform-notes.md) that
 * enforces the documented CPK rules of cpk-facts.md, so the real @azure/storage-blob client and the live checks
 * can be tested end to end on loopback:
 * - a read of a CPK blob without a key: 409 BlobUsesCustomerSpecifiedEncryption (§4.1);
 * - a well-formed but different key: 409 BlobCustomerSpecifiedEncryptionMismatch (§4.2);
 * - a malformed key/hash pair or algorithm: 400 InvalidHeaderValue (§4.3);
 * - a key sent for a blob written without one: 409 BlobDoesNotUseCustomerSpecifiedEncryption (§4.4);
 * - echoes `x-ms-encryption-key-sha256` (§3) and adds `CustomerProvidedKeySha256` to listings (§2);
 * - errors carry `x-ms-error-code` and, except on HEAD, the XML body with Code and Message (§3);
 * - a blob written with `x-ms-encryption-scope` reports that scope on reads (encryption scope instead of CPK).
 * It also checks a fake SAS (`sig` must equal `GATEWAY_SIG`, `sp` must hold the permission) and forwards to
 * Azurite with a real account SAS. A container named `redirect` answers 302 to another host.
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { DEV_ACCOUNT, DEV_ACCOUNT_KEY } from './azurite';

export const GATEWAY_SIG = 'fake-test-signature';

const SAS_PARAMS = new Set(['sv', 'ss', 'srt', 'sp', 'se', 'st', 'spr', 'sig', 'sr', 'sip', 'si', 'skoid', 'sktid', 'skt', 'ske', 'sks', 'skv', 'sdd', 'ses']);

const ERRORS = {
  AuthenticationFailed: [403, 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.'],
  AuthorizationPermissionMismatch: [403, 'This request is not authorized to perform this operation using this permission.'],
  InvalidHeaderValue: [400, 'The value for one of the HTTP headers is not in the correct format.'],
  BlobUsesCustomerSpecifiedEncryption: [409, 'The blob is encrypted with customer specified encryption, but it was not provided in the request.'],
  BlobCustomerSpecifiedEncryptionMismatch: [409, 'The given customer specified encryption does not match the encryption used to encrypt the blob.'],
  BlobDoesNotUseCustomerSpecifiedEncryption: [409, 'The blob is not encrypted with customer specified encryption, but one was provided in the request.'],
} as const;
type ErrorCode = keyof typeof ERRORS;

interface Upstream {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface RunningGateway {
  /** https://127.0.0.1:<port>; blob URLs are path-style: <origin>/devstoreaccount1/<container>/<blob>. */
  origin: string;
  /** The gateway's self-signed certificate, for the client's trusted CA option. */
  caPem: string;
  /** A query string carrying a SAS the gateway accepts, with the given permissions. */
  sas(permissions: string, signature?: string): string;
  /** Requests the gateway received, by method and path (for "no connection was made" assertions). */
  requests: string[];
  stop(): Promise<void>;
}

function sha256Base64(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64');
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function xmlUnescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Validates the CPK headers if any is present: undefined = none sent, string = the hash, false = malformed. */
function readCpk(req: http.IncomingMessage, isWrite: boolean): string | undefined | false {
  const key = header(req, 'x-ms-encryption-key');
  const hash = header(req, 'x-ms-encryption-key-sha256');
  const algorithm = header(req, 'x-ms-encryption-algorithm');
  if (key === undefined && hash === undefined && algorithm === undefined) {
    return undefined;
  }
  if (key === undefined || hash === undefined || (isWrite && algorithm === undefined) || (algorithm !== undefined && algorithm !== 'AES256')) {
    return false;
  }
  const keyBytes = Buffer.from(key, 'base64');
  if (keyBytes.length !== 32 || keyBytes.toString('base64') !== key || sha256Base64(keyBytes) !== hash) {
    return false;
  }
  return hash;
}

export async function startCpkGateway(azuriteOrigin: string): Promise<RunningGateway> {
  const sdk = await import('@azure/storage-blob');
  const realSas = sdk
    .generateAccountSASQueryParameters(
      {
        permissions: sdk.AccountSASPermissions.parse('rwdlacup'),
        services: 'b',
        resourceTypes: 'sco',
        expiresOn: new Date(Date.now() + 6 * 3600 * 1000),
        protocol: sdk.SASProtocol.HttpsAndHttp,
      },
      new sdk.StorageSharedKeyCredential(DEV_ACCOUNT, DEV_ACCOUNT_KEY),
    )
    .toString();
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });
  /** Fingerprint per "container/blob" written with a CPK through the gateway. */
  const keys = new Map<string, string>();
  /** Encryption scope per "container/blob" written with `x-ms-encryption-scope` (Azurite ignores the header). */
  const scopes = new Map<string, string>();
  const requests: string[] = [];

  function sendError(req: http.IncomingMessage, res: http.ServerResponse, code: ErrorCode): void {
    const [status, message] = ERRORS[code];
    const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}\nRequestId:gateway\nTime:${new Date().toISOString()}</Message></Error>`;
    res.writeHead(status, { 'x-ms-error-code': code, 'content-type': 'application/xml', 'x-ms-request-id': 'gateway', 'content-length': req.method === 'HEAD' ? 0 : Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function forward(req: http.IncomingMessage, url: URL, body: Buffer): Promise<Upstream> {
    const query = new URLSearchParams([...url.searchParams].filter(([name]) => !SAS_PARAMS.has(name)));
    const target = new URL(`${url.pathname}?${query.toString()}${query.size > 0 ? '&' : ''}${realSas}`, azuriteOrigin);
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (!name.startsWith('x-ms-encryption-') && name !== 'host' && name !== 'accept-encoding' && name !== 'connection' && value !== undefined) {
        headers[name] = value;
      }
    }
    return new Promise((resolve, reject) => {
      const upstream = http.request(target, { method: req.method, headers, timeout: 10000 }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      });
      upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
      upstream.on('error', reject);
      upstream.end(body);
    });
  }

  function reply(req: http.IncomingMessage, res: http.ServerResponse, upstream: Upstream, extra: Record<string, string> = {}, body = upstream.body): void {
    const headers: http.OutgoingHttpHeaders = { ...upstream.headers, ...extra };
    delete headers['transfer-encoding'];
    delete headers.connection;
    if (req.method !== 'HEAD') {
      headers['content-length'] = body.length;
    }
    res.writeHead(upstream.status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /** Adds CustomerProvidedKeySha256 to each listed CPK blob, as List Blobs does from 2019-02-02. */
  function addListingFingerprints(container: string, xml: string): string {
    return xml.replace(/<Blob>\s*<Name>([^<]*)<\/Name>([\s\S]*?)<Properties>/g, (whole, name: string, between: string) => {
      const fingerprint = keys.get(`${container}/${xmlUnescape(name)}`);
      return fingerprint === undefined ? whole : `<Blob><Name>${name}</Name>${between}<Properties><CustomerProvidedKeySha256>${fingerprint}</CustomerProvidedKeySha256>`;
    });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'https://gateway.invalid');
    requests.push(`${req.method ?? ''} ${url.pathname}`);
    const segments = url.pathname.split('/').slice(1);
    const container = decodeURIComponent(segments[1] ?? '');
    const blob = decodeURIComponent(segments.slice(2).join('/'));
    const comp = url.searchParams.get('comp');
    const isList = url.searchParams.get('restype') === 'container' && comp === 'list';
    const method = req.method ?? 'GET';
    if (container === 'redirect') {
      res.writeHead(302, { location: `https://evil.example${url.pathname}` });
      res.end();
      return;
    }
    if (url.searchParams.get('sig') !== GATEWAY_SIG) {
      sendError(req, res, 'AuthenticationFailed');
      return;
    }
    const needed = isList ? 'l' : method === 'GET' || method === 'HEAD' ? 'r' : method === 'DELETE' ? 'd' : 'w';
    if (!(url.searchParams.get('sp') ?? '').includes(needed)) {
      sendError(req, res, 'AuthorizationPermissionMismatch');
      return;
    }
    const isBlobWrite = blob !== '' && method === 'PUT' && (comp === null || comp === 'blocklist');
    const isBlobRead = blob !== '' && (method === 'GET' || method === 'HEAD') && (comp === null || comp === 'metadata');
    const cpk = readCpk(req, isBlobWrite);
    if (cpk === false) {
      sendError(req, res, 'InvalidHeaderValue');
      return;
    }
    const path = `${container}/${blob}`;
    if (isBlobWrite) {
      const upstream = await forward(req, url, body);
      const scope = header(req, 'x-ms-encryption-scope');
      if (upstream.status === 201) {
        if (cpk === undefined) {
          keys.delete(path);
        } else {
          keys.set(path, cpk);
        }
        if (scope === undefined) {
          scopes.delete(path);
        } else {
          scopes.set(path, scope);
        }
      }
      reply(req, res, upstream, cpk === undefined ? {} : { 'x-ms-encryption-key-sha256': cpk, 'x-ms-request-server-encrypted': 'true' });
      return;
    }
    if (isBlobRead) {
      const stored = keys.get(path);
      if (stored !== undefined && cpk === undefined) {
        sendError(req, res, 'BlobUsesCustomerSpecifiedEncryption');
        return;
      }
      if (stored !== undefined && cpk !== stored) {
        sendError(req, res, 'BlobCustomerSpecifiedEncryptionMismatch');
        return;
      }
      const upstream = await forward(req, url, body);
      if (stored === undefined && cpk !== undefined && upstream.status < 300) {
        sendError(req, res, 'BlobDoesNotUseCustomerSpecifiedEncryption');
        return;
      }
      const scope = scopes.get(path);
      const extra: Record<string, string> =
        upstream.status >= 300 ? {} : stored !== undefined ? { 'x-ms-encryption-key-sha256': stored, 'x-ms-server-encrypted': 'true' } : scope !== undefined ? { 'x-ms-encryption-scope': scope } : {};
      reply(req, res, upstream, extra);
      return;
    }
    const upstream = await forward(req, url, body);
    if (isList && upstream.status === 200) {
      reply(req, res, upstream, {}, Buffer.from(addListingFingerprints(container, upstream.body.toString('utf8')), 'utf8'));
      return;
    }
    reply(req, res, upstream);
  }

  const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) {
        res.writeHead(502);
      }
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    caPem: pems.cert,
    requests,
    sas: (permissions, signature = GATEWAY_SIG) => `sv=2021-08-06&sp=${permissions}&sr=c&sig=${encodeURIComponent(signature)}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
