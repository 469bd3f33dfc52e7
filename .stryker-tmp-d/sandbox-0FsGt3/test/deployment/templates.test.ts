// @ts-nocheck
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
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
/** A Key Vault secret's address (https://<vault>.vault.azure.net/secrets/<name>): names a secret, holds none. */
const SECRET_ADDRESS = /SecretUri$/;

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
        const secretName = SECRET_NAME.test(parameter) && !SECRET_ADDRESS.test(parameter);
        const secret = /^secure(string|object)$/i.test(definition.type) || secretName;
        assert.ok(!secret || definition.defaultValue === undefined, `${parameter} has a default`);
        if (secretName) {
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
    /** Child resources nested in the site (config, publishing policies), keyed by type/name. */
    const siteChild = (type: string, name: string): ArmResource | undefined =>
      ((site().resources ?? []) as ArmResource[]).find((child) => child.type === type && child.name === name);
    const appSettings = (): Map<string, string> => new Map(Object.entries((siteChild('config', 'appsettings')?.properties ?? {}) as Record<string, string>));
    const parameter = (name: string): { type: string; defaultValue?: unknown; allowedValues?: unknown[] } => {
      const found = template.parameters?.[name];
      assert.ok(found !== undefined, `parameter ${name}`);
      return found;
    };

    it('runs the bot on Linux App Service with the Node LTS of package.json engines, HTTPS only, TLS 1.2, health checked on /readyz', () => {
      const siteConfig = site().properties?.siteConfig as Record<string, unknown>;
      const engines = (readJson(path.join(projectRoot, 'package.json')) as { engines: { node: string } }).engines.node;
      const major = /^>=(\d+)\.\d+ <(\d+)$/.exec(engines);
      assert.ok(major !== null && Number(major[2]) === Number(major[1]) + 1, `engines names one major: ${engines}`);
      assert.ok(Number(major[1]) >= 22 && Number(major[1]) % 2 === 0, 'an even (LTS) major, 22 or later');
      assert.equal(site().kind, 'app,linux');
      assert.equal(siteConfig.linuxFxVersion, `NODE|${major[1]}-lts`);
      assert.equal(siteConfig.healthCheckPath, '/readyz');
      assert.equal(siteConfig.appCommandLine, ['node', ...startCommandFlags(), 'dist/src/index.js'].join(' '), 'starts like npm start');
      assert.equal(site().properties?.httpsOnly, true);
      assert.equal(siteConfig.minTlsVersion, '1.2');
      assert.equal(siteConfig.ftpsState, 'Disabled');
      const plan = resourcesOf(template, 'Microsoft.Web/serverfarms')[0];
      assert.equal((plan.properties as { reserved: boolean }).reserved, true, 'a Linux plan');
    });

    it('turns basic-auth publishing off for FTP and SCM (deploys use Entra ID)', () => {
      for (const policy of ['ftp', 'scm']) {
        assert.deepEqual(siteChild('basicPublishingCredentialsPolicies', policy)?.properties, { allow: false }, policy);
      }
    });

    it('runs the zip package as it is: no build on the server', () => {
      assert.equal(appSettings().get('SCM_DO_BUILD_DURING_DEPLOYMENT'), 'false');
      assert.equal(appSettings().get('WEBSITE_RUN_FROM_PACKAGE'), '1');
    });

    it('sets every setting the bot reads (derived from src/config.ts and .env.example)', () => {
      const settings = appSettings();
      const missing = [...botSettings()].filter((name) => !settings.has(name) && NOT_SET[name] === undefined);
      assert.deepEqual(missing, []);
      assert.equal(settings.get('HOST'), '0.0.0.0');
      assert.equal(settings.get('STORAGE_CONNECTION_STRING'), undefined);
    });

    it('defaults the bot identity to a user-assigned managed identity with no password; SingleTenant reads its password from Key Vault; MultiTenant is not offered', () => {
      assert.equal(parameter('botIdentity').defaultValue, 'UserAssignedMSI');
      assert.deepEqual(parameter('botIdentity').allowedValues, ['UserAssignedMSI', 'SingleTenant']);
      for (const file of files) {
        assert.doesNotMatch(JSON.stringify(readJson(file)).replace(/MultiTenant is not offered[^"]*/g, ''), /MultiTenant/, path.basename(file));
      }
      const identity = resourcesOf(template, 'Microsoft.ManagedIdentity/userAssignedIdentities')[0];
      assert.ok(identity !== undefined, 'the template creates the identity');
      assert.deepEqual(site().identity, { type: 'UserAssigned', userAssignedIdentities: { "[variables('identityId')]": {} } });
      const bot = resourcesOf(template, 'Microsoft.BotService/botServices')[0];
      assert.equal(bot.properties?.msaAppType, "[parameters('botIdentity')]");
      assert.match(String(bot.properties?.msaAppMSIResourceId), /variables\('identityId'\)/);
      const settings = appSettings();
      assert.equal(settings.get('MicrosoftAppType'), "[parameters('botIdentity')]");
      assert.match(String(settings.get('MicrosoftAppPassword')), /^\[if\(variables\('useManagedIdentity'\), '', concat\('@Microsoft\.KeyVault\(SecretUri=', parameters\('microsoftAppPasswordSecretUri'\), '\)'\)\)\]$/);
      assert.equal(site().properties?.keyVaultReferenceIdentity, "[variables('identityId')]", 'Key Vault references resolve with the managed identity');
    });

    it('has no required secret parameter: no secret passes through a parameter at all', () => {
      for (const [name, definition] of Object.entries(template.parameters ?? {})) {
        assert.doesNotMatch(definition.type, /^secure/i, `${name} is a secure parameter`);
        if (SECRET_NAME.test(name)) {
          assert.match(name, SECRET_ADDRESS, `${name} names a secret: only Key Vault addresses may`);
          assert.equal(definition.defaultValue, '', `${name} is optional`);
        }
      }
    });

    it('reads secrets inside the deployment: the Direct Line key with listChannelWithKeys, the app password from Key Vault', () => {
      for (const [name, value] of appSettings()) {
        if (SECRET_NAME.test(name) && name !== 'MicrosoftAppPassword') {
          assert.match(value, /^\[listChannelWithKeys\(variables\('directLineChannelId'\), '2022-09-15'\)\.properties\.properties\.sites\[0\]\.key\]$/, name);
        }
      }
      assert.equal(template.variables?.directLineChannelId, "[resourceId('Microsoft.BotService/botServices/channels', variables('botName'), 'DirectLineChannel')]");
    });

    it("points the bot at the site's defaultHostName and trusts the site's own origin in Direct Line", () => {
      const bot = resourcesOf(template, 'Microsoft.BotService/botServices')[0];
      assert.equal(bot.properties?.endpoint, "[concat('https://', reference(variables('siteId'), '2023-12-01').defaultHostName, '/api/messages')]");
      assert.doesNotMatch(JSON.stringify(template), /azurewebsites\.net/, 'no hard-coded host name');
      const directLine = resourcesOf(template, 'Microsoft.BotService/botServices/channels').find((channel) => (channel.properties as { channelName: string }).channelName === 'DirectLineChannel');
      const sites = ((directLine?.properties as { properties: { sites: Record<string, unknown>[] } }).properties.sites);
      const siteOrigin = "concat('https://', reference(variables('siteId'), '2023-12-01').defaultHostName)";
      assert.equal(sites[0].isSecureSiteEnabled, true);
      assert.equal(sites[0].trustedOrigins, `[concat(createArray(${siteOrigin}), variables('extraOrigins'))]`);
      assert.equal(appSettings().get('DIRECT_LINE_TRUSTED_ORIGINS'), `[join(concat(createArray(${siteOrigin}), variables('extraOrigins')), ',')]`);
    });

    it('keeps data for a bounded time: a lifecycle rule deletes state, transcripts and feedback after retentionDays (90 by default), with soft delete on', () => {
      assert.equal(parameter('retentionDays').defaultValue, 90);
      const policy = resourcesOf(template, 'Microsoft.Storage/storageAccounts/managementPolicies')[0];
      const rules = (policy.properties as { policy: { rules: { enabled: boolean; definition: { filters: { prefixMatch: string[]; blobTypes: string[] }; actions: { baseBlob: { delete: Record<string, unknown> } } } }[] } }).policy.rules;
      assert.equal(rules.length, 1);
      const [rule] = rules;
      assert.equal(rule.enabled, true);
      assert.deepEqual(rule.definition.actions.baseBlob.delete, { daysAfterModificationGreaterThan: "[parameters('retentionDays')]" });
      for (const container of ['stateContainer', 'transcriptContainer', 'feedbackContainer']) {
        assert.ok(rule.definition.filters.prefixMatch.includes(`[concat(parameters('${container}'), '/')]`), container);
      }
      assert.deepEqual(rule.definition.filters.blobTypes.sort(), ['appendBlob', 'blockBlob'], 'feedback is append blobs');
      const blobService = resourcesOf(template, 'Microsoft.Storage/storageAccounts/blobServices')[0];
      const properties = blobService.properties as Record<string, { enabled: boolean; days: string }>;
      assert.deepEqual(properties.deleteRetentionPolicy, { enabled: true, days: "[parameters('softDeleteDays')]" });
      assert.deepEqual(properties.containerDeleteRetentionPolicy, { enabled: true, days: "[parameters('softDeleteDays')]" });
    });

    it('gives the managed identity data access to the storage account before the app starts (no account key anywhere)', () => {
      const account = resourcesOf(template, 'Microsoft.Storage/storageAccounts')[0];
      assert.equal(account.properties?.allowSharedKeyAccess, false);
      const role = resourcesOf(template, 'Microsoft.Authorization/roleAssignments')[0];
      const roleId = String((role.properties as { roleDefinitionId: string }).roleDefinitionId);
      const variable = /^\[variables\('([^']+)'\)\]$/.exec(roleId)?.[1];
      const resolved = variable === undefined ? roleId : String(template.variables?.[variable]);
      assert.match(resolved, /ba92f5b4-2d11-453d-a403-e96b0029c9fe/, 'Storage Blob Data Contributor');
      assert.equal((role.properties as { principalId: string }).principalId, "[reference(variables('identityId'), '2023-01-31').principalId]");
      assert.ok((site().dependsOn as string[]).some((entry) => entry.includes('Microsoft.Authorization/roleAssignments')), 'the site waits for the role assignment');
      assert.equal(appSettings().get('AZURE_CLIENT_ID'), "[reference(variables('identityId'), '2023-01-31').clientId]", 'DefaultAzureCredential picks the user-assigned identity');
      assert.doesNotMatch(JSON.stringify(template), /listKeys/);
    });

    it('creates an Azure Bot with the Teams and Direct Line channels, pointing at the web app', () => {
      const bot = resourcesOf(template, 'Microsoft.BotService/botServices')[0];
      assert.equal(bot.kind, 'azurebot');
      assert.match(String(bot.properties?.endpoint), /\/api\/messages'\)\]$/);
      const channels = resourcesOf(template, 'Microsoft.BotService/botServices/channels').map((channel) => (channel.properties as { channelName: string }).channelName);
      assert.deepEqual(channels.sort(), ['DirectLineChannel', 'MsTeamsChannel']);
    });

    it('README.md explains every parameter and deploys the npm run package zip with az commands in order', () => {
      const readme = fs.readFileSync(path.join(templatesDir, 'README.md'), 'utf8');
      const table = readme.slice(readme.indexOf('## Parameters'), readme.indexOf('## Commands'));
      const undocumented = Object.keys(template.parameters ?? {}).filter((name) => !table.includes(`\`${name}\``));
      assert.deepEqual(undocumented, []);
      const steps = ['az login', 'az group create', 'az deployment group what-if', 'az deployment group create', 'npm run package', 'az webapp deploy', '/readyz'];
      const positions = steps.map((step) => readme.indexOf(step, readme.indexOf('## Commands')));
      assert.ok(positions.every((position) => position > 0), steps.filter((_, index) => positions[index] <= 0).join(', '));
      assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'in this order');
      assert.match(readme, /--src-path dist\/deploy\/app\.zip --type zip/);
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
