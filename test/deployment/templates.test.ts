import assert from 'node:assert/strict';
import path from 'node:path';
import { startCommandFlags } from '../../scripts/lib/startFlags';
import {
  type ArmResource,
  type ArmTemplate,
  botSettings,
  isParametersFile,
  isTemplate,
  jsonFiles,
  readJson,
  referenced,
  templatesDir,
} from './armTemplate';

/** Settings the template deliberately does not set, and why. */
const NOT_SET: Record<string, string> = {
  STORAGE_CONNECTION_STRING: 'the template uses managed identity (STORAGE_ACCOUNT_URL); the bot refuses both at once',
  TEAMS_APP_ID: 'read only by npm run teams:package on a developer machine, not by the running bot',
  CHECK_EMULATOR_ENDPOINT: 'a local storage emulator for the live checks: tests and laptops only, never in Azure',
  CHECK_EMULATOR_CA_FILE: 'the certificate of that local emulator: tests and laptops only',
  EVAL_DEV_FILE: 'read only by npm run eval on a developer machine',
};

const SECRET_NAME = /password|secret|connectionstring|accountkey|sas/i;

function resourcesOf(template: ArmTemplate, type: string): ArmResource[] {
  return template.resources.filter((resource) => resource.type === type);
}

describe('deploymentTemplates/', () => {
  const files = jsonFiles();
  const templates = files.map((file) => [file, readJson(file)] as const).filter((entry): entry is readonly [string, ArmTemplate] => isTemplate(entry[1]));
  const main = templates.find(([file]) => path.basename(file) === 'azuredeploy.json')?.[1];

  it('every JSON file parses, and there is a template and parameters files for a new and an existing resource group', () => {
    assert.ok(files.length >= 3, files.join(', '));
    assert.ok(main !== undefined, 'azuredeploy.json');
    const names = files.map((file) => path.basename(file));
    assert.ok(names.includes('parameters.new-rg.json') && names.includes('parameters.existing-rg.json'), names.join(', '));
  });

  for (const [file, template] of templates) {
    const name = path.relative(templatesDir, file);
    const body = { variables: template.variables, resources: template.resources, outputs: template.outputs };

    it(`${name}: every parameter is used and every parameter used is declared`, () => {
      const declared = new Set(Object.keys(template.parameters ?? {}));
      const used = referenced('parameters', body);
      assert.deepEqual([...declared].filter((parameter) => !used.has(parameter)), [], 'declared but unused');
      assert.deepEqual([...used].filter((parameter) => !declared.has(parameter)), [], 'used but not declared');
    });

    it(`${name}: every variable is used and declared`, () => {
      const declared = new Set(Object.keys(template.variables ?? {}));
      const used = referenced('variables', body);
      assert.deepEqual([...declared].filter((variable) => !used.has(variable)), []);
      assert.deepEqual([...used].filter((variable) => !declared.has(variable)), []);
    });

    it(`${name}: no secret has a default value`, () => {
      for (const [parameter, definition] of Object.entries(template.parameters ?? {})) {
        const secret = /^secure(string|object)$/i.test(definition.type) || SECRET_NAME.test(parameter);
        assert.ok(!secret || definition.defaultValue === undefined, `${parameter} has a default`);
        if (SECRET_NAME.test(parameter)) {
          assert.match(definition.type, /^secure/i, `${parameter} must be a secure parameter`);
        }
      }
    });

    it(`${name}: storage accounts are HTTPS only, TLS 1.2, without public blob access`, () => {
      for (const account of resourcesOf(template, 'Microsoft.Storage/storageAccounts')) {
        assert.equal(account.properties?.supportsHttpsTrafficOnly, true);
        assert.equal(account.properties?.minimumTlsVersion, 'TLS1_2');
        assert.equal(account.properties?.allowBlobPublicAccess, false);
      }
      for (const container of resourcesOf(template, 'Microsoft.Storage/storageAccounts/blobServices/containers')) {
        assert.equal(container.properties?.publicAccess, 'None');
      }
    });
  }

  describe('azuredeploy.json', () => {
    const template = main!;
    const site = (): ArmResource => resourcesOf(template, 'Microsoft.Web/sites')[0];
    const appSettings = (): Map<string, string> => {
      const config = site().properties?.siteConfig as { appSettings: { name: string; value: string }[] };
      return new Map(config.appSettings.map((setting) => [setting.name, setting.value]));
    };

    it('runs the bot on Linux App Service, Node 20, HTTPS only, health checked on /readyz', () => {
      const siteConfig = site().properties?.siteConfig as Record<string, unknown>;
      assert.equal(site().kind, 'app,linux');
      assert.equal(siteConfig.linuxFxVersion, 'NODE|20-lts');
      assert.equal(siteConfig.healthCheckPath, '/readyz');
      assert.equal(siteConfig.appCommandLine, ['node', ...startCommandFlags(), 'dist/src/index.js'].join(' '), 'starts like npm start');
      assert.equal(site().properties?.httpsOnly, true);
      assert.deepEqual(site().identity, { type: 'SystemAssigned' });
      const plan = resourcesOf(template, 'Microsoft.Web/serverfarms')[0];
      assert.equal((plan.properties as { reserved: boolean }).reserved, true, 'a Linux plan');
    });

    it('sets every setting the bot reads (derived from src/config.ts and .env.example)', () => {
      const settings = appSettings();
      const missing = [...botSettings()].filter((name) => !settings.has(name) && NOT_SET[name] === undefined);
      assert.deepEqual(missing, []);
      assert.equal(settings.get('HOST'), '0.0.0.0');
      assert.equal(settings.get('STORAGE_CONNECTION_STRING'), undefined);
    });

    it('takes secrets only from secure parameters', () => {
      for (const [name, value] of appSettings()) {
        if (SECRET_NAME.test(name)) {
          const parameter = /^\[parameters\('([^']+)'\)\]$/.exec(value)?.[1];
          assert.ok(parameter !== undefined, `${name} must come from a parameter`);
          assert.equal(template.parameters?.[parameter]?.type, 'securestring', `${name} -> ${parameter}`);
        }
      }
    });

    it('gives the web app identity data access to the storage account (no account key anywhere)', () => {
      const account = resourcesOf(template, 'Microsoft.Storage/storageAccounts')[0];
      assert.equal(account.properties?.allowSharedKeyAccess, false);
      const role = resourcesOf(template, 'Microsoft.Authorization/roleAssignments')[0];
      const roleId = String((role.properties as { roleDefinitionId: string }).roleDefinitionId);
      const variable = /^\[variables\('([^']+)'\)\]$/.exec(roleId)?.[1];
      const resolved = variable === undefined ? roleId : String(template.variables?.[variable]);
      assert.match(resolved, /ba92f5b4-2d11-453d-a403-e96b0029c9fe/, 'Storage Blob Data Contributor');
      assert.doesNotMatch(JSON.stringify(template), /listKeys/);
    });

    it('creates an Azure Bot with the Teams and Direct Line channels, pointing at the web app', () => {
      const bot = resourcesOf(template, 'Microsoft.BotService/botServices')[0];
      assert.equal(bot.kind, 'azurebot');
      assert.match(String(bot.properties?.endpoint), /\/api\/messages'\)\]$/);
      const channels = resourcesOf(template, 'Microsoft.BotService/botServices/channels').map((channel) => (channel.properties as { channelName: string }).channelName);
      assert.deepEqual(channels.sort(), ['DirectLineChannel', 'MsTeamsChannel']);
    });

    const parameterFiles = files.filter((file) => isParametersFile(readJson(file)));
    for (const file of parameterFiles) {
      it(`${path.basename(file)}: names only declared parameters, sets every required one, and holds no literal secret`, () => {
        const json = readJson(file);
        assert.ok(isParametersFile(json));
        const declared = template.parameters ?? {};
        for (const name of Object.keys(json.parameters)) {
          assert.ok(declared[name] !== undefined, `${name} is not a template parameter`);
        }
        for (const [name, definition] of Object.entries(declared)) {
          const secure = /^secure/i.test(definition.type);
          if (definition.defaultValue === undefined && !secure) {
            assert.ok(json.parameters[name] !== undefined, `${name} is required`);
          }
          if (secure && json.parameters[name] !== undefined) {
            assert.equal(json.parameters[name].value, undefined, `${name}: use a Key Vault reference, not a value`);
            assert.ok(json.parameters[name].reference !== undefined);
          }
        }
      });
    }
  });
});
