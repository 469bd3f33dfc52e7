/**
 * The benchmark's floor: a minimal botbuilder echo bot on the same restify + CloudAdapter stack as the real
 * bot (bench/referenceServer.ts). Whatever the CPK bot costs beyond this is the cost of its own work.
 */
// @ts-nocheck

// First, as in src/app.ts: the floor starts the same way as the bot.
import '../src/startup/deferUnusedModules';
import { ActivityHandler } from '../src/bot/kit/botbuilderKit';
import { serveReferenceBot } from './referenceServer';

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
  await next();
});
serveReferenceBot('echo-bot', 'echo bot', bot);
