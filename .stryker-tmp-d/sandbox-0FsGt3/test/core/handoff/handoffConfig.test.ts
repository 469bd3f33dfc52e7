// @ts-nocheck
import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config';
import { projectRoot } from '../../../src/paths';

describe('configuration for escalation, transcripts and feedback', () => {
  it('has working defaults: transcripts and feedback under data/, a 15-minute queue timeout, no Teams agents', () => {
    const config = loadConfig({});
    assert.equal(config.transcriptDir, path.join(projectRoot, 'data', 'transcripts'));
    assert.equal(config.feedbackDir, path.join(projectRoot, 'data', 'feedback'));
    assert.equal(config.handoffQueueTimeoutSeconds, 900);
    assert.equal(config.teamsAgentsServiceUrl, '');
  });

  it('rejects a bad queue timeout with one line naming the variable', () => {
    assert.throws(() => loadConfig({ HANDOFF_QUEUE_TIMEOUT_SECONDS: '0' }), (error: unknown) => error instanceof ConfigError && error.variable === 'HANDOFF_QUEUE_TIMEOUT_SECONDS');
  });
});
