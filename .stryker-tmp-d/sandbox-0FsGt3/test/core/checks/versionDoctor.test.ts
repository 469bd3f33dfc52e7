// @ts-nocheck
import assert from 'node:assert/strict';
import { compareVersions, parseVersion } from '../../../src/core/checks/version/compareVersions';
import { diagnoseVersions, type LibraryVerdict } from '../../../src/core/checks/version/diagnoseVersions';
import { realKnowledge } from '../../support/testConversation';

const rows = realKnowledge().versions;

describe('version ordering with pre-releases', () => {
  const ordered: [string, string][] = [
    ['12.0.0-preview.2', '12.0.0-preview.3'],
    ['12.0.0-preview.3', '12.0.0-preview.4'],
    ['12.0.0-preview.4', '12.0.0-preview.10'],
    ['12.0.0-preview.10', '12.0.0'],
    ['12.0.0b2', '12.0.0b3'],
    ['12.0.0b3', '12.0.0'],
    ['12.0.0a1', '12.0.0b1'],
    ['12.0.0b1', '12.0.0rc1'],
    ['12.0.0rc1', '12.0.0'],
    ['12.0.0-beta.1', '12.0.0-preview.3'],
    ['11.2.2', '12.0.0-preview.3'],
    ['12.0.0', '12.0.1'],
    ['v0.11.0', 'v0.12.0'],
    ['0.9.0', '0.12.0'],
    ['2018-11-09', '2019-02-02'],
    ['10.9.0', '10.10.0'],
  ];
  for (const [lower, higher] of ordered) {
    it(`${lower} < ${higher}`, () => {
      const a = parseVersion(lower)!;
      const b = parseVersion(higher)!;
      assert.ok(compareVersions(a, b) < 0);
      assert.ok(compareVersions(b, a) > 0);
    });
  }
  it('treats 12.0 and 12.0.0 as equal', () => {
    assert.equal(compareVersions(parseVersion('12.0')!, parseVersion('12.0.0')!), 0);
  });
  it('refuses what it cannot read', () => {
    for (const text of ['latest', '*', 'x.y.z', '12.0.0-weird.1', '']) {
      assert.equal(parseVersion(text), undefined, text);
    }
  });
});

describe('version doctor over pasted files (versions only from knowledge/versions.json)', () => {
  const table: [string, string, [string, LibraryVerdict][]][] = [
    ['package.json, old preview', '{ "dependencies": { "@azure/storage-blob": "12.0.0-preview.2" } }', [['js-storage-blob', 'too-old']]],
    ['package.json, caret range', '"@azure/storage-blob": "^12.17.0",', [['js-storage-blob', 'supported']]],
    ['package.json, exact first preview', '"@azure/storage-blob": "12.0.0-preview.3"', [['js-storage-blob', 'supported']]],
    ['.csproj v12', '<PackageReference Include="Azure.Storage.Blobs" Version="12.0.0-preview.2" />', [['dotnet-azure-storage-blobs', 'too-old']]],
    ['.csproj legacy with child Version', '<PackageReference Include="Microsoft.Azure.Storage.Blob">\n  <Version>11.2.2</Version>\n</PackageReference>', [['dotnet-storage-blob-legacy', 'supported']]],
    ['.csproj legacy too old', '<PackageReference Include="Microsoft.Azure.Storage.Blob" Version="10.0.3" />', [['dotnet-storage-blob-legacy', 'too-old']]],
    ['pom.xml', '<dependency>\n<groupId>com.azure</groupId>\n<artifactId>azure-storage-blob</artifactId>\n<version>12.25.1</version>\n</dependency>', [['java-storage-blob', 'supported']]],
    ['requirements v12 beta', 'azure-core==1.1.0\nazure-storage-blob==12.0.0b3\n', [['python-storage-blob', 'supported']]],
    ['requirements v12 earlier beta', 'azure-storage-blob==12.0.0b2', [['python-storage-blob', 'too-old']]],
    ['requirements legacy 2.x', 'azure-storage-blob==2.0.1', [['python-storage-blob-legacy', 'too-old']]],
    ['pip list legacy 2.1.0', 'azure-storage-blob   2.1.0', [['python-storage-blob-legacy', 'supported']]],
    ['go.mod legacy', 'require (\n\tgithub.com/Azure/azure-storage-blob-go v0.10.0\n)', [['go-storage-blob-legacy', 'too-old']]],
    ['go.mod azblob (first version unconfirmed)', 'github.com/Azure/azure-sdk-for-go/sdk/storage/azblob v1.3.0', [['go-azblob', 'unconfirmed']]],
    ['JS user agent', 'User-Agent: azsdk-js-azure-storage-blob/12.8.0 core-rest-pipeline/1.10.0 Node/v20.1.0', [['js-storage-blob', 'supported']]],
    ['.NET user agent', 'azsdk-net-Storage.Blobs/12.0.0-preview.2 (.NET Core 3.1; Microsoft Windows)', [['dotnet-azure-storage-blobs', 'too-old']]],
    ['Python user agent', 'azsdk-python-storage-blob/12.19.0 Python/3.11.4', [['python-storage-blob', 'supported']]],
    ['x-ms-version too old', 'x-ms-version: 2018-11-09', [['rest-api', 'too-old']]],
    ['x-ms-version ok', '"x-ms-version": "2021-08-06"', [['rest-api', 'supported']]],
    ['AzCopy version line', 'azcopy version 10.9.0', [['azcopy', 'too-old']]],
    ['unknown version spelling', '"@azure/storage-blob": "latest"', [['js-storage-blob', 'unknown-version']]],
    ['.NET package in a sentence', "I'm on Azure.Storage.Blobs 12.2.0 in .NET.", [['dotnet-azure-storage-blobs', 'supported']]],
    ['dotnet add package', 'dotnet add package Azure.Storage.Blobs --version 12.0.0-preview.2', [['dotnet-azure-storage-blobs', 'too-old']]],
    ['Install-Package, legacy', 'Install-Package Microsoft.Azure.Storage.Blob -Version 10.0.3', [['dotnet-storage-blob-legacy', 'too-old']]],
    ['npm install with @version', 'we use @azure/storage-blob@12.1.0', [['js-storage-blob', 'supported']]],
    ['npm package in a sentence, v prefix', 'upgraded @azure/storage-blob to v12.0.0-preview.2 yesterday', [['js-storage-blob', 'too-old']]],
    ['Gradle coordinates', "implementation 'com.azure:azure-storage-blob:12.0.0'", [['java-storage-blob', 'supported']]],
    ['azure-storage-blob with Java named', 'java app on azure-storage-blob version 12.0.0-preview.2', [['java-storage-blob', 'too-old']]],
    ['pip install', 'pip install azure-storage-blob==12.0.0b2', [['python-storage-blob', 'too-old']]],
    ['Python package in a sentence', 'the function uses azure-storage-blob 2.1.0', [['python-storage-blob-legacy', 'supported']]],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => {
      const { findings } = diagnoseVersions(rows, text);
      assert.deepEqual(findings.map((finding) => [finding.row?.id, finding.verdict]), expected);
    });
  }

  it('reports several libraries at once and fails when one is too old', () => {
    const { result, findings } = diagnoseVersions(rows, 'azure-storage-blob==12.14.0\nx-ms-version: 2018-03-28');
    assert.equal(findings.length, 2);
    assert.equal(result.status, 'fail');
    assert.ok(result.nextSteps.some((step) => step.includes('2019-02-02')), 'names the minimum from the table');
  });

  it('finds each library once when a requirements line also reads as a sentence', () => {
    const { findings } = diagnoseVersions(rows, 'azure-storage-blob==12.14.0\nazure-storage-blob 12.14.0');
    assert.deepEqual(findings.map((finding) => finding.mention.source), ['requirements']);
  });

  it('does not read package names inside paths or user agents as sentences', () => {
    const { findings } = diagnoseVersions(rows, 'github.com/Azure/azure-storage-blob-go v0.10.0\nazsdk-js-azure-storage-blob/12.8.0');
    assert.deepEqual(findings.map((finding) => [finding.row?.id, finding.mention.source]), [
      ['go-storage-blob-legacy', 'go.mod'],
      ['js-storage-blob', 'user-agent'],
    ]);
  });

  it('warns when it finds nothing, and survives huge input', () => {
    assert.equal(diagnoseVersions(rows, 'hello there').result.status, 'warn');
    assert.equal(diagnoseVersions(rows, 'a'.repeat(200_000)).result.status, 'warn');
  });

  it('reads the minimum from the table, not from code', () => {
    const changed = rows.map((row) => (row.id === 'js-storage-blob' ? { ...row, minVersion: '12.20.0' } : row));
    const { findings } = diagnoseVersions(changed, '"@azure/storage-blob": "12.17.0"');
    assert.equal(findings[0].verdict, 'too-old');
  });
});

describe('loading the matcher leaves Math.sign alone', () => {
  it('Math.sign(0) is still 0 after natural’s classifier is loaded (sylvester replaces it globally)', async () => {
    await import('../../../src/core/matching/intentClassifier');
    assert.equal(Math.sign(0), 0);
    assert.equal(Math.sign(-3), -1);
  });
});
