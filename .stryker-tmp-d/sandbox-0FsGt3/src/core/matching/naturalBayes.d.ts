/**
 * Types for requiring natural's Bayes classifier module directly: `natural/lib/natural/classifiers` loads
 * every classifier (maxent included) and costs ~200 ms at start-up; this file alone costs ~20 ms.
 */
// @ts-nocheck

declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  import { BayesClassifier } from 'natural/lib/natural/classifiers';
  export = BayesClassifier;
}

/**
 * The Porter stemmer alone: `natural/lib/natural/stemmers` loads every language's stemmer (~80 ms at start-up);
 * this file alone costs ~4 ms (issue #8, cold start).
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  import { PorterStemmer } from 'natural/lib/natural/stemmers';
  export = PorterStemmer;
}
