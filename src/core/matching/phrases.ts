/**
 * Rewrites multi-word names of the same thing to one token before tokenising, so "customer-provided key",
 * "client provided key", "customer specified encryption" and "cpk" all count as the same evidence. Kept as data:
 * adding a synonym is a one-line change.
 */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:customer|client)[\s-]*(?:provided|supplied|specified|side provided)[\s-]*(?:encryption[\s-]*)?(?:keys?|encryption)\b/gi, ' cpk '],
  [/\bcpk[\s-]*(?:v|by[\s-]*value)\b/gi, ' cpk '],
  // SDK type names glue cpk to the next word: Go's CPKInfo, CpkScopeInfo.
  [/\bcpk(?=[a-z])/gi, ' cpk '],
  [/\bx-ms-encryption-key-sha256\b/gi, ' xmsencryptionkeysha256 '],
  [/\bx-ms-encryption-algorithm\b/gi, ' xmsencryptionalgorithm '],
  [/\bx-ms-source-encryption-key\b/gi, ' xmssourceencryptionkey '],
  [/\bx-ms-encryption-key\b/gi, ' xmsencryptionkey '],
  [/\bx-ms-version\b/gi, ' xmsversion '],
  [/\bx-ms-error-code\b/gi, ' xmserrorcode '],
  [/\b(?:sha-?256)\b/gi, ' sha256 '],
  [/\baes[\s-]?256\b/gi, ' aes256 '],
  [/\bkey\s*vault\b/gi, ' keyvault '],
  // "don't send the key", "no key was provided": the request lacks the key (BlobUsesCustomerSpecifiedEncryption),
  // not a wrong key; one token keeps "send" from pulling towards the mismatch answer.
  [/\b(?:don'?t|doesn'?t|didn'?t|do\s+not|does\s+not|did\s+not|never|not|forgot\s+to|forget\s+to)\s+(?:send|sending|sent|pass|passing|passed|include|including|included|provide|providing|provided|supply|supplied)\b/gi, ' keynotsent '],
  [/\bno\s+(?:cpk|key|encryption\s+key)\s+(?:was\s+|is\s+|being\s+)?(?:sent|passed|provided|included|given|supplied)\b/gi, ' keynotsent '],
  [/\bwithout\s+(?:sending|passing|providing|including|supplying)\b/gi, ' keynotsent '],
  // Passive and possessive forms: "the key is not being provided", "the reader has no key".
  [/\b(?:not|never|isn'?t|wasn'?t|aren'?t|weren'?t)\s+(?:being\s+|been\s+)(?:sent|passed|provided|included|supplied)\b/gi, ' keynotsent '],
  [/\b(?:has|have|had|having|with|sends?|sending|pass(?:es)?|passing|gives?|giving)\s+no\s+(?:cpk|key|encryption\s+key)\b/gi, ' keynotsent '],
  // Code that never sets the key: "doesn't set any encryption options", "no cpk in the request", "w/o a key".
  [/\b(?:don'?t|doesn'?t|didn'?t|do\s+not|does\s+not|did\s+not|never|not|forgot\s+to|forget\s+to)\s+(?:set|setting|specify|specifying|specified|add|adding|added|attach|attaching|use|using|configure|configuring)\s+(?:any\s+|the\s+|a\s+|an\s+)?(?:cpk|key|encryption)\b/gi, ' keynotsent '],
  [/\b(?:w\/o|without|with\s+no)\s+(?:any\s+|the\s+|a\s+|an\s+)?(?:cpk|key|encryption\s+(?:key|options|headers?))\b/gi, ' keynotsent '],
  // "sha in request != blob": engineers write a mismatch as an operator.
  [/\s(?:!=|!==|=\/=|<>)\s/g, ' mismatch '],
  [/\bcan'?t\b|\bcannot\b/gi, ' cannot '],
  [/\bdon'?t\b|\bdo not\b/gi, ' dont '],
];

/** Applies the synonym rewrites. */
export function rewritePhrases(text: string): string {
  let result = text;
  for (const [pattern, replacement] of PHRASES) {
    result = result.replace(pattern, replacement);
  }
  return result;
}
