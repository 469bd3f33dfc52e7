// @ts-nocheck
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { botOutputDirs } from '../support/tempDir';

/**
 * Start-up cost (issue #8): starting the bot and answering a first message must not load botbuilder-dialogs'
 * index or the Microsoft.Recognizers.Text suites (about 400 ms; the prompts that need them load on first use,
 * src/bot/kit/dialogKit.ts), restify's plugin index (~80 ms, src/server/restifyKit.ts) or botbuilder's index (~60 ms,
 * src/bot/kit/botbuilderKit.ts), spdy or @azure/identity (~120 ms,
 * src/startup/deferUnusedModules.ts). Checked in a fresh process, since this test process has loaded them already.
 */
describe('cold start loads no prompt recognizers', function () {
  this.timeout(60000);

  it('a started bot answers a first message with neither the dialogs index nor any recognizer loaded', () => {
    const app = path.join(projectRoot, 'dist', 'src', 'app.js');
    const output = botOutputDirs('cold-start');
    const script = `
      const { startApp } = require(${JSON.stringify(app)});
      (async () => {
        const running = await startApp({ PORT: '0', LOG_LEVEL: 'error', ...${JSON.stringify(output.env)} });
        const response = await fetch(running.url + '/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', id: '1', channelId: 'test', serviceUrl: 'http://127.0.0.1:9', from: { id: 'u' },
            recipient: { id: 'b' }, conversation: { id: 'cold' }, deliveryMode: 'expectReplies', text: 'I lost my customer-provided key' }) });
        const body = await response.text();
        await running.close();
        const loaded = Object.keys(require.cache);
        process.stdout.write(JSON.stringify({ status: response.status, answered: body.includes('Lost customer-provided key'),
          recognizers: loaded.filter((file) => file.includes('recognizers-text')).length,
          dialogsIndex: loaded.some((file) => /botbuilder-dialogs[\\\\/]lib[\\\\/]index\\.js$/.test(file)),
          restifyPlugins: loaded.some((file) => /restify[\\\\/]lib[\\\\/]plugins[\\\\/]index\\.js$/.test(file)),
          botbuilderIndex: loaded.some((file) => /[\\\\/]botbuilder[\\\\/]lib[\\\\/]index\\.js$/.test(file)),
          spdy: loaded.filter((file) => /[\\\\/]spdy(-transport)?[\\\\/]lib[\\\\/]spdy(-transport)?[\\\\/]/.test(file)).length,
          identity: loaded.filter((file) => /@azure[\\\\/]identity[\\\\/]/.test(file)).length }));
      })();`;
    let text: string;
    try {
      text = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    } finally {
      output.remove();
    }
    const result = JSON.parse(text) as {
      status: number;
      answered: boolean;
      recognizers: number;
      dialogsIndex: boolean;
      restifyPlugins: boolean;
      botbuilderIndex: boolean;
      spdy: number;
      identity: number;
    };
    // spdy and @azure/identity: only their stand-ins (one cache entry each, src/startup/deferUnusedModules.ts).
    assert.deepEqual(result, {
      status: 200,
      answered: true,
      recognizers: 0,
      dialogsIndex: false,
      restifyPlugins: false,
      botbuilderIndex: false,
      spdy: 0,
      identity: 1,
    });
  });
});
