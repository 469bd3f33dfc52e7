/**
 * Turns a `CardView` into a message activity: the Adaptive Card as an attachment plus a plain-text `text` that
 * reads well alone. Teams shows `text` above the card, so there it carries only the title and first line.
 */
import type { Activity } from 'botbuilder';
import { CardFactory, MessageFactory } from './botbuilderKit';
import type { CardView } from '../core/cards/cardView';
import { renderAdaptiveCard } from '../core/cards/renderAdaptiveCard';
import { renderPlainText, renderShortText } from '../core/cards/renderPlainText';

export function activityFromView(view: CardView, channelId: string | undefined): Partial<Activity> {
  const text = channelId === 'msteams' ? renderShortText(view) : renderPlainText(view);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderAdaptiveCard(view)), text);
  // Channels that cannot render a card fall back to `summary` as well as `text`.
  activity.summary = renderShortText(view);
  return activity;
}
