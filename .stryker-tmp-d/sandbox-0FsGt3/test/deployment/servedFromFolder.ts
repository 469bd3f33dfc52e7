/**
 * Runs a deployed copy of the bot (the zip package unpacked, or the Docker runtime stage laid out) as its own
 * process group and checks it the way a person would: the web chat page, its Web Chat bundle, /healthz and one
 * message answered over HTTP (issue #20). Loopback only.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { waitForOutput } from '../support/childProcess';

export interface ServedFolder {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Run as this user and group (only when the test itself runs as root). */
  user?: { uid: number; gid: number };
}

/** Stops the whole process group (npm start runs the server as its child): SIGTERM, then SIGKILL. */
async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return;
  }
  const pid = child.pid;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

export async function serveFromFolder(options: ServeOptions): Promise<ServedFolder> {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...(options.user === undefined ? {} : { uid: options.user.uid, gid: options.user.gid }),
  });
  let seen = '';
  child.stdout.on('data', (chunk: Buffer) => (seen += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (seen += chunk.toString()));
  try {
    await waitForOutput(child, /listening on http:\/\/[^\s]+:\d+/, 60_000);
  } catch (error) {
    await stopGroup(child);
    throw error;
  }
  const url = /listening on (http:\/\/[^\s]+:\d+)/.exec(seen)?.[1] ?? '';
  return { url, output: () => seen, stop: () => stopGroup(child) };
}

/** `/`, the Web Chat bundle, `/healthz`, and a message answered in the HTTP response (expectReplies). */
export async function assertServesPageHealthAndMessage(url: string): Promise<void> {
  const page = await fetch(`${url}/`, { signal: AbortSignal.timeout(15_000) });
  assert.equal(page.status, 200, 'the web chat page');
  assert.match(await page.text(), /<html[\s\S]*\/vendor\/webchat\.js/);
  const script = await fetch(`${url}/web/chat.js`, { signal: AbortSignal.timeout(15_000) });
  assert.equal(script.status, 200, '/web/chat.js');
  await script.arrayBuffer();
  const bundle = await fetch(`${url}/vendor/webchat.js`, { signal: AbortSignal.timeout(15_000) });
  assert.equal(bundle.status, 200, 'the Web Chat bundle');
  const bundleText = await bundle.text();
  assert.ok(bundleText.length > 1_000_000 && bundleText.includes('WebChat'), `a Web Chat bundle of ${bundleText.length} characters`);

  const health = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(15_000) });
  assert.equal(health.status, 200);
  assert.equal(((await health.json()) as { status?: string }).status, 'ok');

  const id = `deploy-${Date.now().toString(36)}`;
  const reply = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `${id}-1`,
      text: 'hello',
      from: { id: `${id}-user` },
      recipient: { id: 'bot' },
      conversation: { id },
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9',
      deliveryMode: 'expectReplies',
    }),
    signal: AbortSignal.timeout(30_000),
  });
  assert.equal(reply.status, 200, 'the message is answered');
  const { activities } = (await reply.json()) as { activities?: { type: string }[] };
  assert.ok((activities ?? []).some((activity) => activity.type === 'message'), JSON.stringify(activities));
}
