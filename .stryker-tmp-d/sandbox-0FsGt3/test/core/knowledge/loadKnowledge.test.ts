// @ts-nocheck
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { loadKnowledge } from '../../../src/core/knowledge/loadKnowledge';
import { CORE_INTENT_IDS } from '../../../src/core/knowledge/types';
import { KnowledgeError } from '../../../src/core/knowledge/validate';

const realDir = loadConfig({}).knowledgeDir;

/** Copies the real knowledge base to a temp folder and lets a test break one file. */
const copies: string[] = [];

function brokenCopy(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpk-knowledge-'));
  copies.push(dir);
  fs.cpSync(realDir, dir, { recursive: true });
  edit(dir);
  return dir;
}

function editIntent(dir: string, id: string, change: (json: Record<string, unknown>) => void): void {
  const file = path.join(dir, 'intents', `${id}.json`);
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(json);
  fs.writeFileSync(file, JSON.stringify(json));
}

function expectKnowledgeError(dir: string, file: RegExp, field: RegExp): void {
  assert.throws(
    () => loadKnowledge(dir),
    (error: unknown) => {
      assert.ok(error instanceof KnowledgeError, `expected a KnowledgeError, got ${String(error)}`);
      assert.match(error.file, file);
      assert.match(error.field, field);
      return true;
    },
  );
}

describe('knowledge base', () => {
  after(() => {
    copies.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  });
  it('loads the project knowledge with every promised intent and the version table', () => {
    const kb = loadKnowledge(realDir);
    for (const id of CORE_INTENT_IDS) {
      assert.ok(kb.intents.has(id), `missing ${id}`);
    }
    assert.ok(kb.versions.some((row) => row.id === 'rest-api' && row.minVersion === '2019-02-02'));
  });

  it('every guidance intent cites sources over https and carries support metadata', () => {
    const kb = loadKnowledge(realDir);
    for (const entry of kb.intents.values()) {
      if (entry.kind === 'guidance') {
        assert.ok(entry.links.length > 0, entry.id);
        assert.ok(entry.support?.supportTopicIds.length, `${entry.id} has supportTopicIds`);
      }
    }
  });

  it('the three error intents state status 409/409/400 and the service messages from the fact sheet', () => {
    const kb = loadKnowledge(realDir);
    const facts = (id: string): unknown => kb.intents.get(id)?.answer.error;
    assert.deepEqual(facts('error-key-missing'), {
      code: 'BlobUsesCustomerSpecifiedEncryption',
      httpStatus: 409,
      message: 'The blob is encrypted with customer specified encryption, but it was not provided in the request.',
    });
    assert.equal((facts('error-key-mismatch') as { httpStatus: number }).httpStatus, 409);
    assert.deepEqual(facts('error-invalid-header'), {
      code: 'InvalidHeaderValue',
      httpStatus: 400,
      message: 'The value for one of the HTTP headers is not in the correct format.',
    });
  });

  it('never recommends Copy Blob for rotation', () => {
    const rotate = JSON.stringify(loadKnowledge(realDir).intents.get('rotate-key')?.answer.steps);
    assert.doesNotMatch(rotate, /use copy blob/i);
  });

  const broken: [string, (dir: string) => void, RegExp, RegExp][] = [
    ['invalid JSON', (dir) => fs.writeFileSync(path.join(dir, 'intents', 'thanks.json'), '{ "id": '), /thanks\.json$/, /\(file\)/],
    ['a missing summary', (dir) => editIntent(dir, 'lost-key', (j) => delete (j.answer as Record<string, unknown>).summary), /lost-key\.json$/, /^answer\.summary$/],
    ['a misspelt field', (dir) => editIntent(dir, 'help', (j) => { j.exmaples = []; }), /help\.json$/, /^exmaples$/],
    ['an empty step', (dir) => editIntent(dir, 'rotate-key', (j) => { (j.answer as { steps: string[] }).steps[1] = ' '; }), /rotate-key\.json$/, /^answer\.steps\[1\]$/],
    ['an http link', (dir) => editIntent(dir, 'lost-key', (j) => { (j.links as { url: string }[])[0].url = 'http://example.com'; }), /lost-key\.json$/, /^links\[0\]\.url$/],
    ['an unknown follow-up', (dir) => editIntent(dir, 'greeting', (j) => { j.followUps = ['nope']; }), /greeting\.json$/, /^followUps\[0\]$/],
    ['an unknown check', (dir) => editIntent(dir, 'lost-key', (j) => { j.checks = ['rm-rf']; }), /lost-key\.json$/, /^checks\[0\]$/],
    ['a wrong kind', (dir) => editIntent(dir, 'none', (j) => { j.kind = 'other'; }), /none\.json$/, /^kind$/],
    ['an example shared by two intents', (dir) => editIntent(dir, 'thanks', (j) => { (j.examples as string[]).push('hi'); editIntent(dir, 'greeting', (g) => { (g.examples as string[]).push('hi'); }); }), /(thanks|greeting)\.json$/, /^examples\[\d+\]$/],
    ['a missing required intent', (dir) => fs.rmSync(path.join(dir, 'intents', 'goodbye.json')), /goodbye\.json$/, /\(file\)/],
    ['a version row without sources', (dir) => {
      const file = path.join(dir, 'versions.json');
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { rows: Record<string, unknown>[] };
      json.rows[2].sources = [];
      fs.writeFileSync(file, JSON.stringify(json));
    }, /versions\.json$/, /^rows\[2\]\.sources$/],
  ];
  for (const [name, edit, file, field] of broken) {
    it(`refuses ${name}, naming the file and the field`, () => {
      expectKnowledgeError(brokenCopy(edit), file, field);
    });
  }
  it('refuses a button label over 32 characters (Teams cuts it; a phone has no room)', () => {
    const dir = brokenCopy((copy) => editIntent(copy, 'lost-key', (json) => (json.label = 'What to do when the key is lost for good')));
    expectKnowledgeError(dir, /lost-key\.json$/, /^label$/);
  });

  it('refuses internal review words in customer-facing text, in intents and in the version table', () => {
    const intentDir = brokenCopy((copy) =>
      editIntent(copy, 'rotate-key', (json) => {
        const answer = json.answer as { details: string[] };
        answer.details.push('The first version is UNCONFIRMED.');
      }),
    );
    expectKnowledgeError(intentDir, /rotate-key\.json$/, /answer/);
    const versionDir = brokenCopy((copy) => {
      const file = path.join(copy, 'versions.json');
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { rows: { note: string; staffNote?: string }[] };
      json.rows[0].staffNote = 'DRIFT is fine here: staff only.';
      fs.writeFileSync(file, JSON.stringify(json));
    });
    assert.doesNotThrow(() => loadKnowledge(versionDir), 'a staff note may name review words');
    const noteDir = brokenCopy((copy) => {
      const file = path.join(copy, 'versions.json');
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { rows: { note: string }[] };
      json.rows[1].note = 'Version 11.0.0 (DRIFT).';
      fs.writeFileSync(file, JSON.stringify(json));
    });
    expectKnowledgeError(noteDir, /versions\.json$/, /rows\[1\]\.note/);
  });

  it('every short answer is at most 60 words, so the first view of a card stays short', () => {
    for (const entry of loadKnowledge(realDir).intents.values()) {
      assert.ok(entry.answer.summary.split(/\s+/).length <= 60, entry.id);
    }
  });
  it('loads the scope word lists and refuses a list that does not compile, an unknown list or a missing one', () => {
    const kb = loadKnowledge(realDir);
    assert.ok(kb.scope.otherTopic.regex.test('rotate the storage account access keys'));
    assert.ok(kb.intents.get('rotate-key')?.scope?.vetoes.some((veto) => veto.reason === 'key-gone'));
    const editScope = (change: (patterns: Record<string, { alternatives: string[] }>) => void): string =>
      brokenCopy((copy) => {
        const file = path.join(copy, 'scope.json');
        const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { patterns: Record<string, { alternatives: string[] }> };
        change(json.patterns);
        fs.writeFileSync(file, JSON.stringify(json));
      });
    expectKnowledgeError(editScope((patterns) => patterns.chitChat.alternatives.push('(unclosed')), /scope\.json$/, /patterns\.chitChat\.alternatives/);
    expectKnowledgeError(editScope((patterns) => (patterns.otherTopick = patterns.otherTopic)), /scope\.json$/, /patterns\.otherTopick/);
    expectKnowledgeError(
      editScope((patterns) => delete patterns.azureWords),
      /scope\.json$/,
      /patterns\.azureWords/,
    );
  });

  it('loads the follow-up subjects and languages and refuses an unknown topic, version row or code language, or a list that does not compile', () => {
    const kb = loadKnowledge(realDir);
    assert.ok(kb.followUps.subjects.some((subject) => subject.topics.includes('service-support') && subject.regex.test('does that work on Azure Files?')));
    assert.equal(kb.followUps.languages.find((language) => language.regex.test('and in Java?'))?.row, 'java-storage-blob');
    interface Named {
      topics?: string[];
      row?: string;
      code?: string;
      alternatives: string[];
    }
    const editFollowUps = (change: (json: { subjects: { list: Named[] }; languages: { list: Named[] } }) => void): string =>
      brokenCopy((copy) => {
        const file = path.join(copy, 'followups.json');
        const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { subjects: { list: Named[] }; languages: { list: Named[] } };
        change(json);
        fs.writeFileSync(file, JSON.stringify(json));
      });
    expectKnowledgeError(editFollowUps((json) => json.subjects.list[0]?.topics?.push('greeting')), /followups\.json$/, /^subjects\.list\[0\]\.topics\[\d+\]$/);
    expectKnowledgeError(editFollowUps((json) => json.subjects.list[1]?.topics?.push('no-such-topic')), /followups\.json$/, /^subjects\.list\[1\]\.topics\[\d+\]$/);
    expectKnowledgeError(editFollowUps((json) => { json.languages.list[0].row = 'no-such-row'; }), /followups\.json$/, /^languages\.list\[0\]\.row$/);
    expectKnowledgeError(editFollowUps((json) => { json.languages.list[0].code = 'cobol'; }), /followups\.json$/, /^languages\.list\[0\]\.code$/);
    expectKnowledgeError(editFollowUps((json) => json.languages.list[2]?.alternatives.push('(unclosed')), /followups\.json$/, /languages\.list\[2\]\.alternatives/);
  });
});
