/**
 * `Math.sign` as the platform defines it, captured before natural's classifiers load: they pull in sylvester,
 * which replaces `Math.sign` globally with a version that answers 1 for 0. That broke unrelated code (version
 * comparison said 12.0 > 12.0.0). `naturalBayesClassifier.ts` puts the native one back.
 */
// @ts-nocheck

export const nativeMathSign = Math.sign;
