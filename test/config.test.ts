import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  it('has embedded defaults that need no Azure account', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3978);
    assert.equal(config.microsoftAppId, '');
    assert.ok(config.matchThreshold > 0 && config.matchThreshold < 1);
  });

  const bad: [string, string, RegExp][] = [
    ['PORT', 'eighty', /PORT must be a whole number from 0 to 65535/],
    ['PORT', '70000', /PORT must be/],
    ['MATCH_THRESHOLD', '1.5', /MATCH_THRESHOLD must be a number from 0 to 1/],
    ['MATCH_AMBIGUITY_MARGIN', '-0.1', /MATCH_AMBIGUITY_MARGIN must be/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of debug, info, warn, error/],
    ['MAX_INPUT_CHARS', '10', /MAX_INPUT_CHARS must be a whole number from 100/],
  ];
  for (const [name, value, message] of bad) {
    it(`refuses ${name}=${value} with one line naming the variable and what is allowed`, () => {
      assert.throws(() => loadConfig({ [name]: value }), (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, message);
        assert.doesNotMatch(error.message, /\n/);
        assert.ok(!error.message.includes(value) || value.length < 3, 'the value is not echoed');
        return true;
      });
    });
  }
});
