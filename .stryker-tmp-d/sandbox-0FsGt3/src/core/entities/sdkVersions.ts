/**
 * SDK packages and tools with a version, from package mentions ("@azure/storage-blob 12.1.0",
 * "azure-storage-blob==12.0.0b3", "Azure.Storage.Blobs 12.0.0") and user-agent tokens
 * ("azsdk-js-storage-blob/12.1.0", "azsdk-net-Storage.Blobs/12.0.0", "AzCopy/10.3.0").
 */
// @ts-nocheck

import type { SdkEntity } from './types';

const VERSION = 'v?(\\d+(?:\\.\\d+){1,3}(?:[-.]?(?:preview|beta|alpha|rc|b|a)\\.?\\d*)?)';

/** Package spellings users write, mapped to the name used in `knowledge/versions.json`. */
const PACKAGE_SPELLINGS: ReadonlyArray<[string, string]> = [
  ['@azure/storage-blob', '@azure/storage-blob'],
  ['com\\.azure:azure-storage-blob', 'com.azure:azure-storage-blob'],
  ['Microsoft\\.Azure\\.Storage\\.Blob', 'Microsoft.Azure.Storage.Blob'],
  ['WindowsAzure\\.Storage', 'WindowsAzure.Storage'],
  ['Azure\\.Storage\\.Blobs', 'Azure.Storage.Blobs'],
  ['azure-storage-blob-go', 'azure-storage-blob-go'],
  ['azure-storage-blob', 'azure-storage-blob'],
  ['azblob', 'azblob'],
  ['azcopy', 'azcopy'],
];

/** Compiled once: building these per call cost more than matching them. */
const PACKAGES: ReadonlyArray<[RegExp, string]> = PACKAGE_SPELLINGS.map(([spelling, name]) => [
  new RegExp(`(?<![\\w./-])${spelling}(?![\\w-])["']?\\s*(?:@|==|>=|:|,|\\s|\\^|~|"|-{1,2}version|version|to|is|at|v)*\\s*${VERSION}\\b`, 'gi'),
  name,
]);
/** The version before the name: "we're pinned to 12.0.0-preview.2 of Azure.Storage.Blobs". */
const VERSION_FIRST: ReadonlyArray<[RegExp, string]> = PACKAGE_SPELLINGS.map(([spelling, name]) => [
  new RegExp(`(?<![\\w.-])${VERSION}\\s+(?:version\\s+)?of\\s+(?:the\\s+)?${spelling}(?![\\w-])`, 'gi'),
  name,
]);
const LEADING_VERSION = new RegExp(`^${VERSION}`);

const USER_AGENTS: ReadonlyArray<[RegExp, string]> = [
  [/azsdk-js-storage-blob\/(\S+)/gi, '@azure/storage-blob'],
  [/azsdk-net-Storage\.Blobs\/(\S+)/gi, 'Azure.Storage.Blobs'],
  [/azsdk-python-storage-blob\/(\S+)/gi, 'azure-storage-blob'],
  [/azsdk-java-azure-storage-blob\/(\S+)/gi, 'azure-storage-blob'],
  [/azsdk-go-azblob\/(\S+)/gi, 'azblob'],
  [/AzCopy\/(\S+)/gi, 'azcopy'],
  [/Azure-Storage\/(\S+)/gi, 'Microsoft.Azure.Storage.Blob'],
];

function cleanVersion(raw: string): string | undefined {
  return LEADING_VERSION.exec(raw)?.[1];
}

/** Every package or tool named together with a version. */
export function extractSdks(text: string): SdkEntity[] {
  // Every form needs "digit.digit"; most messages have none, and the patterns below are costly lookbehinds.
  if (!/\d\.\d/.test(text)) {
    return [];
  }
  const found: (SdkEntity & { index: number })[] = [];
  const taken: [number, number][] = [];
  for (const [pattern, name] of USER_AGENTS) {
    for (const match of text.matchAll(pattern)) {
      const version = cleanVersion(match[1]);
      if (version !== undefined) {
        found.push({ name, version, source: 'user-agent', index: match.index });
        taken.push([match.index, match.index + match[0].length]);
      }
    }
  }
  for (const [pattern, name] of [...PACKAGES, ...VERSION_FIRST]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      if (taken.some(([from, to]) => start >= from && start < to)) {
        continue;
      }
      found.push({ name, version: match[1], source: 'package', index: start });
      taken.push([start, start + match[0].length]);
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.index - b.index)
    .filter((sdk) => {
      const key = `${sdk.name}@${sdk.version}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map(({ name, version, source }) => ({ name, version, source }));
}
