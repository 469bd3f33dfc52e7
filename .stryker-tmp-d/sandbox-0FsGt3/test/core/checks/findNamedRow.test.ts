// @ts-nocheck
import assert from 'node:assert/strict';
import { findNamedRow } from '../../../src/core/checks/version/findNamedRow';
import { realKnowledge } from '../../support/testConversation';

describe('findNamedRow: the one version-table row a question names', () => {
  const rows = realKnowledge().versions;
  const table: [string, string | undefined][] = [
    ['which python version supports cpk?', 'python-storage-blob'],
    ['does the .NET SDK support customer provided keys', 'dotnet-azure-storage-blobs'],
    ['min version of @azure/storage-blob for cpk', 'js-storage-blob'],
    ['what about Node.js?', 'js-storage-blob'],
    ['azcopy cpk support', 'azcopy'],
    ['is C++ supported?', 'cpp-storage'],
    ['can I use the Azure portal to read it', 'azure-portal'],
    ['which versions support CPK?', undefined],
    ['python or java, which is first?', undefined],
    ['let me go ahead and check', undefined],
    ['dotnet.network stuff', undefined],
  ];
  for (const [text, expected] of table) {
    it(`"${text}" -> ${expected ?? 'none (whole table)'}`, () => {
      assert.equal(findNamedRow(rows, text)?.id, expected);
    });
  }
});
