/**
 * Types for requiring natural's Bayes classifier module directly: `natural/lib/natural/classifiers` loads
 * every classifier (maxent included) and costs ~200 ms at start-up; this file alone costs ~20 ms.
 */
declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  import { BayesClassifier } from 'natural/lib/natural/classifiers';
  export = BayesClassifier;
}
