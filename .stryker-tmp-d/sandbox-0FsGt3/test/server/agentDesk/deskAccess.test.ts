// @ts-nocheck
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { agentRouteExists, deskAccess } from '../../../src/core/cases/agentRoutes';
import { bearerToken, keyMatches, resolveDeskKey } from '../../../src/server/agentDesk/deskKey';
import { propertySeed, seededRandom } from '../../support/seededRandom';

const base = { authOn: false, agentDeskKey: '', teamsAgentsServiceUrl: '', teamsAgentsConversationId: '' };

describe('agent routes and the desk key (issue #19)', () => {
  it('auth off and no key: a key is generated; auth on and no key: the desk is off', () => {
    assert.equal(deskAccess(base).kind, 'generated');
    assert.equal(deskAccess({ ...base, authOn: true }).kind, 'off');
    const generated = resolveDeskKey(base);
    assert.ok(generated.on && generated.generated && generated.key.length >= 32);
    const other = resolveDeskKey(base);
    assert.ok(other.on && other.key !== (generated.on ? generated.key : ''), 'a new key every start');
  });

  it('a configured key counts from 32 characters, with auth on or off; shorter keys leave the desk off', () => {
    for (const authOn of [false, true]) {
      assert.equal(deskAccess({ ...base, authOn, agentDeskKey: 'k'.repeat(31) }).kind, 'off');
      assert.equal(deskAccess({ ...base, authOn, agentDeskKey: 'k'.repeat(32) }).kind, 'configured');
    }
  });

  it('an engineer is reachable with the desk on or a Teams agents\' channel, else not', () => {
    assert.equal(agentRouteExists(base), true);
    assert.equal(agentRouteExists({ ...base, authOn: true }), false);
    assert.equal(agentRouteExists({ ...base, authOn: true, teamsAgentsServiceUrl: 'https://smba.trafficmanager.net/emea/', teamsAgentsConversationId: '19:a@thread.tacv2' }), true);
    assert.equal(agentRouteExists({ ...base, agentDeskKey: 'short' }), false);
  });

  it('matches only the exact key, whatever differs (property)', () => {
    const seed = propertySeed();
    const random = seededRandom(seed);
    for (let trial = 0; trial < 300; trial += 1) {
      const key = random.bytes(24 + random.int(40)).toString('base64url');
      assert.equal(keyMatches(key, key), true);
      const position = random.int(key.length);
      const changed = `${key.slice(0, position)}${key[position] === 'A' ? 'B' : 'A'}${key.slice(position + 1)}`;
      for (const wrong of [changed, key.slice(0, position), `${key}${random.pick(['x', ' ', '='])}`, '']) {
        assert.equal(keyMatches(wrong, key), false, `seed ${seed}`);
      }
    }
    assert.equal(keyMatches('', ''), false, 'an empty key never matches');
  });

  it('reads only a Bearer token', () => {
    const token = randomBytes(32).toString('base64url');
    assert.equal(bearerToken(`Bearer ${token}`), token);
    assert.equal(bearerToken(`bearer  ${token} `), token);
    for (const header of ['', 'Bearer', `Basic ${token}`, token, `Bearer ${token} extra`]) {
      assert.equal(bearerToken(header), undefined, header);
    }
  });
});
