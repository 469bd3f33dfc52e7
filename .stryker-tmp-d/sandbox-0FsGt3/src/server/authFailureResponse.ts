/**
 * The response object handed to CloudAdapter.process when auth is on (issue #15). The adapter answers a token it
 * cannot validate with 500 and the library's error text (a forged signature throws a plain JsonWebTokenError) or
 * with 401 and a message naming claims and keys. Anything it answers with an error before the turn started is
 * an authentication failure: the client gets 401 and one generic sentence. An error after the turn started is a
 * 500 with one generic sentence. Successful answers pass through unchanged.
 */
// @ts-nocheck

import type { Response as AdapterResponse } from 'botbuilder';
import type { Response } from 'restify';

export const UNAUTHORIZED_BODY = { error: 'Unauthorized.' };
const FAILED_BODY = { error: 'The bot could not process this request.' };

export function authFailureResponse(res: Response, turnStarted: () => boolean): AdapterResponse {
  let status = 200;
  let body: unknown;
  return {
    socket: res.socket,
    header: (name: string, value: unknown): void => {
      res.header(name, value);
    },
    status: (code: number) => {
      status = code;
    },
    send: (...args: unknown[]) => {
      body = args[0];
    },
    end: () => {
      if (status >= 400 && !turnStarted()) {
        res.send(401, UNAUTHORIZED_BODY);
      } else if (status >= 500) {
        res.send(status, FAILED_BODY);
      } else if (body === undefined) {
        res.status(status);
        res.end();
      } else {
        res.send(status, body);
      }
    },
  };
}
