/**
 * Shows "typing…" while a slow turn runs, except when the client asked for `expectReplies`: then every reply
 * travels back in the HTTP response, and botbuilder's ShowTypingMiddleware would post its typing activity
 * straight to the channel's serviceUrl instead (found under load: the turn then failed on that side request).
 */
// @ts-nocheck

import type { Middleware, TurnContext } from 'botbuilder';
import { DeliveryModes, ShowTypingMiddleware } from './kit/botbuilderKit';

export class TypingIndicatorMiddleware implements Middleware {
  private readonly typing: ShowTypingMiddleware;

  constructor(delayMs: number, periodMs: number) {
    this.typing = new ShowTypingMiddleware(delayMs, periodMs);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) {
      await next();
      return;
    }
    await this.typing.onTurn(context, next);
  }
}
