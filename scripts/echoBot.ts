/**
 * The benchmark's floor: a minimal botbuilder echo bot on the same restify + CloudAdapter stack as the real
 * bot (restify loaded the same way, src/server/restifyKit.ts), with the same body limit. Whatever the CPK bot costs
 * beyond this is the cost of its own work.
 */
// First, as in src/app.ts: the floor starts the same way as the bot.
import '../src/startup/deferUnusedModules';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from '../src/bot/botbuilderKit';
import { bodyParser, createRestifyServer } from '../src/server/restifyKit';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
  await next();
});

const server = createRestifyServer('echo-bot');
server.use(bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`echo bot listening on http://127.0.0.1:${server.address().port}\n`);
});
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
});
