// @ts-nocheck
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { projectRoot } from '../src/paths';

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

  describe('bot identity (MicrosoftAppType, issue #20)', () => {
    const appId = '11111111-2222-3333-4444-555555555555';
    const tenant = '00000000-0000-0000-0000-0000000000aa';

    it('accepts UserAssignedMSI and SingleTenant with an app id and tenant, and nothing with auth off', () => {
      for (const kind of ['UserAssignedMSI', 'SingleTenant'] as const) {
        assert.equal(loadConfig({ MicrosoftAppId: appId, MicrosoftAppType: kind, MicrosoftAppTenantId: tenant }).microsoftAppType, kind);
      }
      assert.equal(loadConfig({}).microsoftAppType, '');
    });

    const refused: [string, Record<string, string>, string][] = [
      ['MultiTenant with an app id', { MicrosoftAppId: appId, MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: tenant }, 'MicrosoftAppType'],
      ['MultiTenant with auth off', { MicrosoftAppType: 'MultiTenant' }, 'MicrosoftAppType'],
      ['an app id without a type (botbuilder would take MultiTenant)', { MicrosoftAppId: appId, MicrosoftAppTenantId: tenant }, 'MicrosoftAppType'],
      ['a type in the wrong case', { MicrosoftAppId: appId, MicrosoftAppType: 'singletenant', MicrosoftAppTenantId: tenant }, 'MicrosoftAppType'],
      ['SingleTenant without a tenant', { MicrosoftAppId: appId, MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
      ['UserAssignedMSI without a tenant', { MicrosoftAppId: appId, MicrosoftAppType: 'UserAssignedMSI' }, 'MicrosoftAppTenantId'],
    ];
    it('.env.example sets no MultiTenant, and its values load', () => {
      const example = fs.readFileSync(path.join(projectRoot, '.env.example'), 'utf8');
      assert.match(example, /^MicrosoftAppType=$/m);
      const values = Object.fromEntries([...example.matchAll(/^([A-Za-z_]\w*)=(.*)$/gm)].map((match) => [match[1], match[2]]));
      assert.equal(loadConfig(values).microsoftAppType, '');
    });

    for (const [name, env, variable] of refused) {
      it(`refuses ${name}`, () => {
        assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && error.variable === variable && /UserAssignedMSI|tenant/.test(error.message));
      });
    }
  });
});
