// @ts-nocheck
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { projectRoot } from '../../src/paths';
import {
  buildTeamsPackage,
  fillManifest,
  parseManifest,
  readManifestTemplate,
  TEAMS_TEMPLATE_DIR,
  TeamsPackageError,
  validateManifest,
} from '../../scripts/build/teams/buildTeamsPackage';
import { crc32 } from '../../scripts/build/teams/png';
import { cardTitle, createTestConversation } from '../support/testConversation';

const BOT_ID = '11111111-2222-3333-4444-555555555555';
const TEAMS_APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

interface PngInfo {
  width: number;
  height: number;
  colourType: number;
  chunks: string[];
}

/** Reads a PNG's header and checks every chunk's CRC. */
function readPng(data: Buffer): PngInfo {
  assert.deepEqual([...data.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const chunks: string[] = [];
  let offset = 8;
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const typeAndData = data.subarray(offset + 4, offset + 8 + length);
    assert.equal(data.readUInt32BE(offset + 8 + length), crc32(typeAndData), 'chunk CRC');
    chunks.push(typeAndData.subarray(0, 4).toString('ascii'));
    offset += 12 + length;
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), colourType: data[25], chunks };
}

/** The command titles in the manifest and the card each must bring (Teams sends the title as the message). */
const COMMAND_ANSWERS: Record<string, string> = {
  'Rotate a key': 'Rotate a customer-provided key',
  'Lost key': 'Lost customer-provided key',
  'Which versions support CPK?': 'SDK and REST versions that support CPK',
  'Key mismatch error': 'Wrong key for this blob (409)',
  'Key missing error': 'This blob needs its key (409)',
  'Invalid header error': 'Error: InvalidHeaderValue',
  'Talk to a human': 'Talk to a support engineer?', // the handoff confirmation (issue #6)
  help: 'What I can help with',
  'start over': 'CPK troubleshooting assistant',
};

describe('Teams app manifest (validated offline with @microsoft/app-manifest)', () => {
  const template = readManifestTemplate();

  it('uses schema 1.23 or later, bundled in the library (no download)', () => {
    const [major, minor] = template.manifestVersion.split('.').map(Number);
    assert.ok(major > 1 || minor >= 23, template.manifestVersion);
    const bundled = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams', `v${template.manifestVersion}`);
    assert.ok(fs.existsSync(bundled), bundled);
  });

  it('the template and the filled manifest pass schema validation', async () => {
    assert.deepEqual(await validateManifest(template), []);
    assert.deepEqual(await validateManifest(fillManifest(template, { botId: BOT_ID })), []);
  });

  it('validation catches a real mistake (lowercase "groupchat" scope)', async () => {
    const broken = JSON.parse(fs.readFileSync(path.join(TEAMS_TEMPLATE_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown> & { bots: { scopes: string[] }[] };
    broken.bots[0].scopes = ['personal', 'team', 'groupchat'];
    const problems = await validateManifest(broken);
    assert.ok(problems.some((problem) => problem.includes('/bots/0/scopes/2')), problems.join('\n'));
  });

  it('the bot works in personal, team and groupChat scopes', () => {
    assert.deepEqual(template.bots?.[0]?.scopes, ['personal', 'team', 'groupChat']);
  });

  it('lists the main questions as commands, each answered with its card when sent in Teams', async () => {
    const commands: { title: string }[] = [];
    for (const list of template.bots?.[0]?.commandLists ?? []) {
      commands.push(...list.commands);
    }
    assert.deepEqual(commands.map((command) => command.title).sort(), Object.keys(COMMAND_ANSWERS).sort());
    const conversation = createTestConversation();
    for (const command of commands) {
      const replies = await conversation.say({ type: 'message', text: command.title, channelId: 'msteams' });
      assert.equal(cardTitle(replies[0]), COMMAND_ANSWERS[command.title], command.title);
    }
  });

  it('fills the Teams app id and bot id, and refuses a missing or placeholder bot id', () => {
    const filled = fillManifest(template, { botId: BOT_ID, teamsAppId: TEAMS_APP_ID });
    assert.equal(filled.id, TEAMS_APP_ID);
    assert.equal(filled.bots?.[0]?.botId, BOT_ID);
    assert.equal(fillManifest(template, { botId: BOT_ID }).id, BOT_ID);
    assert.throws(() => fillManifest(template, { botId: '' }), TeamsPackageError);
    assert.throws(() => fillManifest(template, { botId: '00000000-0000-0000-0000-000000000000' }), /MicrosoftAppId/);
    assert.throws(() => fillManifest(template, { botId: BOT_ID, teamsAppId: 'not-a-guid' }), /TEAMS_APP_ID/);
  });
});

describe('Teams app package (zip contents)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('holds exactly manifest.json and the two icons at the root, with the ids filled in', async () => {
    const file = path.join(dir, 'app.zip');
    await buildTeamsPackage({ botId: BOT_ID }, file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    assert.deepEqual(Object.keys(zip.files).sort(), ['color.png', 'manifest.json', 'outline.png']);
    const manifest = parseManifest(await zip.file('manifest.json')!.async('string'));
    assert.equal(manifest.id, BOT_ID);
    assert.equal(manifest.bots?.[0]?.botId, BOT_ID);
    assert.deepEqual(await validateManifest(manifest), []);
    const color = readPng(await zip.file('color.png')!.async('nodebuffer'));
    assert.deepEqual([color.width, color.height], [192, 192]);
    const outline = readPng(await zip.file('outline.png')!.async('nodebuffer'));
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    assert.equal(outline.colourType, 6, 'the outline icon needs an alpha channel (white on transparent)');
    assert.deepEqual(outline.chunks, ['IHDR', 'IDAT', 'IEND']);
  });

  it('npm run teams:package (the compiled script) writes the zip from MicrosoftAppId, and fails clearly without it', async () => {
    const script = path.join(projectRoot, 'dist', 'scripts', 'build', 'teamsPackage.js');
    const run = async (env: Record<string, string>, out: string): Promise<{ code: number | null; stderr: string }> => {
      const child = spawn(process.execPath, [script, out], { env: { PATH: process.env.PATH ?? '', ...env }, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      clearTimeout(timer);
      return { code, stderr };
    };
    const ok = await run({ MicrosoftAppId: BOT_ID, TEAMS_APP_ID }, path.join(dir, 'cli.zip'));
    assert.equal(ok.code, 0, ok.stderr);
    const manifest = parseManifest(await (await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'cli.zip')))).file('manifest.json')!.async('string'));
    assert.equal(manifest.id, TEAMS_APP_ID);
    const missing = await run({}, path.join(dir, 'none.zip'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /MicrosoftAppId must be set/);
    assert.ok(!fs.existsSync(path.join(dir, 'none.zip')));
  });
});
