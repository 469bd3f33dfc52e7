// @ts-nocheck
import assert from 'node:assert/strict';
import { guidanceView } from '../../../src/core/cards/guidanceView';
import { renderAdaptiveCard } from '../../../src/core/cards/renderAdaptiveCard';
import { evidenceBlocks, evidenceFacts, keyMaterialWarning } from '../../../src/core/entities/evidence';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import { validateAdaptiveCard } from '../../support/validateAdaptiveCard';
import { realKnowledge } from '../../support/testConversation';

const dump = `RestError: The blob is encrypted with customer specified encryption, but it was not provided in the request.
RequestId:1b2c3d4e-5f60-7182-9304-a5b6c7d8e9f0
{ code: 'BlobUsesCustomerSpecifiedEncryption', statusCode: 409, url: 'https://acct1.blob.core.windows.net/c1/b1.txt?sv=2021-08-06&sig=AbCdEf0123456789%2B%2F%3D',
  headers: { 'x-ms-version': '2018-11-09', 'user-agent': 'azsdk-js-storage-blob/12.1.0' } }`;

describe('evidence blocks', () => {
  it('names a connection string once, not also as the account key inside it', () => {
    const warning = keyMaterialWarning(['connection-string', 'account-key']);
    assert.ok(warning?.type === 'text');
    assert.match(warning.text, /seems to contain a connection string with an account key\. /);
    const both = keyMaterialWarning(['account-key', 'sas-signature']);
    assert.ok(both?.type === 'text');
    assert.match(both.text, /a storage account key, a SAS signature\. /);
  });

  it('lists what was found, in reading order, without the SAS signature', () => {
    const facts = evidenceFacts(extractEntities(dump));
    assert.deepEqual(
      facts.map((fact) => fact.title),
      ['Error code', 'HTTP status', 'x-ms-version', 'Request id', 'SDK', 'Storage URL'],
    );
    assert.equal(facts.find((fact) => fact.title === 'Storage URL')?.value, 'acct1 (blob) c1/b1.txt, with a SAS');
    assert.ok(!JSON.stringify(facts).includes('AbCdEf0123456789'));
  });

  it('puts the key warning first and the old x-ms-version note after the facts', () => {
    const blocks = evidenceBlocks(extractEntities(dump));
    assert.deepEqual(
      blocks.map((block) => block.type),
      ['text', 'userFacts', 'text'],
    );
    assert.match(JSON.stringify(blocks[0]), /SAS signature/);
    assert.match(JSON.stringify(blocks[2]), /2018-11-09 is older than 2019-02-02/);
  });

  it('adds nothing for a plain question', () => {
    assert.deepEqual(evidenceBlocks(extractEntities('how do I rotate a customer-provided key')), []);
  });

  it('a guidance card with evidence is still a valid Adaptive Card 1.5', () => {
    const kb = realKnowledge();
    const view = guidanceView(kb, kb.intents.get('error-key-missing')!, { extraBlocks: evidenceBlocks(extractEntities(dump)) });
    assert.deepEqual(validateAdaptiveCard(renderAdaptiveCard(view)), []);
  });
});
