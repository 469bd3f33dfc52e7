/**
 * A floor under the follow-up figure (issue #17, item 3): the development set of two-turn follow-ups, through the
 * production wiring, scored as `evalFollowUps` scores it (the context turn, then the follow-up; the reply card read
 * as a topic). Half a point under the figure of 2026-12-06 (0.930), so a real drop in the context reading fails.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { readEvalManifest } from '../../scripts/lib/evalManifest';
import { replyIntent, titleTopics } from '../../scripts/lib/replyIntent';
import { createTestConversation, realKnowledge } from '../support/testConversation';

interface FollowUpLine {
  context: string;
  text: string;
  intent: string;
  alsoAcceptable?: string[];
}

const FLOOR = 0.925;

describe('follow-ups in context: accuracy floor (issue #17)', () => {
  it(`the development set stays at or above ${FLOOR}`, async function () {
    this.timeout(300000);
    const entry = (readEvalManifest().followUps ?? []).find((item) => !item.heldOut);
    assert.ok(entry !== undefined, 'the manifest lists a development follow-up set');
    const lines = fs
      .readFileSync(path.join(projectRoot, entry.file), 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as FollowUpLine);
    const titles = titleTopics(realKnowledge());
    let right = 0;
    for (const line of lines) {
      const conversation = createTestConversation();
      await conversation.say(line.context);
      const [reply] = await conversation.say(line.text);
      const topic = replyIntent(reply, titles);
      if (topic === line.intent || (line.alsoAcceptable ?? []).includes(topic)) {
        right += 1;
      }
    }
    assert.ok(lines.length >= 100, `${lines.length} lines`);
    assert.ok(right / lines.length >= FLOOR, `${right} of ${lines.length} = ${(right / lines.length).toFixed(3)}`);
  });
});
