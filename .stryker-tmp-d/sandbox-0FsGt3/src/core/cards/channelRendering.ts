/**
 * The one table of what each channel renders (issue #14, item 1). Channels that render Adaptive Cards get the card
 * alone: a `text` copy beside it is shown as a second bubble by Web Chat, the Emulator and Teams. Every other channel
 * gets plain text only.
 */
// @ts-nocheck


/** Channels whose clients render Adaptive Cards 1.5: Teams, Web Chat / Direct Line, the Emulator, and tests. */
const CARD_CHANNELS: ReadonlySet<string> = new Set(['msteams', 'webchat', 'directline', 'emulator', 'test']);

export type ChannelRendering = 'card' | 'plainText';

/** How a reply is rendered on `channelId`; an unknown or missing channel gets plain text, which every client shows. */
export function channelRendering(channelId: string | undefined): ChannelRendering {
  return channelId !== undefined && CARD_CHANNELS.has(channelId) ? 'card' : 'plainText';
}
