/**
 * The agent desk (issue #19, item 2): the page at `GET /agent` and its JSON API under `/api/agent/`. Every API
 * call needs `Authorization: Bearer <AGENT_DESK_KEY>` (401 without it, compared in constant time). Wrong input
 * gets a clear 4xx: 400 for a malformed body, 404 for an unknown case, 409 for a closed (or taken, or not yet
 * accepted) case, 413 for a message longer than a case keeps. With the desk off every desk path answers 404
 * saying how to turn it on.
 */
// @ts-nocheck

import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request, Response, Server } from 'restify';
import type { CaseRelay, RelayResult } from '../../bot/cases/caseRelay';
import { CASE_ID_PATTERN } from '../../core/cases/caseViews';
import { CASE_LIMITS, type SupportCase } from '../../core/cases/supportCase';
import type { Logger } from '../../core/logging/logger';
import { renderTranscriptHtml } from '../../core/transcripts/renderTranscriptHtml';
import { param } from '../../directline/bridgeHttp';
import { projectRoot } from '../../paths';
import type { CaseStore } from '../../storage/caseStore';
import { bearerToken, type DeskKey, keyMatches } from './deskKey';

export interface AgentDeskDeps {
  desk: DeskKey;
  store: CaseStore;
  relay: CaseRelay;
  logger: Logger;
}

const webDir = path.join(projectRoot, 'web');
const PAGE_FILES: ReadonlyMap<string, { file: string; contentType: string }> = new Map([
  ['/agent', { file: path.join(webDir, 'agent.html'), contentType: 'text/html; charset=utf-8' }],
  ['/web/agent.js', { file: path.join(webDir, 'agent.js'), contentType: 'text/javascript; charset=utf-8' }],
  ['/web/agent.css', { file: path.join(webDir, 'agent.css'), contentType: 'text/css; charset=utf-8' }],
]);

/** The page loads only its own files; the transcript is shown in a sandboxed frame built from fetched HTML. */
const DESK_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

type Handler = (req: Request, res: Response) => Promise<void>;

export function registerAgentDesk(server: Server, deps: AgentDeskDeps): void {
  const { desk } = deps;
  if (!desk.on) {
    const off: Handler = async (_req, res) => {
      res.send(404, { error: `The agent desk is off (${desk.reason}). Set AGENT_DESK_KEY to a key of at least 32 characters.` });
    };
    for (const route of ['/agent', '/api/agent/cases', '/api/agent/cases/:id/messages', '/api/agent/cases/:id/transcript']) {
      server.get(route, off);
    }
    for (const route of ['/api/agent/cases/:id/accept', '/api/agent/cases/:id/messages', '/api/agent/cases/:id/close']) {
      server.post(route, off);
    }
    return;
  }
  for (const [route, asset] of PAGE_FILES) {
    server.get(route, async (_req, res) => {
      res.setHeader('content-type', asset.contentType);
      res.setHeader('cache-control', 'no-cache');
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      res.setHeader('content-security-policy', DESK_CSP);
      res.writeHead(200);
      try {
        await pipeline(fs.createReadStream(asset.file), res);
      } catch (error) {
        deps.logger.debug('agent desk file not fully sent', { route, error });
      }
    });
  }
  const guarded = (handler: Handler): Handler => async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    const presented = bearerToken(req.header('authorization', ''));
    if (presented === undefined || !keyMatches(presented, desk.key)) {
      res.setHeader('www-authenticate', 'Bearer realm="agent desk"');
      res.send(401, { error: 'The agent desk needs Authorization: Bearer <AGENT_DESK_KEY>.' });
      return;
    }
    if (req.method === 'POST' && !/^application\/json\s*(?:;|$)/i.test(req.header('content-type', ''))) {
      res.send(415, { error: 'Content-Type must be application/json.' });
      return;
    }
    await handler(req, res);
  };
  const withCase = (handler: (req: Request, res: Response, id: string) => Promise<void>): Handler =>
    guarded(async (req, res) => {
      const id = param(req, 'id');
      if (!CASE_ID_PATTERN.test(id)) {
        res.send(404, { error: 'No such case.' });
        return;
      }
      await handler(req, res, id);
    });

  server.get('/api/agent/cases', guarded(async (_req, res) => {
    const cases = await deps.store.listOpen();
    res.send(200, { cases: cases.map(listed) });
  }));

  server.get('/api/agent/cases/:id/messages', withCase(async (_req, res, id) => {
    const found = await deps.store.get(id);
    if (found === undefined) {
      res.send(404, { error: 'No such case.' });
      return;
    }
    res.send(200, { messages: found.messages.map(({ from, text, timestamp }) => ({ from, text, timestamp })) });
  }));

  server.get('/api/agent/cases/:id/transcript', withCase(async (_req, res, id) => {
    const found = await deps.store.get(id);
    if (found === undefined) {
      res.send(404, { error: 'No such case.' });
      return;
    }
    // The summary on top, as the transcript view shows a handed-off conversation (the event itself went out after).
    const handoff = { type: 'event', name: 'handoff.initiate', value: found.summary, from: { id: 'bot', name: 'CPK bot', role: 'bot' }, timestamp: found.createdAt };
    const html = renderTranscriptHtml([...found.transcript, handoff], `Case ${found.id}`);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    res.writeHead(200);
    res.end(html);
  }));

  server.post('/api/agent/cases/:id/accept', withCase(async (req, res, id) => {
    const agentName = field(req.body, 'agentName');
    if (agentName === undefined || agentName.trim() === '' || agentName.length > 200) {
      res.send(400, { error: 'The body must be {"agentName": "<your name>"} (1-200 characters).' });
      return;
    }
    answer(res, await deps.relay.accept(id, agentName));
  }));

  server.post('/api/agent/cases/:id/messages', withCase(async (req, res, id) => {
    const text = field(req.body, 'text');
    if (text === undefined || text.trim() === '') {
      res.send(400, { error: 'The body must be {"text": "<message to the user>"}.' });
      return;
    }
    if (text.length > CASE_LIMITS.maxMessageChars) {
      res.send(413, { error: `The message has ${text.length} characters; a message to the user may have at most ${CASE_LIMITS.maxMessageChars}.` });
      return;
    }
    answer(res, await deps.relay.agentMessage(id, text));
  }));

  server.post('/api/agent/cases/:id/close', withCase(async (_req, res, id) => {
    answer(res, await deps.relay.close(id, 'agent', true));
  }));
}

function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null || !Object.prototype.hasOwnProperty.call(body, name)) {
    return undefined;
  }
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** The list entry the issue specifies; `summary` is the `handoff.initiate` value. */
function listed(item: SupportCase): { id: string; conversationId: string; channel: string; state: string; summary: unknown; createdAt: string } {
  return { id: item.id, conversationId: item.conversationId, channel: item.channel, state: item.state, summary: item.summary, createdAt: item.createdAt };
}

const REFUSALS = {
  closed: 'This case is closed.',
  'not-accepted': 'Accept the case first (POST /api/agent/cases/{id}/accept).',
  taken: 'Another engineer has this case.',
} as const;

function answer(res: Response, result: RelayResult): void {
  switch (result.kind) {
    case 'not-found':
      res.send(404, { error: 'No such case.' });
      return;
    case 'refused':
      res.send(409, { error: REFUSALS[result.refusal], state: result.current.state });
      return;
    case 'done':
      if (!result.delivered) {
        res.send(502, { error: "Saved in the case, but the user's chat did not take it in time.", state: result.current.state });
        return;
      }
      res.send(200, { id: result.current.id, state: result.current.state });
  }
}
