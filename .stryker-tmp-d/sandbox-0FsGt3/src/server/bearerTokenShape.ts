/**
 * What can be read of a bearer token before its signature is checked (issue #15): three base64url parts, a JSON
 * header with an RSA algorithm the Bot Framework signs with and a key id. Anything else (`alg: none`, HS256,
 * garbage, a missing header) is refused here with 401, before the framework spends a key lookup on it.
 */
// @ts-nocheck


/** botframework-connector's AuthenticationConstants.AllowedSigningAlgorithms. */
const ALLOWED_ALGORITHMS: ReadonlySet<string> = new Set(['RS256', 'RS384', 'RS512']);
const MAX_TOKEN_CHARS = 16 * 1024;

/** The key id of a well-shaped `Bearer <jwt>` header, or undefined when the header cannot be a valid token. */
export function bearerKeyId(authorization: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (match === null || (authorization ?? '').length > MAX_TOKEN_CHARS) {
    return undefined;
  }
  try {
    const header: unknown = JSON.parse(Buffer.from(match[1] ?? '', 'base64url').toString('utf8'));
    const { alg, kid } = (header ?? {}) as { alg?: unknown; kid?: unknown };
    return typeof alg === 'string' && ALLOWED_ALGORITHMS.has(alg) && typeof kid === 'string' && kid !== '' && kid.length <= 256 ? kid : undefined;
  } catch {
    return undefined;
  }
}
