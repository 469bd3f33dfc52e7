/**
 * Mounts the web chat page and its Direct Line access (issue #5): the page and its assets, `POST
 * /api/directline/token` (Azure Direct Line token when a secret is configured, a local bridge token otherwise),
 * and the local Direct Line bridge itself when configuration allows it.
 */
// @ts-nocheck

import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Server } from 'restify';
import type { AppConfig } from '../config';
import type { Logger } from '../core/logging/logger';
import { ConversationStore } from '../directline/conversationStore';
import { clientKey, sendCreateRefusal } from '../directline/bridgeHttp';
import { loopbackUrl } from '../directline/loopbackUrl';
import { registerDirectLineBridge } from '../directline/registerDirectLineBridge';
import { webChatAssets, webChatCsp } from './webChatAssets';
import { exchangeSecretForToken, TokenExchangeError } from './webChatTokenExchange';

export type WebChatConfig = Pick<
  AppConfig,
  'localDirectLine' | 'directLineSecret' | 'directLineEndpoint' | 'directLineTrustedOrigins'
> &
  Partial<Pick<AppConfig, 'authTimeoutMs'>>;

export interface WebChatDeps {
  config: WebChatConfig;
  logger: Logger;
  /** The bridge's memory; tests pass one with a fake clock and small bounds. */
  store?: ConversationStore;
}

/** What the page needs to connect; never holds the secret. */
interface TokenResponse {
  token: string;
  conversationId: string;
  expires_in: number;
  userId: string;
  /** Direct Line base the page connects to; a path on this server for the local bridge. */
  domain: string;
  webSocket: boolean;
}

export function registerWebChatRoutes(server: Server, deps: WebChatDeps): void {
  const { config, logger } = deps;
  const csp = webChatCsp(config.directLineEndpoint);
  const useAzure = config.directLineSecret !== '';
  const store = !useAzure && config.localDirectLine ? (deps.store ?? new ConversationStore()) : undefined;
  if (store !== undefined) {
    registerDirectLineBridge(server, { store, logger, botUrl: () => loopbackUrl(server.address()) });
  }

  for (const [route, asset] of webChatAssets()) {
    server.get(route, async (_req, res) => {
      res.setHeader('content-type', asset.contentType);
      res.setHeader('cache-control', asset.maxAge > 0 ? `public, max-age=${asset.maxAge}` : 'no-cache');
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      if (route === '/') {
        res.setHeader('content-security-policy', csp);
      }
      try {
        await fs.promises.access(asset.file, fs.constants.R_OK);
      } catch {
        logger.error('web chat asset missing', { route, file: asset.file, ...(asset.whenMissing === undefined ? {} : { fix: asset.whenMissing }) });
        res.send(500, { error: 'This file is missing from the installation.' });
        return;
      }
      res.writeHead(200);
      try {
        await pipeline(fs.createReadStream(asset.file), res);
      } catch (error) {
        // Usually the browser went away mid-download; nothing to answer any more.
        logger.debug('web chat asset not fully sent', { route, error });
      }
    });
  }

  server.post('/api/directline/token', async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    const origin = req.header('origin', '');
    if (origin !== '' && config.directLineTrustedOrigins.length > 0 && !config.directLineTrustedOrigins.includes(origin)) {
      res.send(403, { error: 'This origin may not start a chat.' });
      return;
    }
    if (useAzure) {
      try {
        const token = await exchangeSecretForToken(config.directLineEndpoint, config.directLineSecret, config.directLineTrustedOrigins, config.authTimeoutMs);
        const body: TokenResponse = {
          token: token.token,
          conversationId: token.conversationId,
          expires_in: token.expiresIn,
          userId: token.userId,
          domain: `${config.directLineEndpoint}/v3/directline`,
          webSocket: true,
        };
        res.send(200, body);
      } catch (error) {
        const status = error instanceof TokenExchangeError ? error.status : 0;
        logger.error('direct line token exchange failed', { status });
        res.send(502, { error: 'The chat service is not available right now. Please try again later.' });
      }
      return;
    }
    if (store === undefined) {
      res.send(503, { error: 'Web chat is not configured: set DIRECT_LINE_SECRET (or run with auth off for the local bridge).' });
      return;
    }
    const issued = store.create(clientKey(req));
    if ('refused' in issued) {
      sendCreateRefusal(res, issued.refused);
      return;
    }
    const conversation = store.get(issued.conversationId);
    const body: TokenResponse = {
      token: issued.token,
      conversationId: issued.conversationId,
      expires_in: issued.expiresIn,
      userId: conversation?.userId ?? '',
      domain: '/v3/directline',
      webSocket: false,
    };
    res.send(200, body);
  });
}
