// @ts-nocheck
import assert from 'node:assert/strict';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import type { Entities } from '../../../src/core/entities/types';

type Expect = Partial<Entities>;

/** Each pasted-dump style the issue names, written the way the service and each SDK print it. */
const dumps: [string, string, Expect][] = [
  [
    'XML error body',
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>InvalidHeaderValue</Code><Message>The value for one of the HTTP headers is not in the correct format.
RequestId:5c4e2a1b-701e-0042-1f3a-8b2c9d000000
Time:2024-03-01T10:00:00.0000000Z</Message><HeaderName>x-ms-encryption-key</HeaderName><HeaderValue>abc</HeaderValue></Error>`,
    { errorCodes: [{ code: 'InvalidHeaderValue', fuzzy: false }], headerNames: ['x-ms-encryption-key'], requestIds: ['5c4e2a1b-701e-0042-1f3a-8b2c9d000000'] },
  ],
  [
    'Node RestError',
    `RestError: The blob is encrypted with customer specified encryption, but it was not provided in the request.
 { name: 'RestError', code: 'BlobUsesCustomerSpecifiedEncryption', statusCode: 409, request: { url: 'https://myacct.blob.core.windows.net/data/file.bin', headers: { 'x-ms-version': '2018-11-09', 'user-agent': 'azsdk-js-storage-blob/12.1.0 (NODE-VERSION v20.11.0; Linux)' } } }`,
    {
      errorCodes: [{ code: 'BlobUsesCustomerSpecifiedEncryption', fuzzy: false }],
      httpStatuses: [409],
      serviceVersions: ['2018-11-09'],
      sdks: [{ name: '@azure/storage-blob', version: '12.1.0', source: 'user-agent' }],
      urls: [{ account: 'myacct', service: 'blob', container: 'data', blob: 'file.bin', hasSas: false }],
    },
  ],
  [
    '.NET RequestFailedException',
    `Azure.RequestFailedException: The given customer specified encryption does not match the encryption used to encrypt the blob.
RequestId:0f0e0d0c-0b0a-0908-0706-050403020100
Status: 409 (The given customer specified encryption does not match the encryption used to encrypt the blob.)
ErrorCode: BlobCustomerSpecifiedEncryptionMismatch
Headers: x-ms-version: 2021-08-06 User-Agent: azsdk-net-Storage.Blobs/12.0.0 (.NET 6.0)`,
    {
      errorCodes: [{ code: 'BlobCustomerSpecifiedEncryptionMismatch', fuzzy: false }],
      httpStatuses: [409],
      requestIds: ['0f0e0d0c-0b0a-0908-0706-050403020100'],
      serviceVersions: ['2021-08-06'],
      sdks: [{ name: 'Azure.Storage.Blobs', version: '12.0.0', source: 'user-agent' }],
    },
  ],
  [
    'Java BlobStorageException',
    `com.azure.storage.blob.models.BlobStorageException: Status code 409, "<?xml version="1.0" encoding="utf-8"?><Error><Code>CannotVerifyCopySource</Code><Message>The blob is encrypted with customer specified encryption, but it was not provided in the request.</Message></Error>"`,
    { errorCodes: [{ code: 'CannotVerifyCopySource', fuzzy: false }], httpStatuses: [409] },
  ],
  [
    'Python HttpResponseError',
    `azure.core.exceptions.HttpResponseError: The value for one of the HTTP headers is not in the correct format.
RequestId:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee
ErrorCode:InvalidHeaderValue
Content: <?xml version="1.0" encoding="utf-8"?><Error><Code>InvalidHeaderValue</Code><HeaderName>x-ms-encryption-key-sha256</HeaderName></Error>`,
    {
      errorCodes: [{ code: 'InvalidHeaderValue', fuzzy: false }],
      headerNames: ['x-ms-encryption-key-sha256'],
      requestIds: ['aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'],
    },
  ],
  [
    'HTTP trace',
    `HTTP/1.1 409 The blob is not encrypted with customer specified encryption, but one was provided in the request.
x-ms-error-code: BlobDoesNotUseCustomerSpecifiedEncryption
x-ms-request-id: 11111111-2222-3333-4444-555555555555
x-ms-version: 2019-02-02`,
    {
      errorCodes: [{ code: 'BlobDoesNotUseCustomerSpecifiedEncryption', fuzzy: false }],
      httpStatuses: [409],
      requestIds: ['11111111-2222-3333-4444-555555555555'],
      serviceVersions: ['2019-02-02'],
    },
  ],
];

describe('entities: every pasted-dump style yields its facts', () => {
  for (const [style, text, expected] of dumps) {
    it(style, () => {
      const entities = extractEntities(text);
      for (const [field, value] of Object.entries(expected)) {
        assert.deepEqual(entities[field as keyof Entities], value, field);
      }
      assert.deepEqual(entities.keyMaterial, [], 'no key material in a plain dump');
    });
  }
});

describe('entities: error codes', () => {
  const table: [string, string[]][] = [
    ['BlobCustomerSpecifiedEncrytionMismatch again', ['BlobCustomerSpecifiedEncryptionMismatch']],
    ['blobusescustomerspecifiedencryption when reading', ['BlobUsesCustomerSpecifiedEncryption']],
    ['409 LeaseIdMissing when deleting a blob', ['LeaseIdMissing']],
    ['AuthorizationPermissionMismatch on list', ['AuthorizationPermissionMismatch']],
    ['x-ms-error-code: SomeFutureErrorCode', ['SomeFutureErrorCode']],
    ['the customer specified encryption is confusing', []],
    ['InvalidHeaderValue then BlobNotFound', ['InvalidHeaderValue', 'BlobNotFound']],
    ['Md5Mismatch 400 on put block', ['Md5Mismatch']],
    ['got EncryptionMismatch on download', ['BlobCustomerSpecifiedEncryptionMismatch']],
    ['409 UsesCustomerSpecifiedEncryption from getProperties', ['BlobUsesCustomerSpecifiedEncryption']],
    ['RestError: The value for one of the HTTP headers is not in the correct format.', ['InvalidHeaderValue']],
    ['it says value for one of http headers is not in correct format', ['InvalidHeaderValue']],
    ['403 Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly', ['AuthenticationFailed']],
  ];
  for (const [text, codes] of table) {
    it(`"${text}" -> ${codes.join(', ') || 'no code'}`, () => {
      assert.deepEqual(extractEntities(text).errorCodes.map((entity) => entity.code), codes);
    });
  }
  it('says when a code was read from its message text alone', () => {
    assert.deepEqual(extractEntities('The specified blob does not exist.').errorCodes, [{ code: 'BlobNotFound', fuzzy: false, fromMessage: true }]);
  });

  it('marks a misspelt CPK code as fuzzy', () => {
    assert.deepEqual(extractEntities('got BlobUsesCustomerSpecifiedEncrption').errorCodes, [{ code: 'BlobUsesCustomerSpecifiedEncryption', fuzzy: true }]);
  });
});

describe('entities: HTTP status, x-ms-version, request id', () => {
  const statuses: [string, number[]][] = [
    ['Status: 409 (Conflict)', [409]],
    ['statusCode: 400', [400]],
    ['HTTP/1.1 400 Bad Request', [400]],
    ['I get a 409 on download', [409]],
    ['version 12.409.1 and 2019-02-02', []],
    ['we have 400 blobs', []],
  ];
  for (const [text, expected] of statuses) {
    it(`status in "${text}" -> ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(extractEntities(text).httpStatuses, expected);
    });
  }
  it('reads x-ms-version in header, JSON and prose forms', () => {
    assert.deepEqual(extractEntities('"x-ms-version": "2018-03-28"').serviceVersions, ['2018-03-28']);
    assert.deepEqual(extractEntities('x-ms-version=2020-04-08').serviceVersions, ['2020-04-08']);
    assert.deepEqual(extractEntities('we send service version 2017-11-09').serviceVersions, ['2017-11-09']);
  });
  it('reads request ids from x-ms-request-id and requestId forms, lower-cased', () => {
    assert.deepEqual(extractEntities("requestId: 'ABCDEF12-3456-7890-ABCD-EF1234567890'").requestIds, ['abcdef12-3456-7890-abcd-ef1234567890']);
  });
});

describe('entities: SDK packages and user-agents', () => {
  const table: [string, { name: string; version: string }[]][] = [
    ['azsdk-js-storage-blob/12.1.0 core-rest-pipeline/1.10.0', [{ name: '@azure/storage-blob', version: '12.1.0' }]],
    ['azsdk-net-Storage.Blobs/12.0.0', [{ name: 'Azure.Storage.Blobs', version: '12.0.0' }]],
    ['azsdk-python-storage-blob/12.0.0b3 Python/3.8', [{ name: 'azure-storage-blob', version: '12.0.0b3' }]],
    ['"@azure/storage-blob": "^12.0.0-preview.2"', [{ name: '@azure/storage-blob', version: '12.0.0-preview.2' }]],
    ['azure-storage-blob==2.0.1', [{ name: 'azure-storage-blob', version: '2.0.1' }]],
    ['com.azure:azure-storage-blob:12.0.0', [{ name: 'com.azure:azure-storage-blob', version: '12.0.0' }]],
    ['dotnet add package Azure.Storage.Blobs --version 12.2.0', [{ name: 'Azure.Storage.Blobs', version: '12.2.0' }]],
    ['upgraded @azure/storage-blob to v12.1.0 yesterday', [{ name: '@azure/storage-blob', version: '12.1.0' }]],
    ['Microsoft.Azure.Storage.Blob 10.0.3', [{ name: 'Microsoft.Azure.Storage.Blob', version: '10.0.3' }]],
    ['AzCopy 10.9.0', [{ name: 'azcopy', version: '10.9.0' }]],
    ['which sdk version do I need', []],
  ];
  for (const [text, expected] of table) {
    it(`"${text}"`, () => {
      assert.deepEqual(extractEntities(text).sdks.map(({ name, version }) => ({ name, version })), expected);
    });
  }
});

describe('entities: storage URLs keep no query string', () => {
  it('reduces a SAS URL to account, container and blob, noting the SAS', () => {
    const [url] = extractEntities('GET https://contoso.blob.core.windows.net/backups/2024/db.bak?sv=2022-11-02&sig=abcDEF123%2B456').urls;
    assert.deepEqual(url, { account: 'contoso', service: 'blob', container: 'backups', blob: '2024/db.bak', hasSas: true });
  });
  it('reads an Azurite path-style URL', () => {
    assert.equal(extractEntities('http://127.0.0.1:10000/devstoreaccount1/c/b.txt').urls[0]?.account, 'devstoreaccount1');
  });
});

describe('entities: key material is detected by kind, never returned', () => {
  const table: [string, string, string[]][] = [
    ['base64 of 32 bytes', 'my key is MDEyMzQ1NjcwMTIzNDU2NzAxMjM0NTY3MDEyMzQ1Njc= please check', ['aes-key-base64']],
    ['64 hex digits', 'key 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', ['aes-key-hex']],
    ['a labelled key of the wrong length', 'x-ms-encryption-key: c2hvcnRrZXlzaG9ydGtleQ==', ['encryption-key-header']],
    ['a SAS signature', 'https://a1b.blob.core.windows.net/c/b?sv=2022-11-02&sig=AbCdEfGh1234%2F5678%3D', ['sas-signature']],
    ['a connection string', 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=;EndpointSuffix=core.windows.net', ['connection-string', 'account-key']],
    ['an account key', `key1 ${'A'.repeat(86)}==`, ['account-key']],
    ['a SHA-256 fingerprint only', 'x-ms-encryption-key-sha256: 3QFFFpRA5+XANHqwwbT4yXDmrT/2JaLt/FKHjzhOdoE=', []],
    ['ordinary prose', 'I lost my customer provided key', []],
  ];
  for (const [name, text, kinds] of table) {
    it(`${name} -> ${kinds.join(', ') || 'nothing'}`, () => {
      const entities = extractEntities(text);
      assert.deepEqual(entities.keyMaterial, kinds);
    });
  }
});

describe('entities: HeaderName retyped without a separator', () => {
  it('reads a hyphenated name after "HeaderName", and nothing from an ordinary word', () => {
    assert.deepEqual(extractEntities('got 400, HeaderName Content-Language in the body').headerNames, ['content-language']);
    assert.deepEqual(extractEntities('the HeaderName element is missing').headerNames, []);
  });
});
