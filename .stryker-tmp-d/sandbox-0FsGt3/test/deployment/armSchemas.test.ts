/**
 * Offline validation of deploymentTemplates/ against the pinned ARM schemas (issue #20, item 6): the check
 * `az deployment group validate` starts with, without a subscription.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import path from 'node:path';
import { isParametersFile, isTemplate, jsonFiles, readJson, templatesDir } from './armTemplate';
import { validateAgainstArmSchema } from './armSchemaValidator';

describe('deploymentTemplates/ against the ARM JSON schemas (pinned, offline)', function () {
  this.timeout(120_000);
  const files = jsonFiles().filter((file) => {
    const json = readJson(file);
    return isTemplate(json) || isParametersFile(json);
  });

  it('covers the template and both parameters files', () => {
    assert.deepEqual(files.map((file) => path.basename(file)).sort(), ['azuredeploy.json', 'parameters.existing-rg.json', 'parameters.new-rg.json']);
  });

  for (const file of files) {
    it(`${path.relative(templatesDir, file)} is valid`, async () => {
      const errors = await validateAgainstArmSchema(readJson(file) as { $schema?: unknown });
      assert.deepEqual(errors.map((error) => `${error.instancePath} ${String(error.message)}`), []);
    });
  }

  it('rejects what the schemas forbid: an unknown top-level key, a resource property of the wrong type, MultiTenant misspelt as a type', async () => {
    const template = readJson(path.join(templatesDir, 'azuredeploy.json')) as { $schema: string; resources: { type: string; properties?: Record<string, unknown> }[] };
    assert.notDeepEqual(await validateAgainstArmSchema({ ...template, notAnArmKey: true } as { $schema: string }), []);
    const badStorage = structuredClone(template);
    const account = badStorage.resources.find((resource) => resource.type === 'Microsoft.Storage/storageAccounts');
    assert.ok(account?.properties !== undefined);
    account.properties.supportsHttpsTrafficOnly = 'yes';
    assert.notDeepEqual(await validateAgainstArmSchema(badStorage), [], 'a string where a boolean goes');
    const badBot = structuredClone(template);
    const bot = badBot.resources.find((resource) => resource.type === 'Microsoft.BotService/botServices');
    assert.ok(bot?.properties !== undefined);
    bot.properties.msaAppType = 'MultiTenantish';
    assert.notDeepEqual(await validateAgainstArmSchema(badBot), [], 'an msaAppType outside the enum');
  });
});
