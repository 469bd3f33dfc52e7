/**
 * The HTTP side shared by the benchmark's reference bots (the echo floor and the match-and-card bot): the same
 * restify + CloudAdapter stack as the CPK bot, restify loaded the same way (src/server/restifyKit.ts), with the same
 * body limit, auth off. One function, so the references cannot drift apart from each other.
 */
// @ts-nocheck

import type { ActivityHandler } from 'botbuilder';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from '../src/bot/kit/botbuilderKit';
import { bodyParser, createRestifyServer } from '../src/server/restifyKit';
import { MAX_BODY_BYTES } from '../src/server/createServer';

/** Serves `bot` on `POST /api/messages` at 127.0.0.1:$PORT and prints "<label> listening on <url>". */
export function serveReferenceBot(name: string, label: string, bot: ActivityHandler): void {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = createRestifyServer(name);
  server.use(bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    process.stdout.write(`${label} listening on http://127.0.0.1:${server.address().port}\n`);
  });
  process.once('SIGTERM', () => {
    server.close(() => process.exit(0));
  });
}
