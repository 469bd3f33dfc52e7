/**
 * What the scope guard knows about one message, each fact computed at most once: the word lists are long
 * alternations run over up to 4,000 pasted characters, and the matcher asks about every intent twice per ranking.
 * The words come from `knowledge/scope.json` (issue #17, item 0); the facts here only combine them.
 */
// @ts-nocheck

import type { Entities } from '../entities/types';
import type { ScopeLexicon } from '../knowledge/types';
import { conceptsOf } from './concepts';
import { isCpkCodeIn } from './entityRules';
import { hasRepeatedLetter, withoutRepeats } from './features';

/** A word of the message that the lexicon maps to concepts (lower-cased, a letter repeated three times once). */
export interface ConceptWord {
  word: string;
  concepts: readonly string[];
}

/** The words of `text` the lexicon knows, in order; every intent's anchor check reads them. */
function conceptWordsOf(text: string): ConceptWord[] {
  const found: ConceptWord[] = [];
  const lower = text.toLowerCase();
  const repeats = hasRepeatedLetter(lower);
  for (const word of lower.match(/[a-z0-9]+/g) ?? []) {
    const plain = repeats ? withoutRepeats(word) : word;
    const concepts = conceptsOf(plain);
    if (concepts.length > 0) {
      found.push({ word: plain, concepts });
    }
  }
  return found;
}

export class MessageFacts {
  /** A CPK error code in the message: a fact, not a guess, so nothing rules it out. */
  readonly hasCpkCode: boolean;
  /** Raw pattern results by pattern name; combined facts under '#name', so the two never collide. */
  private readonly cache = new Map<string, boolean>();
  private keyWordsTextCache?: string;
  private conceptWordsCache?: readonly ConceptWord[];
  private correctedConceptWordsCache?: readonly ConceptWord[];

  constructor(
    readonly text: string,
    /** The text after typo correction ("thanx" -> "thanks"), for the small-talk anchors. */
    readonly corrected: string | undefined,
    readonly entities: Entities,
    private readonly words: ScopeLexicon,
  ) {
    this.hasCpkCode = entities.errorCodes.some((entity) => isCpkCodeIn(entity.code, text, entities));
  }

  private remember(name: string, compute: () => boolean): boolean {
    let value = this.cache.get(name);
    if (value === undefined) {
      value = compute();
      this.cache.set(name, value);
    }
    return value;
  }

  /** The text with other senses of "key" blanked ("foreign key", "keys of an object"). */
  private get keyWordsText(): string {
    return (this.keyWordsTextCache ??= this.text.replace(this.words.otherSenseKey.regex, ' '));
  }

  /** True when the typo-corrected text differs from the text as typed (else reading it again is wasted). */
  get correctionChanged(): boolean {
    return this.corrected !== undefined && this.corrected !== this.text;
  }

  /** The lexicon's words in the message as typed, read once for every intent the guard is asked about. */
  get conceptWords(): readonly ConceptWord[] {
    return (this.conceptWordsCache ??= conceptWordsOf(this.text));
  }

  /** The lexicon's words in the typo-corrected text (none when there is no corrected text). */
  get correctedConceptWords(): readonly ConceptWord[] {
    return (this.correctedConceptWordsCache ??= conceptWordsOf(this.corrected ?? ''));
  }

  /** A pattern of the lexicon tested on the message as typed. */
  says(name: keyof ScopeLexicon): boolean {
    return this.remember(name, () => this.words[name].regex.test(this.text));
  }

  /** Words that name CPK itself, strong enough to override an other-topic marker. */
  get strong(): boolean {
    return this.says('strongCpk');
  }

  /** An encryption-key word once other senses of "key" are blanked. */
  get encryptionWords(): boolean {
    return this.remember('#encryptionWords', () => this.words.encryptionWords.regex.test(this.keyWordsText));
  }

  /**
   * Another topic named (with denials such as "not Key Vault" blanked), where a "mismatch" is one of checksums or
   * signatures rather than of the key; or a weak other topic with no encryption-key word.
   */
  get otherTopic(): boolean {
    return this.remember(
      '#otherTopic',
      () =>
        (this.words.otherTopic.regex.test(this.text.replace(this.words.deniedOtherTopic.regex, ' ')) &&
          (!/mismatch/i.test(this.text) || this.says('otherMismatch'))) ||
        (!this.encryptionWords && this.says('weakOtherTopic')),
    );
  }

  /** Another problem's symptom with no encryption-key word. */
  get otherSymptom(): boolean {
    return this.remember('#otherSymptom', () => !this.encryptionWords && this.says('weakOtherSymptom'));
  }

  /** General cryptography in one's own code or on a device, with no storage word. */
  get genericCrypto(): boolean {
    return this.remember(
      '#genericCrypto',
      () => (this.says('genericCrypto') && !this.says('storageWords')) || (this.says('deviceEncryption') && !this.says('blobWords')),
    );
  }

  /** Another cloud's customer-supplied keys, named with no Azure word. */
  get otherCloud(): boolean {
    return this.remember('#otherCloud', () => this.says('otherCloud') && !this.says('azureWords'));
  }

  /** A CPK word, a header with an encoding word, or an SDK named with a version. */
  get cpkAnchor(): boolean {
    return this.remember(
      '#cpkAnchor',
      () =>
        this.words.cpkAnchor.regex.test(this.keyWordsText) ||
        (this.says('headerWords') && this.says('encodingWords')) ||
        this.entities.sdks.length > 0,
    );
  }
}
