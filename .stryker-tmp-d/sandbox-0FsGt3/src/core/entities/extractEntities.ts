/**
 * Runs every entity recogniser over one message. Pure and cheap (regular expressions over text already cut to
 * MAX_INPUT_CHARS), so the matcher, the dialog's evidence and the CLIs can all call it.
 */
// @ts-nocheck

import { extractErrorCodes } from './errorCodes';
import { extractHeaderNames, extractHttpStatuses, extractRequestIds, extractServiceVersions } from './httpFacts';
import { detectKeyMaterial } from './keyMaterial';
import { extractSdks } from './sdkVersions';
import { extractStorageUrls } from './storageUrls';
import type { Entities } from './types';

/** Everything recognisable in `text`; never throws. */
export function extractEntities(text: string): Entities {
  return {
    errorCodes: extractErrorCodes(text),
    httpStatuses: extractHttpStatuses(text),
    headerNames: extractHeaderNames(text),
    serviceVersions: extractServiceVersions(text),
    requestIds: extractRequestIds(text),
    sdks: extractSdks(text),
    urls: extractStorageUrls(text),
    keyMaterial: detectKeyMaterial(text),
  };
}

/** True when nothing was recognised. */
export function hasNoEntities(entities: Entities): boolean {
  return Object.values(entities).every((list: unknown[]) => list.length === 0);
}
