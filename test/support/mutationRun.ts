/**
 * Root hooks for the mutation run only (stryker.mocharc.json, issue #21), so that whether a mutant is killed does
 * not depend on test order or on the clock: Stryker loads the test files once per process and runs many mutants
 * in it, so the redactor's memory of earlier answers is cleared before every test, and the property tests use a
 * fixed seed instead of the time.
 */
import { forgetRememberedRedactions } from '../../src/core/redaction/redact';

process.env.PROPERTY_SEED ??= '20261206';

export const mochaHooks = {
  beforeEach(): void {
    forgetRememberedRedactions();
  },
};
