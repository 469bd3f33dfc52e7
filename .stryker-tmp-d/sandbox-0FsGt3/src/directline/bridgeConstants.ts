/** Fixed values of the local Direct Line bridge, shared by its routes and tests. */
// @ts-nocheck


/** Largest activity a web chat client may post; user text is cut at MAX_INPUT_CHARS long before this. */
export const MAX_CLIENT_ACTIVITY_BYTES = 32 * 1024;

/** Who the bot is on this channel; the bot answers from the `recipient` it was sent. */
export const LOCAL_BOT_ACCOUNT = { id: 'cpk-support-bot', name: 'CPK support bot', role: 'bot' } as const;

/** The channel id the bridge stamps, as the Azure Direct Line service does for Web Chat. */
export const LOCAL_CHANNEL_ID = 'webchat';
