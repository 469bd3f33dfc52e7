/**
 * The comparison the issue asks for: a plain natural BayesClassifier with its defaults (Porter stemmer,
 * tokenise-and-stem, stop words removed) trained on the same knowledge examples, predicting its top label.
 */
// @ts-nocheck

import { BayesClassifier } from '../../src/core/matching/naturalBayesClassifier';

export interface Baseline {
  classify(text: string): string;
}

export function trainBaseline(examples: readonly { intent: string; text: string }[]): Baseline {
  const classifier = new BayesClassifier();
  for (const example of examples) {
    classifier.addDocument(example.text, example.intent);
  }
  classifier.train();
  return {
    // An input with no known stem makes natural's Bayes pick by prior alone; that is its plain behaviour.
    classify: (text) => classifier.classify(text),
  };
}
