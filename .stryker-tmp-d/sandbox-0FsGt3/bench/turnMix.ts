/**
 * The traffic the benchmark sends: a mix of the seed questions, pasted errors and small talk, each as an
 * `expectReplies` activity in one of a fixed pool of conversations (so state is read and written as in real use).
 */
// @ts-nocheck


export const BENCH_UTTERANCES: readonly string[] = [
  'I lost my customer-provided key, can Azure recover it?',
  'How do I rotate a customer-provided key?',
  'Which SDK versions support customer-provided keys?',
  'Download fails with BlobCustomerSpecifiedEncryptionMismatch',
  '<?xml version="1.0" encoding="utf-8"?><Error><Code>BlobUsesCustomerSpecifiedEncryption</Code><Message>The blob is encrypted with customer specified encryption, but it was not provided in the request.\nRequestId:8f2e1c3a-001e-0042-3c1a-5b2f6e000000\nTime:2026-11-29T10:00:00.0000000Z</Message></Error>',
  'RestError: The value for one of the HTTP headers is not in the correct format. statusCode: 400, code: InvalidHeaderValue',
  'hi',
  'thanks!',
  'what is the weather tomorrow',
  'help',
];

/**
 * Ways people open and close the same question. Combined with the utterances they give 770 different texts, so
 * the bot's cache of recent match decisions (64 texts, there for the two matches of one turn) rarely holds the
 * answer: matching is paid as for real traffic, where few messages repeat word for word.
 */
const OPENERS: readonly string[] = ['', 'hello, ', 'quick question: ', 'hi team - ', 'urgent: ', 'sorry to bother you, ', 'one more thing: '];
const CLOSERS: readonly string[] = ['', ' please', '?', ' thanks', ' (prod)', ' asap', '!', ' any idea', ' cheers', ' :(', ' help'];

/** The text of turn `index`: every utterance in turn, each time with another opener and closer. */
export function turnText(index: number): string {
  const count = BENCH_UTTERANCES.length;
  const utterance = BENCH_UTTERANCES[index % count] ?? 'hi';
  const opener = OPENERS[Math.floor(index / count) % OPENERS.length] ?? '';
  const closer = CLOSERS[Math.floor(index / (count * OPENERS.length)) % CLOSERS.length] ?? '';
  return `${opener}${utterance}${closer}`;
}

/** The JSON body of one turn. */
export function turnBody(index: number, conversations: number): string {
  const text = turnText(index);
  return JSON.stringify({
    type: 'message',
    id: `bench-${index}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9',
    from: { id: `user-${index % conversations}` },
    recipient: { id: 'bot' },
    conversation: { id: `bench-conversation-${index % conversations}` },
    deliveryMode: 'expectReplies',
    text,
  });
}
