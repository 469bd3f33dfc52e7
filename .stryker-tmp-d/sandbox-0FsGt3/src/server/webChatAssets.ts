/**
 * The files the web chat page needs, served from this server (issue #5, item 1: no CDN). A fixed list, so no
 * request path ever reaches the file system.
 */
// @ts-nocheck

import fs from 'node:fs';
import path from 'node:path';
import { projectRoot, webChatBundleFile } from '../paths';

export interface Asset {
  file: string;
  contentType: string;
  /** Seconds a browser may cache it. */
  maxAge: number;
  /** What the log tells the operator when the file is missing. */
  whenMissing?: string;
}

/**
 * The Web Chat UMD bundle inside the botframework-webchat devDependency, or undefined where it is not installed
 * (a production install). Its exports map blocks a deep `require.resolve` (platform-notes.md).
 */
export function installedWebChatBundle(): string | undefined {
  try {
    return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
  } catch {
    return undefined;
  }
}

/**
 * The Web Chat UMD bundle (sets `window.WebChat`): the copy `npm run build` puts in dist/vendor/ (issue #20).
 * A developer who compiled with `tsc` alone has no copy yet: then the installed package's file is served; with
 * neither, the route answers 500 and the log says to run `npm run build`.
 */
export function webChatBundlePath(): string {
  if (fs.existsSync(webChatBundleFile)) {
    return webChatBundleFile;
  }
  return installedWebChatBundle() ?? webChatBundleFile;
}

const webDir = path.join(projectRoot, 'web');

/** URL path -> file. */
export function webChatAssets(): ReadonlyMap<string, Asset> {
  return new Map<string, Asset>([
    ['/', { file: path.join(webDir, 'index.html'), contentType: 'text/html; charset=utf-8', maxAge: 0 }],
    ['/web/chat.css', { file: path.join(webDir, 'chat.css'), contentType: 'text/css; charset=utf-8', maxAge: 300 }],
    ['/web/chat.js', { file: path.join(webDir, 'chat.js'), contentType: 'text/javascript; charset=utf-8', maxAge: 300 }],
    ['/web/favicon.svg', { file: path.join(webDir, 'favicon.svg'), contentType: 'image/svg+xml', maxAge: 3600 }],
    ['/vendor/webchat.js', { file: webChatBundlePath(), contentType: 'text/javascript; charset=utf-8', maxAge: 3600, whenMissing: 'run npm run build (it copies the Web Chat bundle to dist/vendor/)' }],
  ]);
}

/**
 * Content-Security-Policy for the page: scripts only from this server; Web Chat injects its styles at run time
 * (hence 'unsafe-inline' for styles only); connections only to this server and the Direct Line endpoint.
 */
export function webChatCsp(directLineEndpoint: string): string {
  const endpoint = new URL(directLineEndpoint);
  const socket = `${endpoint.protocol === 'https:' ? 'wss:' : 'ws:'}//${endpoint.host}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${endpoint.origin} ${socket}`,
    "frame-ancestors 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
