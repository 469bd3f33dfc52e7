/**
 * What the redactor writes, character for character, for the labelled secrets and token shapes it knows (issue
 * #21: mutation testing showed that most of its patterns could widen or narrow without a failing test, because the
 * other tests only check that a secret is gone). Each case says what is replaced and what is kept around it.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { redactSecrets } from '../../../src/core/redaction/redact';
import { randomKeyBytes } from '../../support/keyShapes';
import { propertySeed, seededRandom } from '../../support/seededRandom';

/** [case, input, exact output] */
const table: [string, string, string][] = [
  // Connection strings.
  ['account key with spaces around "="', 'AccountKey = abcdefghijklmnop;EndpointSuffix=x', 'AccountKey = [redacted];EndpointSuffix=x'],
  ['shared access key', 'Endpoint=sb://x/;SharedAccessKeyName=n;SharedAccessKey=abc;', 'Endpoint=sb://x/;SharedAccessKeyName=n;SharedAccessKey=[redacted];'],
  ['shared access signature up to the quote', '"SharedAccessSignature =sv=1&sig=abc"', '"SharedAccessSignature =[redacted]"'],
  ['account key already redacted', 'AccountKey=[redacted];', 'AccountKey=[redacted];'],
  // Named secrets: eight characters or more.
  ['Direct Line secret in YAML', 'direct_line_secret: "abcdefgh"', 'direct_line_secret: "[redacted]"'],
  ['DirectLineSecret in JSON', '{"DirectLineSecret":"abcdefghij","x":1}', '{"DirectLineSecret":"[redacted]","x":1}'],
  ['client secret', 'client_secret=abcdefgh x=1', 'client_secret=[redacted] x=1'],
  ['app password', 'MicrosoftAppPassword = Xy7~Q.abc', 'MicrosoftAppPassword = [redacted]'],
  ['password in JSON', '{"password": "hunter2hunter"}', '{"password": "[redacted]"}'],
  ['a short password is a word, kept', 'password=short', 'password=short'],
  ['seven characters are kept', 'secret=abcdefg', 'secret=abcdefg'],
  ['a token field already redacted', 'token: [redacted]', 'token: [redacted]'],
  // SAS signatures.
  ['sig in a query string', 'https://a.blob.core.windows.net/c/b?sv=1&sig=abc&se=2', 'https://a.blob.core.windows.net/c/b?sv=1&sig=[redacted]&se=2'],
  ['sig first in a query string', 'a?sig=abc&b=1', 'a?sig=[redacted]&b=1'],
  ['sig after an HTML-escaped ampersand', 'x&amp;sig=abc&amp;b', 'x&amp;sig=[redacted]&amp;b'],
  ['sig at the start of a later line', 'line one\nsig=abc', 'line one\nsig=[redacted]'],
  ['sig in quotes', "'sig=abc'", "'sig=[redacted]'"],
  ['sig after a semicolon', 'sv=1;sig=abc x', 'sv=1;sig=[redacted] x'],
  ['a word ending in sig is not a signature', 'config=abc design=x', 'config=abc design=x'],
  ['sig already redacted', 'sig=[redacted]', 'sig=[redacted]'],
  // Authorization headers.
  ['bearer token', 'Authorization: Bearer abcdefgh', 'Authorization: Bearer [redacted]'],
  ['bearer with a short word is prose', 'Bearer abcdefg', 'Bearer abcdefg'],
  ['bearer token with padding and symbols', 'bearer a.b-c_d~e+f/g== ok', 'bearer [redacted] ok'],
  ['SharedKeyLite signature', 'Authorization: SharedKeyLite acct-1:abc/def+ghi==', 'Authorization: SharedKeyLite acct-1:[redacted]'],
  ['SharedKey signature', 'SharedKey acct:abc== ok', 'SharedKey acct:[redacted] ok'],
  // Tokens.
  ['JWT in a sentence', 'token eyJhbGciOi.eyJzdWIiOi.c2lnbmF0 ok', 'token [token redacted] ok'],
  ['JWT with an empty signature', 'eyJhbGciOi.eyJzdWIiOi. ok', '[token redacted] ok'],
  ['Direct Line secret, dotted', 'secret is abcdefghijk.abc.def.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq ok', 'secret is [secret redacted] ok'],
  ['Direct Line secret, short form', 'see abcdefghij1.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrs ok', 'see [secret redacted] ok'],
  ['the last labels of a dotted name are not a Direct Line secret', 'see x.abcdefghij1.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrs ok', 'see x.abcdefghij1.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrs ok'],
  // Values labelled as a CPK key that are not 32 bytes: still replaced, without a fingerprint.
  ['header with a short value', 'x-ms-encryption-key: short', 'x-ms-encryption-key: [key redacted]'],
  ['header in JSON', '"x-ms-encryption-key": "short!"', '"x-ms-encryption-key": "[key redacted]"'],
  ['source header with "="', 'x-ms-source-encryption-key=bad!value&x=1', 'x-ms-source-encryption-key=[key redacted]&x=1'],
  ['the SHA-256 header is not a key', 'x-ms-encryption-key-sha256: short', 'x-ms-encryption-key-sha256: short'],
  ['the algorithm header is not a key', 'x-ms-encryption-key-algorithm: AES256', 'x-ms-encryption-key-algorithm: AES256'],
  ['SDK option', "encryptionKey: 'garbage!'", "encryptionKey: '[key redacted]'"],
  ['Python variable', 'customer_provided_key=whatever', 'customer_provided_key=[key redacted]'],
  ['encryptionKeySha256 is not a key', 'encryptionKeySha256: abcdefg', 'encryptionKeySha256: abcdefg'],
  ['an options object is not a value', 'customerProvidedKey: { encryptionKey: x }', 'customerProvidedKey: { encryptionKey: [key redacted] }'],
  [
    'XML error body with whitespace around the names',
    '<HeaderName> x-ms-source-encryption-key </HeaderName>\n<HeaderValue> not a key </HeaderValue>',
    '<HeaderName> x-ms-source-encryption-key </HeaderName>\n<HeaderValue>[key redacted]</HeaderValue>',
  ],
  ['XML error body of the SHA-256 header is kept', '<HeaderName>x-ms-encryption-key-sha256</HeaderName><HeaderValue>abc</HeaderValue>', '<HeaderName>x-ms-encryption-key-sha256</HeaderName><HeaderValue>abc</HeaderValue>'],
  // Cases mutation testing found untested (issue #21, docs/mutation-testing.md).
  ['a labelled value with a broken %-escape', 'x-ms-encryption-key: abc%ZZdef', 'x-ms-encryption-key: [key redacted]'],
  ['XML error body already redacted, spaces around', '<HeaderName>x-ms-encryption-key</HeaderName><HeaderValue> [key redacted] </HeaderValue>', '<HeaderName>x-ms-encryption-key</HeaderName><HeaderValue> [key redacted] </HeaderValue>'],
  ['customerprovidedkey, one word', 'customerprovidedkey: whatever', 'customerprovidedkey: [key redacted]'],
  ['customer_providedkey', 'customer_providedkey=whatever', 'customer_providedkey=[key redacted]'],
  ['customerprovided_key', 'customerprovided_key=whatever', 'customerprovided_key=[key redacted]'],
  ['encryption_key', 'encryption_key = whatever', 'encryption_key = [key redacted]'],
  ['a quote and spaces before "=" after encryptionKey', '"encryptionKey" = "whatever"', '"encryptionKey" = "[key redacted]"'],
  ['a template placeholder is not a value', 'encryptionKey: {{cpkKey}}', 'encryptionKey: {{cpkKey}}'],
  ['a value with a brace later on is a value', 'encryptionKey: abc{', 'encryptionKey: [key redacted]'],
  ['clientSecret in one word', 'clientSecret: abcdefghij', 'clientSecret: [redacted]'],
  ['a connection-string value in brackets that is no marker is kept', 'AccountKey=[hidden];x', 'AccountKey=[hidden];x'],
  ['a password in brackets that is no marker is kept', 'password=[hidden]', 'password=[hidden]'],
  ['bearer and two spaces', 'Authorization: Bearer  abcdefgh', 'Authorization: Bearer  [redacted]'],
  ['SharedKey and two spaces', 'SharedKey  acct:abc== ok', 'SharedKey  acct:[redacted] ok'],
];

describe('redactSecrets writes exactly this', () => {
  for (const [name, input, expected] of table) {
    it(name, () => {
      assert.equal(redactSecrets(input), expected);
      assert.equal(redactSecrets(expected), expected, 'redacting again changes nothing');
    });
  }
});

describe('redactSecrets on fingerprints and short values (property tests)', () => {
  const seed = propertySeed();

  it(`keeps the fingerprint of the key beside it, with or without its padding (seed ${seed})`, () => {
    const random = seededRandom(seed);
    for (let round = 0; round < 50; round += 1) {
      const bytes = randomKeyBytes(random, 32);
      const fingerprint = createHash('sha256').update(bytes).digest('base64');
      const marker = `[key sha256=${fingerprint}]`;
      for (const written of [fingerprint, fingerprint.slice(0, 43)]) {
        const text = `x-ms-encryption-key: ${bytes.toString('base64')}\nx-ms-encryption-key-sha256: ${written}`;
        assert.equal(redactSecrets(text), `x-ms-encryption-key: ${marker}\nx-ms-encryption-key-sha256: ${written}`, `seed ${seed}`);
        assert.equal(redactSecrets(`key ${bytes.toString('base64url')} sha256: ${written} ok`), `key ${marker} sha256: ${written} ok`, `seed ${seed}`);
      }
    }
  });

  it(`replaces a 16-byte value alone (22 characters), and keeps 21 characters (seed ${seed})`, () => {
    const random = seededRandom(seed + 1);
    for (let round = 0; round < 50; round += 1) {
      const value = randomKeyBytes(random, 16).toString('base64');
      const unpadded = value.replace(/=+$/, '');
      assert.equal(unpadded.length, 22);
      assert.equal(redactSecrets(unpadded), '[key redacted]', `seed ${seed}: ${unpadded}`);
      assert.equal(redactSecrets(value), '[key redacted]', `seed ${seed}: ${value}`);
      assert.equal(redactSecrets(unpadded.slice(1)), unpadded.slice(1), `seed ${seed}: 21 characters cannot spell 16 bytes`);
    }
  });
});
