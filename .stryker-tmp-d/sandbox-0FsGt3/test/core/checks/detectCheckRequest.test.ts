// @ts-nocheck
import assert from 'node:assert/strict';
import { detectCheckRequest } from '../../../src/core/checks/detectCheckRequest';
import type { CheckId } from '../../../src/core/knowledge/types';

describe('detectCheckRequest: explicit check requests go to the check, questions do not', () => {
  const table: [string, CheckId | undefined][] = [
    ['check my key', 'key-check'],
    ['Can you verify my hash?', 'key-check'],
    ['please validate the encryption key', 'key-check'],
    ['is my sha256 correct', 'key-check'],
    ['x-ms-encryption-key: abc\nx-ms-encryption-key-sha256: def', 'key-check'],
    ['export CPK_ENCRYPTION_KEY=abc', 'key-check'],
    ['is my SDK version OK', 'version-check'],
    ['check my sdk version', 'version-check'],
    ['does my library support CPK?', 'version-check'],
    ['"dependencies": { "@azure/storage-blob": "12.0.0" }', 'version-check'],
    ['<PackageReference Include="Azure.Storage.Blobs" Version="12.1.0" />', 'version-check'],
    ['azure-storage-blob==12.0.0b3', 'version-check'],
    ['check this blob', 'blob-check'],
    ['does my blob use CPK', 'blob-check'],
    ['which key encrypts this blob?', 'blob-check'],
    ['which blobs still use the old key', 'key-inventory'],
    ['list the keys in my container', 'key-inventory'],
    ['key inventory please', 'key-inventory'],
    // Questions keep going to the matcher and their guidance cards.
    ['Which SDK versions support customer-provided keys?', undefined],
    ['I lost my customer-provided key, can Azure get it back?', undefined],
    ['how can I rotate the customer provided key on my blobs', undefined],
    ['Download fails with BlobCustomerSpecifiedEncryptionMismatch', undefined],
    ['I get InvalidHeaderValue when I upload with an encryption key', undefined],
    ['hello', undefined],
    ['how do I find which blobs still use the old key after a rotation', undefined],
    ['x-ms-encryption-key: REDACTED\nHTTP/1.1 409\nx-ms-error-code: BlobCustomerSpecifiedEncryptionMismatch', undefined],
    ['what is the weather in Paris tomorrow', undefined],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text.slice(0, 60))} -> ${String(expected)}`, () => {
      assert.equal(detectCheckRequest(text), expected);
    });
  }
});
