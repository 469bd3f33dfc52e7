/**
 * The one redaction function everything written down passes through: logs, transcripts, handoff payloads,
 * summaries (ARCHITECTURE.md). It replaces secrets with a marker and never throws.
 */

const RULES: ReadonlyArray<[RegExp, string]> = [
  // SAS signature in a URL or query string.
  [/([?&;]sig=)[^&\s"'<>]+/gi, '$1***'],
  // Account keys and shared access signatures inside connection strings.
  [/((?:AccountKey|SharedAccessSignature|SharedAccessKey)\s*=\s*)[^;\s"'<>]+/gi, '$1***'],
  // Bearer tokens.
  [/(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi, '$1***'],
  // A base64 value of 32 bytes (an AES-256 key): 43 base64 characters and one '='.
  [/(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{43}=(?![A-Za-z0-9+/=])/g, '[redacted key]'],
  // The same in URL-safe base64 without padding.
  [/(?<![A-Za-z0-9+/=_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9+/=_-])/g, '[redacted key]'],
  // 64 hex digits (a 256-bit key written as hex).
  [/(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])/g, '[redacted key]'],
  // Storage account keys: base64 of 64 bytes.
  [/(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/g, '[redacted account key]'],
];

/** Returns `text` with every secret it recognises replaced. */
export function redactSecrets(text: string): string {
  let result = text;
  for (const [pattern, replacement] of RULES) {
    result = result.replace(pattern, replacement);
  }
  return result;
}
