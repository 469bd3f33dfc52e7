/**
 * Turns a `CardView` into ONE message activity for the channel (issue #14, item 1): the Adaptive Card alone where
 * cards render (with a short `summary` that Teams shows in notifications, and the same line as the card's
 * `fallbackText`), plain text alone everywhere else. Plain text goes out as `textFormat: plain`, so nothing the
 * knowledge holds or a user pasted turns into a heading or a link.
 */
// @ts-nocheck

import type { Activity } from 'botbuilder';
import { CardFactory, MessageFactory } from './kit/botbuilderKit';
import type { CardView } from '../core/cards/cardView';
import { channelRendering } from '../core/cards/channelRendering';
import { renderAdaptiveCard } from '../core/cards/renderAdaptiveCard';
import { renderPlainText, renderShortText } from '../core/cards/renderPlainText';

export function activityFromView(view: CardView, channelId: string | undefined): Partial<Activity> {
  const summary = renderShortText(view);
  if (channelRendering(channelId) === 'plainText') {
    const activity = MessageFactory.text(renderPlainText(view));
    activity.textFormat = 'plain';
    return activity;
  }
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard({ ...renderAdaptiveCard(view), fallbackText: summary }));
  activity.summary = summary;
  return activity;
}
