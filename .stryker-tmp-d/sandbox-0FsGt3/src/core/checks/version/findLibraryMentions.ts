/**
 * Finds storage library versions in pasted text: package.json, .csproj `PackageReference` (and packages.config),
 * pom.xml, requirements.txt / pip freeze / pip list, go.mod, SDK user-agent strings, AzCopy's version line,
 * `x-ms-version` headers (issue #4, check 2), and a package named with its version in a sentence or an install
 * command ("Azure.Storage.Blobs 12.2.0", `npm i @azure/storage-blob@12.1.0`, Gradle's `group:artifact:version`).
 * It only reads names and versions; which versions support CPK comes from `knowledge/versions.json`, never from
 * this file.
 */
// @ts-nocheck

import { extractSdks } from '../../entities/sdkVersions';
import type { VersionRow } from '../../knowledge/types';

export type MentionSource =
  | 'package.json'
  | '.csproj'
  | 'pom.xml'
  | 'requirements'
  | 'go.mod'
  | 'user-agent'
  | 'azcopy'
  | 'x-ms-version'
  | 'your message';

export interface LibraryMention {
  ecosystem: VersionRow['ecosystem'];
  /** Candidate package names to look up, most specific first. */
  names: string[];
  /** As written (may include a range operator). */
  version: string;
  source: MentionSource;
}

/** User-agent language tokens (`azsdk-<lang>-<package>/<version>`) and their ecosystems. */
const UA_ECOSYSTEMS: Record<string, VersionRow['ecosystem']> = { js: 'npm', net: 'nuget', python: 'pypi', java: 'maven', go: 'go' };

function* npm(text: string): Generator<LibraryMention> {
  for (const match of text.matchAll(/"(@azure\/[a-z0-9-]+)"\s*:\s*"([^"]{1,60})"/gi)) {
    yield { ecosystem: 'npm', names: [match[1]], version: match[2], source: 'package.json' };
  }
}

function* nuget(text: string): Generator<LibraryMention> {
  const patterns = [
    /<PackageReference\b[^>]*?\bInclude\s*=\s*"([^"]+)"[^>]*?\bVersion\s*=\s*"([^"]+)"/gi,
    /<PackageReference\b[^>]*?\bInclude\s*=\s*"([^"]+)"[^>]*?>\s*<Version>([^<]+)<\/Version>/gi,
    /<package\b[^>]*?\bid\s*=\s*"([^"]+)"[^>]*?\bversion\s*=\s*"([^"]+)"/gi,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      yield { ecosystem: 'nuget', names: [match[1]], version: match[2], source: '.csproj' };
    }
  }
}

function* maven(text: string): Generator<LibraryMention> {
  for (const match of text.matchAll(/<dependency>([\s\S]{0,2000}?)<\/dependency>/gi)) {
    const body = match[1];
    const group = /<groupId>\s*([^<\s]+)\s*<\/groupId>/i.exec(body)?.[1];
    const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/i.exec(body)?.[1];
    const version = /<version>\s*([^<\s]+)\s*<\/version>/i.exec(body)?.[1];
    if (artifact !== undefined && version !== undefined) {
      // Only com.azure artifacts are the v12 line in the table; other groups are looked up by full name only.
      const names = group === undefined || group === 'com.azure' ? [`com.azure:${artifact}`, artifact] : [`${group}:${artifact}`];
      yield { ecosystem: 'maven', names, version, source: 'pom.xml' };
    }
  }
}

function* pypi(text: string): Generator<LibraryMention> {
  for (const match of text.matchAll(/^[ \t]*(azure-storage-[a-z-]+)[ \t]*((?:==|>=|~=|===)[ \t]*[^\s;#,]+|[ \t]+v?\d[^\s;#,]*)/gim)) {
    yield { ecosystem: 'pypi', names: [match[1].toLowerCase()], version: match[2].trim(), source: 'requirements' };
  }
}

function* goMod(text: string): Generator<LibraryMention> {
  for (const match of text.matchAll(/(github\.com\/Azure\/[A-Za-z0-9/_.-]+)\s+(v\d[^\s]*)/g)) {
    yield { ecosystem: 'go', names: [match[1]], version: match[2], source: 'go.mod' };
  }
}

function* userAgent(text: string): Generator<LibraryMention> {
  for (const match of text.matchAll(/azsdk-(js|net|python|java|go)-([A-Za-z0-9._-]+)\/(v?\d[^\s;()]*)/gi)) {
    const ecosystem = UA_ECOSYSTEMS[match[1].toLowerCase()];
    const name = match[2];
    const bare = name.replace(/^azure-/i, '');
    const names = [name, `azure-${bare}`, `@azure/${bare}`, `com.azure:azure-${bare}`, bare];
    yield { ecosystem, names, version: match[3], source: 'user-agent' };
  }
  for (const match of text.matchAll(/\bazcopy(?:\s+version)?[\s/:]+v?(\d+\.\d+\.\d+)/gi)) {
    yield { ecosystem: 'tool', names: ['azcopy'], version: match[1], source: 'azcopy' };
  }
}

function* restVersion(text: string): Generator<LibraryMention> {
  for (const match of text.matchAll(/x-ms-version["']?\s*[:=]\s*["']?(\d{4}-\d{2}-\d{2})/gi)) {
    yield { ecosystem: 'rest', names: ['x-ms-version'], version: match[1], source: 'x-ms-version' };
  }
}

/** Where each package that `extractSdks` recognises in a sentence is looked up in the version table. */
const SENTENCE_PACKAGES: Record<string, Pick<LibraryMention, 'ecosystem' | 'names'>> = {
  '@azure/storage-blob': { ecosystem: 'npm', names: ['@azure/storage-blob'] },
  'com.azure:azure-storage-blob': { ecosystem: 'maven', names: ['com.azure:azure-storage-blob', 'azure-storage-blob'] },
  'Azure.Storage.Blobs': { ecosystem: 'nuget', names: ['Azure.Storage.Blobs'] },
  'Microsoft.Azure.Storage.Blob': { ecosystem: 'nuget', names: ['Microsoft.Azure.Storage.Blob'] },
  'WindowsAzure.Storage': { ecosystem: 'nuget', names: ['WindowsAzure.Storage'] },
  'azure-storage-blob-go': { ecosystem: 'go', names: ['azure-storage-blob-go'] },
  azblob: { ecosystem: 'go', names: ['azblob'] },
  azcopy: { ecosystem: 'tool', names: ['azcopy'] },
};

/**
 * A package named with its version in a sentence or an install command, read by the same recogniser as the
 * evidence the bot shows for a message (`extractSdks`). "azure-storage-blob" is both Python's package and Java's
 * artifact: Python unless the message mentions Java.
 */
function* inSentences(text: string): Generator<LibraryMention> {
  const java = /\b(java|maven|gradle|pom)\b/i.test(text);
  for (const sdk of extractSdks(text)) {
    const target =
      sdk.name === 'azure-storage-blob'
        ? java
          ? SENTENCE_PACKAGES['com.azure:azure-storage-blob']
          : { ecosystem: 'pypi' as const, names: ['azure-storage-blob'] }
        : SENTENCE_PACKAGES[sdk.name];
    // User agents are read above, with the ecosystem their token names.
    if (sdk.source === 'package' && target !== undefined) {
      yield { ...target, version: sdk.version, source: 'your message' };
    }
  }
}

/** Every storage-looking library mention in the text, duplicates removed. */
export function findLibraryMentions(text: string): LibraryMention[] {
  const all = [...npm(text), ...nuget(text), ...maven(text), ...pypi(text), ...goMod(text), ...userAgent(text), ...restVersion(text), ...inSentences(text)];
  const seen = new Set<string>();
  return all.filter((mention) => {
    // Versions compared without range operators, so a line a file reader found is not found again as a sentence.
    const key = `${mention.ecosystem}|${mention.names[0].toLowerCase()}|${mention.version.replace(/^[\s=<>~^!v]+/, '')}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
