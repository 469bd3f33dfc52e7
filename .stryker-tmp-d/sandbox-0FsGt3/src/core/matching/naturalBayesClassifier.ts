/**
 * natural's BayesClassifier, loaded so that its global side effect is undone: importing it replaces
 * `Math.sign` process-wide (see nativeMathSign.ts). Import the classifier from here, never directly.
 */
// @ts-nocheck

import { nativeMathSign } from './nativeMathSign';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';

Math.sign = nativeMathSign;

export { BayesClassifier };
