/**
 * The embedded defaults the bot runs with when nothing is configured (issue #21: a changed MATCH_THRESHOLD
 * default passed every test). The matcher's accuracy figures in the README are measured at these values.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { loadConfig } from '../src/config';

describe('configuration defaults', () => {
  it('matches at threshold 0.3 with an ambiguity margin of 0.05 when nothing is set', () => {
    const config = loadConfig({});
    assert.equal(config.matchThreshold, 0.3);
    assert.equal(config.ambiguityMargin, 0.05);
  });

  it('an empty or blank variable means the default, a set one wins', () => {
    assert.equal(loadConfig({ MATCH_THRESHOLD: ' ' }).matchThreshold, 0.3);
    assert.equal(loadConfig({ MATCH_AMBIGUITY_MARGIN: '' }).ambiguityMargin, 0.05);
    assert.equal(loadConfig({ MATCH_THRESHOLD: '0.45', MATCH_AMBIGUITY_MARGIN: '0.1' }).matchThreshold, 0.45);
    assert.equal(loadConfig({ MATCH_THRESHOLD: '0.45', MATCH_AMBIGUITY_MARGIN: '0.1' }).ambiguityMargin, 0.1);
  });
});
