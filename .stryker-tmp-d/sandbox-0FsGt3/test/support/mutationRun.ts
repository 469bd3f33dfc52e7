/**
 * Root hooks for the mutation run only (stryker.mocharc.json, issue #21), so that whether a mutant is killed does
 * not depend on test order or on the clock: Stryker loads the test files once per process and runs many mutants
 * in it, so the redactor's memory of earlier answers is cleared before every test, and the property tests use a
 * fixed seed instead of the time.
 *
 * The redactor is imported in the hook, not at the top: Stryker loads this file before it activates a static
 * mutant (a mutated pattern built when the module loads), and importing the module here would build the pattern
 * unmutated, so every static mutant of the redactor would survive.
 */
// @ts-nocheck

process.env.PROPERTY_SEED ??= '20261206';

export const mochaHooks = {
  async beforeEach(): Promise<void> {
    const { forgetRememberedRedactions } = await import('../../src/core/redaction/redact');
    forgetRememberedRedactions();
  },
};
