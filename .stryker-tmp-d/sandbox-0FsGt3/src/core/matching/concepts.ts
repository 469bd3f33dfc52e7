/**
 * A small domain lexicon: words that mean the same thing for routing map to one concept feature, added next to
 * the words themselves. Twenty examples per intent cannot contain every way to say "lost" or "rotate"; the
 * lexicon lets "misplaced", "wiped" and "purged" share the evidence of "lost". Written from the fact sheet's
 * vocabulary, not from any evaluation set. Small talk also gets its common foreign and texting forms ("merci",
 * "tnx", "ciao"): each is one word nobody writes twenty training sentences around.
 */
// @ts-nocheck

const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  __lost: ['lost', 'lose', 'losing', 'loses', 'misplaced', 'forgot', 'forgotten', 'deleted', 'purged', 'wiped', 'gone', 'destroyed', 'erased', 'overwritten', 'overwrote', 'overwrite', 'reverse', 'reversed', 'reversible', 'irreversible', 'missing', 'recover', 'recovery', 'recoverable', 'unrecoverable', 'restore', 'retrieve', 'salvage', 'salvageable', 'escrow', 'backdoor', 'died', 'reimaged', 'left', 'remember', 'locate', 'undocumented', 'keynotkept', 'anymore', 'flushed', 'evicted', 'verloren', 'perdu', 'perdue', 'perdido', 'perdida', 'perdimos', 'perso', 'recuperar', 'recuperer', 'wiederherstellen'],
  __rotate: ['rotate', 'rotating', 'rotation', 'rotated', 'rekey', 'rekeying', 'reencrypt', 'change', 'changing', 'replace', 'replacing', 'swap', 'switch', 'new', 'fresh', 'roll', 'renew', 'migrate', 'compromised', 'leaked', 'exposed', 'yearly', 'periodic'],
  __version: ['version', 'versions', 'upgrade', 'upgraded', 'outdated', 'pinned', 'sdk', 'sdks', 'library', 'libraries', 'package', 'nuget', 'pip', 'npm', 'maven', 'release', 'released', 'minimum', 'oldest', 'supported', 'supports', 'available', 'java', 'python', 'node', 'dotnet', 'net', 'go', 'golang', 'cpp', 'azcopy', 'explorer', 'portal', 'azurite', 'powershell', 'cli', 'legacy', 'older'],
  __mismatch: ['mismatch', 'mismatched', 'match', 'matches', 'matching', 'wrong', 'different', 'incorrect', 'another', 'staging', 'rejected', 'wellformed'],
  __missing: ['keynotsent', 'without', 'missing', 'lacks', 'lacking', 'absent', 'forget', 'forgets', 'omit', 'never', 'include', 'skip', 'skipped', 'required', 'requires', 'needs', 'omitted', 'unencrypted', 'plain', 'conflict', 'exists', 'getproperties', 'properties', 'metadata', 'copy', 'copyfromurl', 'cannotverifycopysource'],
  __format: ['format', 'formatted', 'malformed', 'invalid', 'base64', 'hex', 'padding', 'length', 'long', 'bytes', 'byte', 'bits', 'bit', '32', '256', '128', 'hash', 'hashing', 'sha256', 'compute', 'generate', 'header', 'headers', 'https', 'http', 'xmsencryptionkeysha256', 'xmsencryptionalgorithm'],
  __human: ['human', 'person', 'agent', 'engineer', 'someone', 'somebody', 'representative', 'rep', 'ticket', 'case', 'escalate', 'escalation', 'contact', 'call', 'phone', 'speak', 'talk', 'transfer', 'operator', 'staff', 'icm', 'cri', 'sev', 'severity', 'sr', 'supervisor', 'manager', 'expert', 'experts', 'specialist', 'specialists', 'professional', 'callback', 'tam', 'csam', 'pg'],
  __hello: ['hi', 'hello', 'hey', 'heya', 'hiya', 'howdy', 'greetings', 'morning', 'afternoon', 'evening', 'yo', 'sup', 'hallo', 'hola', 'bonjour', 'salut', 'ciao', 'hii', 'helo', 'hiii', 'gday', 'namaste', 'namaskar', 'ola', 'servus', 'moin', 'ahoy', 'morgen', 'guten', 'buongiorno', 'aloha', 'hej', 'salve', 'konnichiwa', 'salutations', 'oi', 'oy', 'wassup', 'wazzup', 'whassup', 'hllo', 'hlo'],
  __thanks: ['thanks', 'thank', 'thx', 'ty', 'tysm', 'cheers', 'appreciate', 'appreciated', 'grateful', 'helped', 'worked', 'perfect', 'great', 'awesome', 'brilliant', 'thanx', 'thnx', 'tnx', 'thanq', 'thnks', 'thankyou', 'thanku', 'thankyu', 'thnku', 'tyvm', 'kudos', 'props', 'gracias', 'merci', 'danke', 'obrigado', 'grazie', 'arigato', 'dziekuje', 'tack', 'tks', 'tq', 'legend', 'lifesaver', 'charm'],
  __bye: ['bye', 'goodbye', 'cya', 'later', 'farewell', 'night', 'ttyl', 'done', 'exit', 'quit', 'leaving', 'gotta', 'signing', 'adios', 'ciao', 'revoir', 'tschuss', 'gtg', 'g2g', 'close', 'closing', 'finished', 'bb', 'bbl', 'adieu', 'toodles', 'toodaloo', 'cheerio', 'tata', 'gn', 'nite', 'arrivederci', 'hasta', 'sayonara', 'tschuess', 'laterz', 'bai', 'byeee', 'goodnight'],
  __help: ['help', 'hlep', 'halp', 'hepl', 'options', 'menu', 'commands', 'features', 'capabilities', 'topics', 'cover', 'tutorial', 'usage', 'guide', 'instructions', 'howto', 'faq', 'faqs'],
};

const LOOKUP: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [concept, words] of Object.entries(CONCEPTS)) {
    for (const word of words) {
      map.set(word, [...(map.get(word) ?? []), concept]);
    }
  }
  return map;
})();

/** Every word the lexicon knows; the spelling corrector treats them as known words too. */
export const LEXICON_WORDS: readonly string[] = [...LOOKUP.keys()];

/** Concept features for one word (as typed or corrected). */
export function conceptsOf(word: string): readonly string[] {
  return LOOKUP.get(word) ?? [];
}
