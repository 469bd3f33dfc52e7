/**
 * The HTTP client of the Bot Connector calls (replies, typing, proactive messages) with a client-side deadline
 * (issue #18). botbuilder's connector client sets no timeout: a channel endpoint that accepts the connection
 * and never answers held the turn, and SIGTERM, for as long as the peer kept the socket (90 s seen), and 200
 * aborted requests left 400 sockets open. `ConnectorClientOptions.httpClient` is the one hook the SDK keeps
 * (its `ConnectorFactoryImpl` replaces `requestPolicyFactories`); this client sends each request with `fetch`
 * and an `AbortSignal` that fires at the deadline or when the SDK aborts, which also closes the socket.
 */
// @ts-nocheck

import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { DeadlineExceededError } from '../core/io/deadline';

type ConnectorClientOptions = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]>;
type CompatHttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type WebResource = Parameters<CompatHttpClient['sendRequest']>[0];

export function deadlineConnectorHttpClient(timeoutMs: number): CompatHttpClient {
  return {
    async sendRequest(request: WebResource) {
      const deadline = AbortSignal.timeout(timeoutMs);
      const callerSignal = request.abortSignal;
      const controller = new AbortController();
      const abort = (): void => controller.abort();
      deadline.addEventListener('abort', abort, { once: true });
      callerSignal?.addEventListener('abort', abort, { once: true });
      if (callerSignal?.aborted === true) {
        abort();
      }
      let response: Response;
      let bodyAsText: string;
      try {
        response = await fetch(request.url, {
          method: request.method,
          headers: request.headers.toJson({ preserveCase: true }),
          body: bodyOf(request),
          signal: controller.signal,
          redirect: 'manual',
        });
        bodyAsText = await response.text();
      } catch (error) {
        throw deadline.aborted ? Object.assign(new DeadlineExceededError('Bot Connector call', timeoutMs), { cause: error }) : error;
      } finally {
        deadline.removeEventListener('abort', abort);
        callerSignal?.removeEventListener('abort', abort);
      }
      // A header collection of the SDK's own type, refilled with the response's headers.
      const headers = request.headers.clone();
      for (const name of headers.headerNames()) {
        headers.remove(name);
      }
      response.headers.forEach((value, name) => headers.set(name, value));
      return { request, status: response.status, headers, bodyAsText };
    },
  };
}

/** The connector sends JSON text; anything else is passed through as `fetch` accepts it. */
function bodyOf(request: WebResource): string | undefined {
  const body: unknown = request.body;
  if (body === undefined || body === null) {
    return undefined;
  }
  return typeof body === 'string' ? body : JSON.stringify(body);
}
