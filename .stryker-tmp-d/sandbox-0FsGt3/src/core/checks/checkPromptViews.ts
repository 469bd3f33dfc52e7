/**
 * The cards a check shows before it runs: what it needs, what it does, and for the key check the safe path first
 * (compute the fingerprint locally, issue #4 item 1). Channel-neutral `CardView`s like every other reply.
 */
// @ts-nocheck

import type { CardBlock, CardView } from '../cards/cardView';
import { checkLabel } from '../cards/guidanceView';
import { FINGERPRINT_COMMANDS } from './key/fingerprintCommands';

/** Intro of the key/hash doctor: the commands come first, pasting a key is the last resort. */
export function keyCheckIntroView(): CardView {
  return {
    title: checkLabel('key-check'),
    blocks: [
      { type: 'text', text: 'Safest: compute the fingerprint (base64 of the SHA-256 of the raw key bytes) on your own machine and paste only that.' },
      ...FINGERPRINT_COMMANDS.map((item): CardBlock => ({ type: 'code', label: item.shell, code: item.command })),
      {
        type: 'text',
        text: 'To check a key and hash pair, paste both with their labels, for example the request headers (x-ms-encryption-key: … and x-ms-encryption-key-sha256: …), AzCopy\'s CPK_ENCRYPTION_KEY / CPK_ENCRYPTION_KEY_SHA256, or your code lines. One value on its own is read as the SHA-256.',
      },
      { type: 'text', text: 'Do not paste a key you use in production. If you do, I use it only in memory for this check and show only its fingerprint.', style: 'warning' },
    ],
    actions: [],
  };
}

/** Shown above a key-check result when the user pasted a key anyway. */
export const PASTED_KEY_WARNING: CardBlock = {
  type: 'text',
  style: 'warning',
  text: 'You pasted a key. I used it only in memory for this check, did not store or log it, and show only its fingerprint. Your chat channel may keep the message itself: treat the key as exposed and rotate it if it protects real data.',
};

export function versionCheckIntroView(): CardView {
  return {
    title: checkLabel('version-check'),
    blocks: [
      {
        type: 'text',
        text: 'Paste the lines that name your storage library: package.json, a .csproj PackageReference, pom.xml, requirements.txt or pip freeze, go.mod, an SDK User-Agent string, an AzCopy version line, or the x-ms-version header.',
      },
    ],
    actions: [],
  };
}

/** Asked before a network check: what will happen, and what the SAS needs. Nothing connects before "yes". */
export function networkCheckConsentView(check: 'blob-check' | 'key-inventory'): CardView {
  const what =
    check === 'blob-check'
      ? 'I will read the blob\'s properties without any key (a CPK blob answers 409 BlobUsesCustomerSpecifiedEncryption) and list its name in the container to read the fingerprint of the key that encrypts it. A SAS with read (r) and list (l) permission on the container is enough; I never need the key.'
      : 'I will list the container and group its blobs by the fingerprint of their key (a listing shows it without any key). A container SAS with list (l) permission is enough.';
  return {
    title: checkLabel(check),
    blocks: [
      { type: 'text', text: what },
      { type: 'text', text: 'I only connect to https Azure blob endpoints, make no changes, and never store or show the SAS signature. Use a short-lived SAS.', style: 'subtle' },
      { type: 'text', text: 'Shall I go ahead? (yes / no)' },
    ],
    actions: [],
  };
}
