/**
 * Rewrites multi-word names of the same thing to one token before tokenising, so "customer-provided key",
 * "client provided key", "customer specified encryption" and "cpk" all count as the same evidence. Kept as data:
 * adding a synonym is a one-line change.
 */
// @ts-nocheck

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
  // "encrypted with a customer key but none was sent": the key named, then its absence as "none".
  [/\b(?:but|and|yet)\s+none\s+(?:was|were|is|are|got|has\s+been|had\s+been)\s+(?:sent|passed|provided|included|given|supplied|attached)\b/gi, ' keynotsent '],
  // Passive and possessive forms: "the key is not being provided", "the reader has no key".
  [/\b(?:not|never|isn'?t|wasn'?t|aren'?t|weren'?t)\s+(?:being\s+|been\s+)(?:sent|passed|provided|included|supplied)\b/gi, ' keynotsent '],
  [/\b(?:has|have|had|having|with|sends?|sending|pass(?:es)?|passing|gives?|giving)\s+no\s+(?:cpk|key|encryption\s+key)\b/gi, ' keynotsent '],
  // Code that never sets the key: "doesn't set any encryption options", "no cpk in the request", "w/o a key".
  [/\b(?:don'?t|doesn'?t|didn'?t|do\s+not|does\s+not|did\s+not|never|not|forgot\s+to|forget\s+to)\s+(?:set|setting|specify|specifying|specified|add|adding|added|attach|attaching|use|using|configure|configuring)\s+(?:any\s+|the\s+|a\s+|an\s+)?(?:cpk|key|encryption)\b/gi, ' keynotsent '],
  [/\b(?:w\/o|without|with\s+no)\s+(?:any\s+|the\s+|a\s+|an\s+)?(?:cpk|key|encryption\s+(?:key|options|headers?))\b/gi, ' keynotsent '],
  // The key named first, then its absence: "key not provided", "the encryption was never sent".
  [/\b(?:cpk|key|encryption(?:\s+key)?|headers?)\s+(?:was\s+|is\s+|were\s+|are\s+)?(?:not|never)\s+(?:being\s+|been\s+)?(?:sent|passed|provided|included|supplied|given|set|attached)\b/gi, ' keynotsent '],
  // Progressive forms: "which part of the pipeline isn't sending the key".
  [/\b(?:isn'?t|aren'?t|wasn'?t|weren'?t|is\s+not|are\s+not|was\s+not|were\s+not)\s+(?:sending|passing|providing|including|supplying|attaching)\b/gi, ' keynotsent '],
  // A key and hash described as well formed point away from the format answer towards the mismatch one: "the key
  // is valid base64", "the hash is correct" (cpk-facts §4.2: a well-formed pair for a different key).
  [/\b(?:keys?|hash(?:es)?|sha256|sha|values?|headers?|base64|lengths?|format)\s+(?:is|are|looks?|seems?)\s+(?:definitely\s+|totally\s+|also\s+|really\s+)?(?:valid|correct|right|fine|ok|okay|good|well[\s-]*formed)\b/gi, ' wellformed '],
  // A key nobody kept: "never persisted it", "didn't save the key", "nobody wrote it down".
  [/\b(?:never|not|didn'?t|did\s+not|forgot\s+to|nobody|no\s+one)\s+(?:saved?|persist(?:ed)?|stored?|kept|keep|back(?:ed)?\s+(?:it\s+)?up|wr(?:ote|itten)\s+(?:it\s+)?down|recorded?)\b/gi, ' keynotkept '],
  // "without knowing the old one": the key is not known (lost), not merely left off the request.
  [/\bwithout\s+(?:knowing|having|remembering)\s+(?:the\s+|our\s+|my\s+)?(?:old\s+|original\s+|previous\s+)?(?:one|cpk|key)\b/gi, ' keynotkept '],
  // "sha in request != blob": engineers write a mismatch as an operator.
  [/\s(?:!=|!==|=\/=|<>)\s/g, ' mismatch '],
  // Sign-off idioms whose words say nothing alone ("over", "out", "here"): read as the word they mean.
  [/\bover\s+and\s+out\b|\b(?:i'?m\s+)?(?:outta|out\s+of)\s+here\b/gi, ' bye '],
  // Other sign-off idioms keep their words and gain "bye": held out in cross-validation, "take care", "so long",
  // "have a good one", "got to go now" fell back, their words ("take", "long", "one", "go") being evidence of
  // nothing on their own.
  // A sign-off ends its clause: "take care of the cat" and "need to run the job" are not goodbyes.
  [/\b(?:take\s+care(?!\s+of\b)|so\s+long(?=\s*(?:[,.!?]|$|now|then|folks|all|everyone|and))|peace\s+out|catch\s+(?:you|ya|u)\s+later|(?:talk|speak|chat)\s+(?:soon|later)|(?:signing|logging|heading)\s+(?:off|out)|have\s+a\s+(?:good|great|nice|lovely|wonderful)\s+(?:one|day|evening|night|weekend|afternoon)|that'?s\s+a\s+wrap|(?:i'?m|we'?re|i\s+am|we\s+are)\s+all\s+set(?=\s*(?:[,.!?]|$|now|then|thanks|thank|cheers|bye))|(?:no|nothing)\s+(?:further|more)(?:\s+questions)?(?:\s+(?:from\s+(?:me|us)|for\s+(?:now|today)))?(?=\s*(?:[,.!?]|$|thanks|thank|cheers|bye))|(?:until|till|til)\s+next\s+time|(?:end|ending|close|closing)\s+(?:the|this|our)\s+(?:chat|conversation|session)|that(?:'?s|\s+is|\s+will\s+be|'?ll\s+be)\s+(?:all|everything|it)(?:\s+for\s+(?:now|today))?(?=\s*(?:[,.!?]|$|thanks|thank|cheers|bye|from\s+me))|(?:gotta|got\s+to|have\s+to|need\s+to)\s+(?:go|run|dash|bounce|head\s+off)(?=\s*(?:[,.!?]|$|now|bye|soon|folks|all|everyone|guys|too|cheers|thanks)))\b/gi, ' $& bye '],
  // Praise idioms gain "thanks" the same way: "you rock", "you're a star".
  [/\b(?:you|u)(?:\s+|'re\s+|\s+are\s+)(?:rock|rule|a\s+(?:star|legend|lifesaver|gem))\b/gi, ' $& thanks '],
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

/**
 * Dictated and texted forms read as the written words: voice typing spells punctuation out ("question mark") and
 * splits words it does not know ("miss match"); texting shortens "are you" to "r u". Each would otherwise be a
 * word no intent has seen, or a wrong word ("miss", "r").
 */
const DICTATION: ReadonlyArray<[RegExp, string]> = [
  [/\s*\bquestion\s+mark\b/gi, '?'],
  [/\s*\bexclamation\s+(?:mark|point)\b/gi, '!'],
  // "comma" is no other word; "period" is ("retention period"), so only a final one is punctuation.
  [/\s+comma\b/gi, ','],
  [/\s+(?:period|full\s+stop)\s*$/gi, '.'],
  // Numbers and names spoken the way they are read out: "four oh nine", "base sixty four", "sha two fifty six".
  [/\bfour\s+(?:oh|zero|o)\s+nine\b|\bfour\s+hundred\s+(?:and\s+)?nine\b/gi, '409'],
  [/\bfour\s+(?:oh|zero|o)\s+(?:oh|zero|o)\b|\bfour\s+hundred\b(?!\s+(?:and\s+)?\w+\s+(?:blobs?|files?|requests?|times?|containers?))/gi, '400'],
  [/\bbase[\s-]*sixty[\s-]*four\b/gi, 'base64'],
  [/\b(sha|aes)[\s-]*two[\s-]*(?:fifty[\s-]*six|five[\s-]*six)\b/gi, '$1256'],
  // Header names said aloud: "x ms encryption key sha256" is the x-ms-encryption-key-sha256 header.
  [/\bx\s*-?\s*ms\s+encryption[\s-]+key[\s-]+sha[\s-]*256\b/gi, 'x-ms-encryption-key-sha256'],
  [/\bx\s*-?\s*ms\s+encryption[\s-]+(key|algorithm|scope)\b/gi, 'x-ms-encryption-$1'],
  [/\bx\s*-?\s*ms\s+version\b/gi, 'x-ms-version'],
  [/\bmiss[\s-]+match(es|ed|ing)?\b/gi, 'mismatch$1'],
  // "bye" heard as "by": only a whole message ("good by", "ok by for now", "by by"), never "by now the copy ...".
  [/\bgood[\s-]*by(?=\s*(?:[.!,]|$|for\s+now\b|then\b|now\b|all\b|everyone\b))/gi, 'goodbye'],
  [/^(\s*(?:(?:ok(?:ay)?|alright|right|thanks|thank\s+you|cheers)[\s,]+)?)by(?:\s+by)?(?=(?:\s+(?:for\s+now|then|now|everyone|all|(?:and\s+)?thanks?(?:\s+again)?))?\s*[.!,]*\s*$)/gi, '$1bye'],
  [/\br\s+(?=(?:u|you|ya)\b)/gi, 'are '],
  [/\b(u|you)\s+r\b/gi, '$1 are'],
  // A message opened like a letter ("Dear Support Bot,") greets; the rest of it still decides the intent.
  [/^(\s*)dear\b(?=(?:\s+[\w.'-]+){1,4}\s*(?:[,:!]|$))/gi, '$1hello dear'],
  // Support staff introducing themselves ("I'm a support engineer", "support engineer here") are not asking for
  // one: read the role as a neutral one, so the escalate words it carries do not outweigh the actual question.
  [/\b(i'?m|i\s+am|we'?re|we\s+are|this\s+is)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:support\s+)?(?:engineer|agent)s?\b/gi, '$1 a developer'],
  [/\b(?:\w+\s+)?(?:support\s+)?(?:engineer|agent)s?\s+here\b/gi, 'developer here'],
];

/** Emoji that stand for a whole small-talk message. */
const EMOJI_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\u{1F44B}/gu, ' hello '],
  [/\u{1F64F}/gu, ' thanks '],
];

/**
 * How people type short messages, turned into the words the classifier and the scope guard know, before either
 * sees the text: accents folded ("tschüss" -> "tschuss", "olá" -> "ola"; the lexicon and training data are
 * ASCII), a wave emoji as "hello", letters typed with spaces joined ("h e l p" -> "help"), and a message that is
 * only question marks read as "help" (someone who types "?" is asking what the bot can do). Entities are still
 * read from the text as typed.
 */
export function normaliseTyping(text: string): string {
  let result = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\u00df/g, 'ss');
  for (const [pattern, replacement] of EMOJI_WORDS) {
    result = result.replace(pattern, replacement);
  }
  result = result.replace(/(?<![A-Za-z0-9] ?)\b[A-Za-z](?: [A-Za-z]){2,}\b(?! ?[A-Za-z0-9])/g, (letters) => letters.replace(/ /g, ''));
  for (const [pattern, replacement] of DICTATION) {
    result = result.replace(pattern, replacement);
  }
  return /^[\s?¿]+$/.test(result) ? 'help' : result;
}
