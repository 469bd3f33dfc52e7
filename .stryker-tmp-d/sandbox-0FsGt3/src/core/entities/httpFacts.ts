/**
 * HTTP facts printed in error dumps: status codes, the `HeaderName` of a rejected header, `x-ms-version` and
 * request ids. Each pattern follows how the service (XML error body), the SDKs (RestError,
 * RequestFailedException, BlobStorageException, HttpResponseError) and HTTP traces print them.
 */
// @ts-nocheck


const STATUS_WORDS =
  'Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Precondition Failed|Range Not Satisfiable|Internal Server Error|Service Unavailable|Request Entity Too Large';

const STATUS_PATTERNS: readonly RegExp[] = [
  // "Status: 409", "statusCode: 409", "status_code=409", "StatusCode: 409", "Status code 400"
  /\bstatus(?:[ _]?code)?["']?\s*[:=]?\s*["']?([1-5]\d{2})\b/gi,
  // "HTTP/1.1 409 The specified blob ..." or "HTTP 409"
  /\bHTTP(?:\/\d(?:\.\d)?)?\s+([1-5]\d{2})\b/gi,
  // "409 Conflict", "(400) Bad Request"
  new RegExp(`\\(?\\b([1-5]\\d{2})\\)?\\s*(?:${STATUS_WORDS})\\b`, 'gi'),
  // a bare error status next to a word that says it is one: "409 error", "got a 400", "returns 409"
  /\b(?:a|got|get|gets|getting|returns?|returned|returning|throws?|with|error|fails? with)\s+(?:an?\s+)?(4\d{2}|5\d{2})\b(?![.\-/]\d)/gi,
  /(?<![\d.\-/])\b(4\d{2}|5\d{2})\s+(?:error|conflict|response|status)\b/gi,
];

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** HTTP status codes (100-599) the text reports, in order of appearance. */
export function extractHttpStatuses(text: string): number[] {
  const hits: { index: number; status: number }[] = [];
  for (const pattern of STATUS_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      hits.push({ index: match.index, status: Number(match[1]) });
    }
  }
  return unique(hits.sort((a, b) => a.index - b.index).map((hit) => hit.status));
}

/**
 * `HeaderName` values from an error body: `<HeaderName>x</HeaderName>`, `HeaderName: x`, `"HeaderName": "x"`,
 * and as people retype them in a sentence ("HeaderName is x-ms-blob-type", "HeaderName Content-MD5": with no
 * separator only a hyphenated name counts, so "HeaderName in the body" names nothing).
 */
export function extractHeaderNames(text: string): string[] {
  return unique(
    [...text.matchAll(/HeaderName["']?\s*(?:>|[:=]|\s+is\b|\s+was\b|(?=\s+[A-Za-z][A-Za-z0-9]*-[A-Za-z]))\s*["']?([A-Za-z][A-Za-z0-9-]{1,80})/gi)].map((match) => match[1].toLowerCase()),
  );
}

/** `x-ms-version` values (also "service version" / "api version" followed by a date). */
export function extractServiceVersions(text: string): string[] {
  const pattern = /(?:x-ms-version|service[ _-]?version|api[ _-]?version|serviceVersion|version)["']?\s*(?:[:=]|is|of)?\s*["']?(\d{4}-\d{2}-\d{2})\b/gi;
  return unique([...text.matchAll(pattern)].map((match) => match[1]));
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const REQUEST_ID = new RegExp(`(?:x-ms-(?:client-)?request-id|request[ _-]?id)["']?\\s*(?:[:=]|is)?\\s*["']?(${GUID})`, 'gi');

/** Request ids: `x-ms-request-id`, `RequestId:` in the service message, `requestId` in SDK errors. */
export function extractRequestIds(text: string): string[] {
  return unique([...text.matchAll(REQUEST_ID)].map((match) => match[1].toLowerCase()));
}

/** The lowest REST version with CPK (cpk-facts §7). */
export const FIRST_CPK_SERVICE_VERSION = '2019-02-02';

/** True for an `x-ms-version` older than the first one with CPK. ISO dates compare as strings. */
export function isBeforeCpk(serviceVersion: string): boolean {
  return serviceVersion < FIRST_CPK_SERVICE_VERSION;
}
