/**
 * A first, dependency-light matcher: cosine similarity between the message's stemmed words and each intent's
 * training examples, each word weighted by how few intents use it (so "key" counts less than "rotate"), with the three CPK error codes recognised as facts before any scoring. Good enough to route
 * the seed questions; the understanding work (issue #3) replaces it behind the same `Matcher` interface.
 */
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import type { IntentEntry } from '../knowledge/types';
import { decide } from './decide';
import type { DecisionPolicy, Matcher, MatchDecision, ScoredIntent } from './decision';

const ERROR_CODE_INTENTS: ReadonlyArray<[RegExp, string]> = [
  [/BlobCustomerSpecifiedEncryptionMismatch/i, 'error-key-mismatch'],
  [/BlobUsesCustomerSpecifiedEncryption/i, 'error-key-missing'],
  [/InvalidHeaderValue/i, 'error-invalid-header'],
];

type Vector = Map<string, number>;

function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((word) => PorterStemmer.stem(word));
}

function vectorOf(words: readonly string[], weight: (word: string) => number): Vector {
  const vector: Vector = new Map();
  for (const word of words) {
    vector.set(word, (vector.get(word) ?? 0) + weight(word));
  }
  return vector;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [word, weight] of a) {
    dot += weight * (b.get(word) ?? 0);
    normA += weight * weight;
  }
  for (const weight of b.values()) {
    normB += weight * weight;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

export class TokenOverlapMatcher implements Matcher {
  private readonly examples: { intent: string; vector: Vector }[] = [];
  /** Sum of each intent's example vectors: what the intent is about overall. */
  private readonly centroids = new Map<string, Vector>();
  /** Inverse intent frequency of each known word. */
  private readonly idf = new Map<string, number>();

  constructor(
    intents: Iterable<IntentEntry>,
    private readonly policy: DecisionPolicy,
  ) {
    const tokenized = [...intents].flatMap((entry) => entry.examples.map((example) => ({ intent: entry.id, words: tokens(example) })));
    const intentsPerWord = new Map<string, Set<string>>();
    for (const { intent, words } of tokenized) {
      words.forEach((word) => intentsPerWord.set(word, (intentsPerWord.get(word) ?? new Set()).add(intent)));
    }
    const intentCount = new Set(tokenized.map(({ intent }) => intent)).size;
    for (const [word, owners] of intentsPerWord) {
      this.idf.set(word, Math.log(1 + intentCount / owners.size));
    }
    const weight = (word: string): number => this.idf.get(word) ?? 0;
    for (const { intent, words } of tokenized) {
      const vector = vectorOf(words, weight);
      this.examples.push({ intent, vector });
      const centroid = this.centroids.get(intent) ?? new Map<string, number>();
      vector.forEach((value, word) => centroid.set(word, (centroid.get(word) ?? 0) + value));
      this.centroids.set(intent, centroid);
    }
  }

  match(text: string): MatchDecision {
    if (text.trim() === '') {
      return { kind: 'fallback', reason: 'empty-input', ranked: [] };
    }
    for (const [pattern, intent] of ERROR_CODE_INTENTS) {
      if (pattern.test(text)) {
        return { kind: 'answer', intent, confidence: 1, ranked: [{ intent, confidence: 1 }] };
      }
    }
    const words = tokens(text).filter((word) => this.idf.has(word));
    if (words.length === 0) {
      return { kind: 'fallback', reason: 'no-known-words', ranked: [] };
    }
    const query = vectorOf(words, (word) => this.idf.get(word) ?? 0);
    const best = new Map<string, number>();
    for (const example of this.examples) {
      const score = cosine(query, example.vector);
      if (score > (best.get(example.intent) ?? 0)) {
        best.set(example.intent, score);
      }
    }
    // Half nearest example, half whole-intent similarity: one lucky example cannot win alone.
    const scores: ScoredIntent[] = [...best].map(([intent, nearest]) => ({
      intent,
      confidence: (nearest + cosine(query, this.centroids.get(intent) ?? new Map<string, number>())) / 2,
    }));
    return decide(scores, this.policy);
  }
}
