/**
 * The logger redacts every line it writes (issue #21: with redaction removed from the logger, no test failed).
 * Secrets go in through the message, a field, a nested field and an Error; none may reach the sink.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createLogger } from '../../../src/core/logging/logger';

describe('logger: every line is redacted', () => {
  it('drops keys and SAS signatures from messages, fields, nested fields and errors (random keys)', () => {
    for (let round = 0; round < 20; round += 1) {
      const keyBytes = randomBytes(32);
      const key = keyBytes.toString('base64');
      const fingerprint = createHash('sha256').update(keyBytes).digest('base64');
      const signature = encodeURIComponent(randomBytes(32).toString('base64'));
      const sasUrl = `https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=${signature}`;
      const lines: string[] = [];
      const logger = createLogger('debug', (line) => lines.push(line));
      logger.info(`user pasted ${key}`);
      logger.warn('request failed', { url: sasUrl, headers: { 'x-ms-encryption-key': key } });
      logger.error('check failed', { error: new Error(`bad key ${key} for ${sasUrl}`) });
      assert.equal(lines.length, 3);
      for (const line of lines) {
        assert.ok(!line.includes(key), `key in log line: ${line.replace(key, '<KEY>')}`);
        assert.ok(!line.includes(signature), 'SAS signature in log line');
        JSON.parse(line);
      }
      assert.ok(lines[0]?.includes(fingerprint), 'the key is replaced by its fingerprint, so a log still tells keys apart');
    }
  });

  it('drops lines below its level and keeps the rest', () => {
    const lines: string[] = [];
    const logger = createLogger('warn', (line) => lines.push(line));
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    assert.deepEqual(lines.map((line) => (JSON.parse(line) as { message: string }).message), ['w', 'e']);
  });
});
