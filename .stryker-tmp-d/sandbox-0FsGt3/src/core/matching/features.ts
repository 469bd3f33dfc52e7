/**
 * Turns a message into the features the classifiers see: synonym rewrites, lower-case words (stop words kept,
 * so "hi" and "see you" survive), typo correction against the training vocabulary, Porter stems, stem bigrams,
 * domain concepts (concepts.ts), and a few entity markers (another storage error code, an SDK version, an x-ms-version).
 */
// @ts-nocheck

import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import type { Entities } from '../entities/types';
import { conceptsOf } from './concepts';
import { rewritePhrases } from './phrases';
import type { SpellingCorrector } from './spelling';

/** Spelling searches per message: a pasted dump full of unknown words must not cost a search per word. */
const MAX_SPELLING_SEARCHES = 12;

const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 20000;

/** Porter stem of a word, cached: natural's stemmer runs a dozen regular expressions per call. */
export function stem(word: string): string {
  let stemmed = STEM_CACHE.get(word);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(word);
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) {
      STEM_CACHE.clear();
    }
    STEM_CACHE.set(word, stemmed);
  }
  return stemmed;
}

/** A letter typed three or more times in a row. */
const REPEATED_LETTER = /([a-z])\1{2,}/;

/** The word with each run of three or more of one letter cut to one ("heyyy" -> "hey"). */
export function withoutRepeats(word: string): string {
  return word.replace(/([a-z])\1{2,}/g, '$1');
}

/** True when `text` has a letter three or more times in a row (else `withoutRepeats` changes none of its words). */
export function hasRepeatedLetter(text: string): boolean {
  return REPEATED_LETTER.test(text);
}

/**
 * The words of a message after synonym rewrites, lower-cased; a letter repeated three or more times counts once
 * ("heyyy" -> "hey", "byeee" -> "bye"). Digits are left alone (hex keys, versions).
 */
export function words(text: string): string[] {
  const lower = rewritePhrases(text).toLowerCase();
  const tokens = lower.match(/[a-z0-9]+/g) ?? [];
  // One test over the message instead of a replace per word: most messages repeat no letter three times.
  return hasRepeatedLetter(lower) ? tokens.map(withoutRepeats) : tokens;
}

/** Markers for entities that carry routing meaning beyond their words. */
export function entityMarkers(entities: Entities, isCpkCode: (code: string) => boolean): string[] {
  const markers: string[] = [];
  if (entities.errorCodes.some((entity) => !isCpkCode(entity.code))) {
    markers.push('__other_error_code');
  }
  if (entities.sdks.length > 0) {
    markers.push('__sdk_version');
  }
  if (entities.serviceVersions.length > 0) {
    markers.push('__service_version');
  }
  return markers;
}

/**
 * Stems plus bigrams. `corrector` (absent while training) maps unknown words to known ones; a word it cannot
 * place is dropped and counted in `unknown`.
 */
export function featuresOf(
  tokens: readonly string[],
  corrector?: SpellingCorrector,
): { features: string[]; known: number; unknown: number } {
  const stems: string[] = [];
  const concepts: string[] = [];
  let unknown = 0;
  let searches = 0;
  for (const token of tokens) {
    const search = corrector !== undefined && corrector.needsSearch(token) && searches < MAX_SPELLING_SEARCHES;
    searches += search ? 1 : 0;
    const word = corrector === undefined ? token : corrector.correct(token, search);
    if (word === undefined) {
      const lexical = conceptsOf(token);
      concepts.push(...lexical);
      unknown += lexical.length === 0 ? 1 : 0;
      continue;
    }
    stems.push(stem(word));
    concepts.push(...conceptsOf(word));
  }
  const bigrams = stems.slice(1).map((stem, index) => `${stems[index]}_${stem}`);
  return { features: [...new Set([...stems, ...bigrams, ...concepts])], known: stems.length, unknown };
}
