/**
 * The key/hash doctor (issue #4, check 1). Offline: given a key and/or its SHA-256 (and maybe the algorithm),
 * it says whether the key is base64 of exactly 32 bytes, whether the hash belongs to it, and names each precise
 * mistake. The key is used only in memory here; the result shows its fingerprint, never the key.
 */
// @ts-nocheck

import type { CheckEvidence, CheckResult } from '../checkResult';
import { analyzeEncodedValue } from './analyzeEncodedValue';
import type { KeyCheckInput } from './extractKeyInputs';
import { fingerprintOf, sha256, shortFingerprint } from './fingerprint';
import { algorithmMistake, HASH_MISMATCH, HASH_OF_TEXT, type KeyMistake, mistakeFor, SWAPPED } from './keyMistakes';

export interface KeyDiagnosis {
  result: CheckResult;
  mistakes: KeyMistake[];
  /** base64(SHA-256(raw key)) when a key was given and decodable. */
  keyFingerprint?: string;
}

const FIX_STEPS: Partial<Record<KeyMistake['code'], string>> = {
  'key-wrong-length': 'Generate a new 32-byte key (for example crypto.randomBytes(32) or openssl rand -base64 32) if this key was never used to write data.',
  'hash-of-base64-text': 'Recompute the SHA-256 over the decoded key bytes with one of the one-line commands on this card.',
  'hash-mismatch': 'Recompute the SHA-256 from the key you use, with one of the one-line commands on this card.',
  swapped: 'Put the key in x-ms-encryption-key (CPK_ENCRYPTION_KEY) and its hash in x-ms-encryption-key-sha256 (CPK_ENCRYPTION_KEY_SHA256).',
  algorithm: 'Send x-ms-encryption-algorithm: AES256 (the SDKs and AzCopy set it for you).',
};

const ASK_FOR_VALUES = 'Paste the SHA-256 fingerprint, or both values with their labels (x-ms-encryption-key-sha256: …).';

function compareHash(key: Buffer, keyText: string, hash: Buffer): KeyMistake[] {
  if (sha256(key).equals(hash)) {
    return [];
  }
  const texts = new Set([keyText, keyText.replace(/=+$/, '')]);
  if ([...texts].some((text) => sha256(text).equals(hash))) {
    return [HASH_OF_TEXT];
  }
  // A value of another size given as the hash is not a key, whatever its SHA-256 (which is 32 bytes, like the key).
  if (hash.length === 32 && sha256(hash).equals(key)) {
    return [SWAPPED];
  }
  return [HASH_MISMATCH];
}

/** Runs the doctor. Never throws; garbage becomes a `fail` with a named mistake. */
export function diagnoseKeyPair(input: KeyCheckInput): KeyDiagnosis {
  const mistakes: KeyMistake[] = [];
  const evidence: CheckEvidence[] = [];
  const key = input.key === undefined ? undefined : analyzeEncodedValue(input.key);
  const hash = input.hash === undefined ? undefined : analyzeEncodedValue(input.hash);
  let keyFingerprint: string | undefined;
  if (key !== undefined) {
    mistakes.push(...key.problems.map((problem) => mistakeFor('key', problem)));
    if (key.bytes !== undefined) {
      keyFingerprint = fingerprintOf(key.bytes);
      evidence.push({ title: 'Key', value: `${key.bytes.length} bytes (not shown)` });
      evidence.push({ title: 'Fingerprint of the key (SHA-256 of its raw bytes)', value: keyFingerprint });
    }
  }
  if (hash !== undefined) {
    mistakes.push(...hash.problems.map((problem) => mistakeFor('hash', problem)));
    if (hash.bytes !== undefined) {
      evidence.push({ title: 'SHA-256 you gave', value: shortFingerprint(hash.bytes.toString('base64')) });
    }
  }
  if (key?.bytes !== undefined && hash?.bytes !== undefined) {
    const hashMistakes = compareHash(key.bytes, key.compact, hash.bytes);
    mistakes.push(...hashMistakes);
    evidence.push({ title: 'Hash matches the key', value: hashMistakes.length === 0 ? 'yes' : 'no' });
  }
  if (input.algorithm !== undefined) {
    evidence.push({ title: 'Algorithm', value: input.algorithm.slice(0, 40) });
    if (input.algorithm.trim() !== 'AES256') {
      mistakes.push(algorithmMistake());
    }
  }
  return { result: summarize(input, mistakes, evidence, keyFingerprint), mistakes, ...(keyFingerprint === undefined ? {} : { keyFingerprint }) };
}

function summarize(input: KeyCheckInput, mistakes: KeyMistake[], evidence: CheckEvidence[], keyFingerprint?: string): CheckResult {
  if (input.key === undefined && input.hash === undefined && input.algorithm === undefined) {
    return {
      check: 'key-check',
      status: 'error',
      cause: 'I found no key or SHA-256 value to check.',
      evidence,
      nextSteps: [ASK_FOR_VALUES],
    };
  }
  if (mistakes.length > 0) {
    const steps = mistakes.flatMap((mistake) => {
      const step = FIX_STEPS[mistake.code];
      return step === undefined ? [] : [step];
    });
    steps.push('Send all three headers on every request: the base64 key, base64(SHA-256 of the raw key bytes) and AES256.');
    // Each mistake code occurs once and has its own step, so the steps never repeat.
    return { check: 'key-check', status: 'fail', cause: mistakes.map((mistake) => mistake.message).join(' '), evidence, nextSteps: steps };
  }
  if (input.key === undefined && input.hash === undefined) {
    return {
      check: 'key-check',
      status: 'pass',
      cause: 'The algorithm is AES256, the one CPK takes. I found no key or SHA-256 value to check.',
      evidence,
      nextSteps: [ASK_FOR_VALUES],
    };
  }
  const cause =
    input.key !== undefined && input.hash !== undefined
      ? 'The key is base64 of exactly 32 bytes and the SHA-256 belongs to it.'
      : input.key !== undefined
        ? 'The key is base64 of exactly 32 bytes. Its fingerprint is shown below.'
        : 'The SHA-256 value is well-formed base64 of 32 bytes.';
  const nextSteps = [
    keyFingerprint === undefined
      ? 'Compare this fingerprint with the blob\'s CustomerProvidedKeySha256 from a listing ("Check a blob" or "List keys in a container").'
      : 'Use this fingerprint with "Check a blob" or "List keys in a container" to see which blobs this key opens.',
  ];
  return { check: 'key-check', status: 'pass', cause, evidence, nextSteps };
}
