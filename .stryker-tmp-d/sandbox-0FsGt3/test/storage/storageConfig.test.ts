// @ts-nocheck
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../src/config';
import { accountFromConnectionString, chooseStorage, describeStorage } from '../../src/storage/storageChoice';
import { uniqueTranscripts } from '../../src/storage/transcripts/uniqueTranscripts';
import { redactDeep } from '../../src/core/redaction/redact';

const KEY = 'k'.repeat(86) + '==';
const CONNECTION = `DefaultEndpointsProtocol=https;AccountName=cpkbotstore;AccountKey=${KEY};EndpointSuffix=core.windows.net`;

describe('storage configuration', () => {
  it('defaults to memory state with named default containers', () => {
    const config = loadConfig({});
    assert.deepEqual(chooseStorage(config), { kind: 'memory' });
    assert.equal(config.stateContainer, 'bot-state');
    assert.equal(config.transcriptContainer, 'bot-transcripts');
  });

  it('a connection string selects Blob storage, described by account name only', () => {
    const choice = chooseStorage(loadConfig({ STORAGE_CONNECTION_STRING: CONNECTION }));
    assert.equal(choice.kind, 'blob');
    const line = describeStorage(choice);
    assert.match(line, /account cpkbotstore \(connection string\)/);
    assert.ok(!line.includes(KEY));
  });

  it('an account URL selects Blob storage with managed identity', () => {
    const choice = chooseStorage(loadConfig({ STORAGE_ACCOUNT_URL: 'https://cpkbotstore.blob.core.windows.net/' }));
    assert.match(describeStorage(choice), /account cpkbotstore\.blob\.core\.windows\.net \(managed identity\)/);
  });

  it('reads the account from BlobEndpoint or UseDevelopmentStorage', () => {
    assert.equal(accountFromConnectionString('BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=sv=x&sig=y'), 'acct.blob.core.windows.net');
    assert.match(accountFromConnectionString('UseDevelopmentStorage=true'), /devstoreaccount1/);
  });

  const bad: [Record<string, string>, RegExp][] = [
    [{ STORAGE_CONNECTION_STRING: CONNECTION, STORAGE_ACCOUNT_URL: 'https://a.blob.core.windows.net' }, /STORAGE_ACCOUNT_URL must be empty when STORAGE_CONNECTION_STRING is set/],
    [{ STORAGE_ACCOUNT_URL: 'http://a.blob.core.windows.net' }, /STORAGE_ACCOUNT_URL must be an https blob service URL/],
    [{ STORAGE_CONNECTION_STRING: 'not a connection string' }, /STORAGE_CONNECTION_STRING must be an Azure Storage connection string/],
    [{ STATE_CONTAINER: 'Bot_State' }, /STATE_CONTAINER must be 3-63 lowercase letters/],
    [{ TRANSCRIPT_CONTAINER: 'ab' }, /TRANSCRIPT_CONTAINER must be 3-63/],
  ];
  for (const [env, message] of bad) {
    it(`refuses ${Object.keys(env).join(' + ')} with one line that does not echo the value`, () => {
      assert.throws(() => loadConfig(env), (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, message);
        assert.ok(!error.message.includes(KEY));
        return true;
      });
    });
  }
});

describe('transcript helpers', () => {
  it('lists each conversation once, with its earliest time', () => {
    const at = (ms: number): Date => new Date(ms);
    const unique = uniqueTranscripts([
      { channelId: 'x', id: 'a', created: at(3) },
      { channelId: 'x', id: 'b', created: at(2) },
      { channelId: 'x', id: 'a', created: at(1) },
    ]);
    assert.deepEqual(unique.map((item) => [item.id, item.created.getTime()]), [['a', 1], ['b', 2]]);
  });

  it('redacts every string of an activity and keeps Dates', () => {
    const timestamp = new Date();
    const activity = { text: `my key is ${'A'.repeat(43)}=`, value: { nested: [`AccountKey=${KEY}`] }, timestamp };
    const clean = redactDeep(activity);
    assert.match(clean.text, /^my key is \[key sha256=[A-Za-z0-9+/]{43}=\]$/);
    assert.equal(clean.value.nested[0], 'AccountKey=[redacted]');
    assert.ok(clean.timestamp instanceof Date);
    assert.equal(activity.value.nested[0], `AccountKey=${KEY}`, 'the original is not changed');
  });
});
