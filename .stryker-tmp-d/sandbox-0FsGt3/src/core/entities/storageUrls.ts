/**
 * Storage URLs (public and sovereign clouds, and Azurite's path-style URLs), reduced to account, service,
 * container and blob. The query string is dropped: it may hold a SAS whose signature must never be echoed.
 */
// @ts-nocheck

import type { StorageUrlEntity } from './types';

const HOST_STYLE =
  /https?:\/\/([a-z0-9]{3,24})\.(blob|dfs|file|queue|table|web)\.core\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net|cloudapi\.de)(?::\d+)?(\/[^\s?#"'<>]*)?(\?[^\s#"'<>]*)?/gi;
const PATH_STYLE = /https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\/([a-z0-9]{3,24})(\/[^\s?#"'<>]*)?(\?[^\s#"'<>]*)?/gi;

function parts(path: string | undefined): { container?: string; blob?: string } {
  const segments = (path ?? '').split('/').filter((segment) => segment !== '');
  const [container, ...blob] = segments;
  return {
    ...(container === undefined ? {} : { container: safeDecode(container) }),
    ...(blob.length === 0 ? {} : { blob: safeDecode(blob.join('/')) }),
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Storage URLs in the text, without their query strings. */
export function extractStorageUrls(text: string): StorageUrlEntity[] {
  const found: StorageUrlEntity[] = [];
  for (const match of text.matchAll(HOST_STYLE)) {
    found.push({ account: match[1].toLowerCase(), service: match[2].toLowerCase(), ...parts(match[3]), hasSas: /[?&]sig=/i.test(match[4] ?? '') });
  }
  for (const match of text.matchAll(PATH_STYLE)) {
    found.push({ account: match[1], service: 'blob', ...parts(match[2]), hasSas: /[?&]sig=/i.test(match[3] ?? '') });
  }
  const seen = new Set<string>();
  return found.filter((url) => {
    const key = JSON.stringify(url);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
