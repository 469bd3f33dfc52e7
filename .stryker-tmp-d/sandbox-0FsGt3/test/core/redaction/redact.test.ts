// @ts-nocheck
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { redactDeep, redactSecrets, stringifyRedacted } from '../../../src/core/redaction/redact';

// A fixed key so the fingerprint in the expectations is stable.
const keyBytes = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const KEY = keyBytes.toString('base64');
const KEY_URLSAFE = keyBytes.toString('base64url');
const KEY_HEX = keyBytes.toString('hex');
const FP = createHash('sha256').update(keyBytes).digest('base64');
const MARK = `[key sha256=${FP}]`;
const ACCOUNT_KEY = Buffer.alloc(64, 7).toString('base64');
const SIG = 'k5d3Xq%2FAbCdEf0123456789%2BZz%3D';
const DL_SECRET = 'uQnfQ6jqpSE.cwA.P7w.Zq4Pm7Ajd7p5AsT3fgkeohNvPNrjeeZr-Kh3TrTEvAo';
const DL_SECRET_SHORT = 'AbCdEfGhIjK.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLXBhcnQ';
const BEARER = 'ya29.a0AfH6SMBx1234567890abcdefghijklmnop';

/** [case, input, secrets that must be gone, text the output must contain] */
const table: [string, string, string[], string[]][] = [
  ['bare base64 key', `my key is ${KEY}`, [KEY], [MARK]],
  ['key at start of text', `${KEY} is my key`, [KEY], [MARK]],
  ['key in double quotes', `"${KEY}"`, [KEY], [MARK]],
  ['key in single quotes', `'${KEY}'`, [KEY], [MARK]],
  ['key in JSON', JSON.stringify({ encryptionKey: KEY, other: 1 }), [KEY], [MARK]],
  ['key in JSON with escaped slashes', `{"k":"${KEY.replace(/\//g, '\\/')}"}`, [KEY, KEY.replace(/\//g, '\\/')], [MARK]],
  ['key as a JSON array item', JSON.stringify([KEY]), [KEY], [MARK]],
  ['x-ms-encryption-key header', `x-ms-encryption-key: ${KEY}`, [KEY], [`x-ms-encryption-key: ${MARK}`]],
  ['header, no space', `x-ms-encryption-key:${KEY}`, [KEY], [MARK]],
  ['header, upper case', `X-MS-ENCRYPTION-KEY: ${KEY}`, [KEY], [MARK]],
  ['header in curl -H', `curl -H "x-ms-encryption-key: ${KEY}" https://a.blob.core.windows.net/c/b`, [KEY], [MARK]],
  ['header in JSON headers object', `{"x-ms-encryption-key":"${KEY}"}`, [KEY], [MARK]],
  ['header with an invalid (short) key', 'x-ms-encryption-key: c2hvcnRrZXk=', ['c2hvcnRrZXk='], ['[key redacted]']],
  ['source encryption key header', `x-ms-source-encryption-key: ${KEY}`, [KEY], [MARK]],
  ['header keeps the sha256 header', `x-ms-encryption-key-sha256: ${FP}`, [], [`x-ms-encryption-key-sha256: ${FP}`]],
  ['XML error body echoing the header', `<Error><Code>InvalidHeaderValue</Code><HeaderName>x-ms-encryption-key</HeaderName><HeaderValue>${KEY}</HeaderValue></Error>`, [KEY], [`<HeaderValue>${MARK}</HeaderValue>`]],
  ['XML error body with a bad value', '<HeaderName>x-ms-encryption-key</HeaderName><HeaderValue>not-a-valid-key!!</HeaderValue>', ['not-a-valid-key!!'], ['[key redacted]']],
  ['key in an XML element', `<EncryptionKey>${KEY}</EncryptionKey>`, [KEY], [MARK]],
  ['URL-encoded key', `key=${encodeURIComponent(KEY)}`, [encodeURIComponent(KEY), KEY], [MARK]],
  ['URL-encoded key in a query string', `https://x.example/?a=1&k=${encodeURIComponent(KEY)}&b=2`, [encodeURIComponent(KEY)], [MARK]],
  ['URL-safe base64 key', `key ${KEY_URLSAFE}`, [KEY_URLSAFE], [MARK]],
  ['64-hex key', `hex key ${KEY_HEX}`, [KEY_HEX], [MARK]],
  ['64-hex key upper case', `hex ${KEY_HEX.toUpperCase()}`, [KEY_HEX.toUpperCase()], [MARK]],
  ['key split over two lines', `key:\n${KEY.slice(0, 20)}\n${KEY.slice(20)}`, [KEY.slice(0, 20), KEY.slice(20)], [MARK]],
  ['key split over three lines with CRLF', `${KEY.slice(0, 15)}\r\n${KEY.slice(15, 30)}\r\n${KEY.slice(30)}`, [KEY.slice(0, 15), KEY.slice(15, 30)], [MARK]],
  ['key split, lines indented', `  ${KEY.slice(0, 22)}\n    ${KEY.slice(22)}\nthanks`, [KEY.slice(0, 22)], [MARK, 'thanks']],
  ['key split inside a JSON string (escaped newline)', `{"text":"${KEY.slice(0, 20)}\\n${KEY.slice(20)}"}`, [KEY.slice(0, 20)], [MARK]],
  ['hex key split over lines', `${KEY_HEX.slice(0, 32)}\n${KEY_HEX.slice(32)}`, [KEY_HEX.slice(0, 32)], [MARK]],
  ['SDK option encryptionKey', `customerProvidedKey: { encryptionKey: "${KEY}", encryptionKeySha256: "${FP}" }`, [KEY], [MARK, `encryptionKeySha256: "${FP}"`]],
  ['python encryption_key variable', `encryption_key = '${KEY}'`, [KEY], [MARK]],
  ['SAS signature in a URL', `https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sr=b&sig=${SIG}&se=2030-01-01`, [SIG], ['sig=[redacted]', 'sv=2022-11-02']],
  ['SAS sig first parameter', `https://acct.blob.core.windows.net/c/b?sig=${SIG}`, [SIG], ['?sig=[redacted]']],
  ['SAS in an HTML-escaped URL', `https://a.blob.core.windows.net/c?sv=1&amp;sig=${SIG}`, [SIG], ['[redacted]']],
  ['URL-encoded SAS URL', encodeURIComponent(`https://a.blob.core.windows.net/c?sv=1&sig=${SIG}`), [SIG, encodeURIComponent(SIG)], ['[redacted]']],
  ['bare sig= parameter pasted alone', `sig=${SIG}`, [SIG], ['sig=[redacted]']],
  ['SAS token alone', `sv=2022-11-02&ss=b&srt=co&sp=r&sig=${SIG}`, [SIG], ['[redacted]']],
  ['connection string', `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`, [ACCOUNT_KEY], ['AccountKey=[redacted]', 'AccountName=acct']],
  ['connection string with SAS', `BlobEndpoint=https://a.blob.core.windows.net/;SharedAccessSignature=sv=2022&sig=${SIG}`, [SIG], ['SharedAccessSignature=[redacted]']],
  ['account key alone', `the account key ${ACCOUNT_KEY} leaked`, [ACCOUNT_KEY], ['[account key redacted]']],
  ['account key split over lines', `${ACCOUNT_KEY.slice(0, 44)}\n${ACCOUNT_KEY.slice(44)}`, [ACCOUNT_KEY.slice(0, 44)], ['[account key redacted]']],
  ['bearer token', `Authorization: Bearer ${BEARER}`, [BEARER], ['Bearer [redacted]']],
  ['JWT alone', `token ${JWT}`, [JWT], ['[token redacted]']],
  ['SharedKey authorization', `Authorization: SharedKey acct:${ACCOUNT_KEY.slice(0, 44)}`, [ACCOUNT_KEY.slice(0, 44)], ['SharedKey acct:[redacted]']],
  ['Direct Line secret (dotted form)', `my secret is ${DL_SECRET}`, [DL_SECRET], ['[secret redacted]']],
  ['Direct Line secret (short form)', `${DL_SECRET_SHORT}`, [DL_SECRET_SHORT], ['[secret redacted]']],
  ['DIRECT_LINE_SECRET env line', 'DIRECT_LINE_SECRET=abcdEFGH1234.ijkl', ['abcdEFGH1234.ijkl'], ['[redacted]']],
  ['MicrosoftAppPassword env line', 'MicrosoftAppPassword=Xy7~Q.abc123-secret', ['Xy7~Q.abc123-secret'], ['[redacted]']],
  ['JSON secret field', '{"secret":"s3cr3tValue-123456"}', ['s3cr3tValue-123456'], ['[redacted]']],
  ['two keys in one text', `${KEY} and ${Buffer.alloc(32, 9).toString('base64')}`, [KEY, Buffer.alloc(32, 9).toString('base64')], [MARK]],
  ['labelled fingerprint is kept', `CustomerProvidedKeySha256: ${FP}`, [], [FP]],
  ['XML fingerprint element is kept', `<CustomerProvidedKeySha256>${FP}</CustomerProvidedKeySha256>`, [], [FP]],
  ['error codes, GUIDs and versions are kept', 'BlobCustomerSpecifiedEncryptionMismatch 409 x-ms-request-id: 1b2c3d4e-0000-1111-2222-333344445555 x-ms-version: 2021-08-06', [], ['BlobCustomerSpecifiedEncryptionMismatch', '1b2c3d4e-0000-1111-2222-333344445555', '2021-08-06']],
  ['blob URLs without secrets are kept', 'https://acct.blob.core.windows.net/container/folder/file.txt', [], ['https://acct.blob.core.windows.net/container/folder/file.txt']],
  ['ordinary multi-line prose is kept', 'I rotated\nthe key yesterday\nand now reads fail', [], ['I rotated\nthe key yesterday\nand now reads fail']],
];

describe('redactSecrets: table of secrets in the shapes users paste them', () => {
  it('has at least 40 cases', () => {
    assert.ok(table.length >= 40, `${table.length} cases`);
  });
  for (const [name, input, gone, kept] of table) {
    it(name, () => {
      const output = redactSecrets(input);
      for (const secret of gone) {
        assert.ok(!output.includes(secret), `"${secret}" survived in: ${output}`);
      }
      for (const text of kept) {
        assert.ok(output.includes(text), `expected "${text}" in: ${output}`);
      }
    });
  }
});

describe('redactSecrets: properties', () => {
  it('is idempotent on every table case', () => {
    for (const [, input] of table) {
      const once = redactSecrets(input);
      assert.equal(redactSecrets(once), once);
    }
  });

  it('the marker fingerprint equals the base64 SHA-256 of the key bytes (CustomerProvidedKeySha256)', () => {
    for (let index = 0; index < 50; index += 1) {
      const bytes = randomBytes(32);
      const expected = createHash('sha256').update(bytes).digest('base64');
      assert.equal(redactSecrets(bytes.toString('base64')), `[key sha256=${expected}]`);
    }
  });

  it('redactDeep redacts strings at any depth and keeps dates and numbers', () => {
    const when = new Date('2026-01-01T00:00:00Z');
    const result = redactDeep({ a: [{ b: `x-ms-encryption-key: ${KEY}` }], when, n: 3 });
    assert.ok(!JSON.stringify(result).includes(KEY));
    assert.equal(result.when, when);
    assert.equal(result.n, 3);
  });

  it('stringifyRedacted writes what JSON.stringify(redactDeep(value)) writes', () => {
    const value = {
      text: `key ${KEY}`,
      nested: [{ url: 'https://a.blob.core.windows.net/c/b?sv=2022-11-02&sig=abcDEF123%2B%3D', n: 1, ok: true, none: null }],
      when: new Date('2026-01-01T00:00:00Z'),
      card: { body: [{ type: 'TextBlock', text: 'plain card text that is long enough to be remembered as clean' }] },
    };
    const written = stringifyRedacted(value);
    assert.equal(written, JSON.stringify(redactDeep(value)));
    assert.ok(!written.includes(KEY) && !written.includes('abcDEF123'));
  });
});
