/**
 * Turns a refused URL or a failed storage call into the check's result, with the same wording for the blob
 * probe and the key inventory. Raw SDK messages are never shown: they can quote the URL and its SAS.
 */
// @ts-nocheck

import type { CheckId } from '../../knowledge/types';
import type { CheckEvidence, CheckResult } from '../checkResult';
import type { StorageFailure } from './classifyStorageError';
import type { EndpointRefusal } from './endpointPolicy';

/** The result for a URL the endpoint policy refused; plain http is the user's mistake (`fail`), the rest `error`. */
export function refusalResult(check: CheckId, reason: EndpointRefusal, message: string): CheckResult {
  return {
    check,
    status: reason === 'not-https' ? 'fail' : 'error',
    cause: message,
    evidence: [{ title: 'Connection made', value: 'none (refused before connecting)' }],
    nextSteps: [
      reason === 'not-https'
        ? 'Use the https:// form of the URL; customer-provided keys are only accepted over HTTPS.'
        : 'Paste the blob or container URL exactly as Azure shows it, for example https://<account>.blob.core.windows.net/<container>/<blob>?<SAS>.',
    ],
  };
}

/** The result for a failed request; `permission` names the SAS permission the call needed ('r' read, 'l' list). */
export function failureResult(check: CheckId, failure: StorageFailure, evidence: CheckEvidence[], permission: 'r' | 'l', timeoutMs: number): CheckResult {
  const code = failure.errorCode ?? 'no error code';
  const withCode = [...evidence, { title: 'Service answer', value: failure.kind === 'http' ? `${failure.statusCode ?? ''} ${code}` : failure.kind }];
  const base = { check, evidence: withCode };
  if (failure.kind === 'timeout') {
    return { ...base, status: 'error', cause: `The storage endpoint did not answer within ${Math.round(timeoutMs / 1000)} s.`, nextSteps: ['Try again later, or check that the account is reachable from the internet.'] };
  }
  if (failure.kind === 'network') {
    return { ...base, status: 'error', cause: 'I could not connect to the storage endpoint (the name does not resolve, or the connection or TLS handshake failed).', nextSteps: ['Check the account name in the URL.'] };
  }
  const status = failure.statusCode ?? 0;
  if (status >= 300 && status < 400) {
    return { ...base, status: 'error', cause: 'The endpoint answered with a redirect. I do not follow redirects, so that I never connect to another host.', nextSteps: ['Paste the final blob URL on <account>.blob.core.windows.net.'] };
  }
  if (status === 404) {
    const container = failure.errorCode === 'ContainerNotFound';
    return {
      ...base,
      status: 'fail',
      cause: container ? 'The container does not exist.' : 'The blob does not exist (404 BlobNotFound).',
      nextSteps: ['Check the container and blob names (they are case-sensitive) and whether the blob was deleted.'],
    };
  }
  if (status === 403) {
    const permissionMissing = failure.errorCode === 'AuthorizationPermissionMismatch';
    const needed = permission === 'r' ? 'read (sp contains r)' : 'list (sp contains l, on a container SAS)';
    return {
      ...base,
      status: 'fail',
      cause: permissionMissing
        ? `The SAS does not grant the permission this check needs: ${needed}.`
        : `The SAS was rejected (${code}): it is wrong, expired, or lacks ${needed}.`,
      nextSteps: [`Create a short-lived SAS with ${needed} only, and paste the full URL with it.`],
    };
  }
  if (status >= 500) {
    return {
      ...base,
      status: 'error',
      cause: `The storage service failed (${status} ${code}).`,
      nextSteps: ['Azure support can look into a service failure: I can pass this result to a support engineer.'],
      supportNeeded: true,
    };
  }
  return { ...base, status: 'error', cause: `The service answered ${status} ${code}, which this check does not explain.`, nextSteps: ['Talk to a human with this result.'] };
}
