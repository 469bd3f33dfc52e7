/**
 * The benchmark's second reference point (issue #8): the echo floor plus only the two things any CPK answer needs,
 * the bot's matcher and a guidance card, with every card rendered once at start-up. No dialogs, state, transcripts,
 * case log, redaction or feedback. It shows how close to the echo floor a bot that answers from this knowledge base
 * can get on this stack at all; the CPK bot's distance from it is the cost of everything else it does per turn.
 */
// @ts-nocheck

// First, as in src/app.ts: started the same way as the bot and the echo floor.
import '../src/startup/deferUnusedModules';
import type { Activity } from 'botbuilder';
import { activityFromView } from '../src/bot/activityFromView';
import { ActivityHandler } from '../src/bot/kit/botbuilderKit';
import { loadConfig } from '../src/config';
import { createMatcher } from '../src/createBot';
import { fallbackView } from '../src/core/cards/conversationViews';
import { guidanceView } from '../src/core/cards/guidanceView';
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { serveReferenceBot } from './referenceServer';

const config = loadConfig({});
const knowledge = loadKnowledge(config.knowledgeDir);
const matcher = createMatcher(knowledge, config);
const cards = new Map<string, Partial<Activity>>();
for (const [id, entry] of knowledge.intents) {
  cards.set(id, activityFromView(guidanceView(knowledge, entry), 'emulator'));
}
const fallback = activityFromView(fallbackView(knowledge, { outOfScope: true, offerHuman: false }), 'emulator');

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  const decision = matcher.match(context.activity.text ?? '');
  const card = decision.kind === 'answer' ? cards.get(decision.intent) : undefined;
  // A shallow copy per reply, as the framework fills in the conversation fields of the activity it is given.
  await context.sendActivity({ ...(card ?? fallback) });
  await next();
});
serveReferenceBot('match-card-bot', 'match-and-card bot', bot);
