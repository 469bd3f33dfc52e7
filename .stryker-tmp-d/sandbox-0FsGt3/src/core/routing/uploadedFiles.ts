/**
 * Files and images a user attached to a message (a screenshot of an error is common in Teams and web chat). The
 * bot reads only typed text, so such a message gets a card that asks for the text instead of "I did not catch
 * that". Attachments that clients add on their own do not count: Teams sends every message's text again as a
 * `text/html` attachment, and cards arrive as `application/vnd.microsoft.card.*`.
 */
// @ts-nocheck


/** Content types clients attach themselves, not the user. */
const CLIENT_ADDED = [/^text\/html$/i, /^application\/vnd\.microsoft\.card\./i, /^application\/vnd\.microsoft\.teams\.card\./i];

/** How many uploads a message carries; tolerates any shape (the activity comes from the network). */
export function countUploadedFiles(attachments: unknown): number {
  if (!Array.isArray(attachments)) {
    return 0;
  }
  return attachments.filter((attachment: unknown) => {
    const contentType: unknown = typeof attachment === 'object' && attachment !== null ? Reflect.get(attachment, 'contentType') : undefined;
    return typeof contentType === 'string' && contentType !== '' && !CLIENT_ADDED.some((pattern) => pattern.test(contentType));
  }).length;
}
