// @ts-nocheck
import assert from 'node:assert/strict';
import { serviceVersionEvidence } from '../../../src/core/checks/blob/serviceVersion';
import { sasWarnings } from '../../../src/core/checks/blob/sasWarnings';
import { realKnowledge } from '../../support/testConversation';

describe('service version and SAS flags (no network)', () => {
  const rows = realKnowledge().versions;
  it('flags a service version older than the table minimum', () => {
    assert.match(serviceVersionEvidence('2018-11-09', rows)[0].value, /too old for CPK \(needs 2019-02-02 or later\)/);
  });
  it('shows a recent version without a flag, and nothing for an unreadable one', () => {
    assert.deepEqual(serviceVersionEvidence('2021-08-06', rows), [{ title: 'Service version (x-ms-version)', value: '2021-08-06' }]);
    assert.deepEqual(serviceVersionEvidence('garbage', rows), []);
    assert.deepEqual(serviceVersionEvidence(undefined, rows), []);
  });
  it('flags a SAS without the needed permission, an expired SAS, and no SAS at all', () => {
    const flags = sasWarnings(new URL('https://a.blob.core.windows.net/c/b?sp=w&se=2020-01-01T00:00:00Z&sig=abc'));
    assert.ok(flags.some((flag) => flag.value.startsWith('missing "r"')));
    assert.ok(flags.some((flag) => flag.title === 'SAS expiry'));
    assert.ok(!JSON.stringify(flags).includes('abc'));
    assert.match(sasWarnings(new URL('https://a.blob.core.windows.net/c/b'))[0].value, /none in the URL/);
  });
});
