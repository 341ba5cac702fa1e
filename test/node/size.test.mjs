// The size check's rules (scripts/size-rules.mjs) and the script around them (scripts/size.mjs):
// budgets, the 2 % ratchet against the recorded figures, the CHANGELOG.md note that explains a
// growth, and `--record`. The script runs on a temporary entry, record and changelog.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { main } from '../../scripts/size.mjs';
import { advice, brotliSize, fails, judge, sizeNotes, suggestedNote, unreleased } from '../../scripts/size-rules.mjs';

const changelog = (...unreleasedLines) =>
  [
    '# Changelog',
    '',
    '## Unreleased',
    '',
    ...unreleasedLines,
    '',
    '## 0.1.0',
    '',
    '- Size: old 9,000 B: released',
  ].join('\n');

describe('the Unreleased section and its size notes', () => {
  test('the section runs from "## Unreleased" to the next level-two heading', () => {
    const text = unreleased(changelog('### Added', '', '- a thing'));
    assert.match(text, /- a thing/);
    assert.doesNotMatch(text, /0\.1\.0|released/);
    assert.match(unreleased('## [Unreleased]\n- x\n'), /- x/);
    assert.equal(unreleased('# Changelog\n\n## 1.0.0\n- x\n'), '');
  });

  test('a note names keys with their new sizes and says why, across wrapped lines', () => {
    const [note, ...rest] = sizeNotes(
      changelog(
        '### Changed',
        '',
        '- Size: own-code 7,480 B, auth-elements 12900 B: the elements render with lit-html',
        '  templates (about 2.6 KB of Lit comes in).',
        '- Something else: 1 B',
      ),
    );
    assert.equal(rest.length, 0, 'only "Size:" items are notes; released sections are not read');
    assert.deepEqual(
      [...note.sizes],
      [
        ['own-code', 7480],
        ['auth-elements', 12900],
      ],
    );
    assert.equal(note.why, 'the elements render with lit-html templates (about 2.6 KB of Lit comes in).');
  });

  test('a note without a reason or with a malformed size is reported, not read', () => {
    const notes = sizeNotes(
      changelog('- Size: own-code 7,480 B', '- Size: own-code 7.5 kB: lit', '- Size: own-code 7,48 B: odd'),
    );
    assert.equal(notes.length, 3);
    for (const note of notes) assert.ok(note.error && !note.sizes, note.text);
  });
});

describe('budgets and the ratchet', () => {
  const bundles = [{ key: 'own-code', name: 'own code', budget: 7500 }];
  const verdict = (bytes, record = { 'own-code': 7000 }, notes = []) =>
    judge({ bundles, measured: new Map([['own-code', bytes]]), record, notes, ratchet: 0.02 })[0];
  const note = text => sizeNotes(changelog(text));

  test('growth up to 2 % over the record passes; one byte more fails', () => {
    assert.equal(verdict(7140).ratchet, 'ok');
    assert.equal(verdict(7140).allowed, 7140);
    assert.equal(verdict(7141).ratchet, 'grew');
    assert.ok(fails(verdict(7141)));
    assert.ok(!fails(verdict(7140)));
  });

  test('a smaller bundle passes and its gain is reported', () => {
    const v = verdict(6800);
    assert.equal(v.ratchet, 'ok');
    assert.equal(v.gain, 200);
    assert.match(advice(v, { recordFile: 'r.json', changelogFile: 'C.md', ratchet: 0.02 }).join(' '), /--record/);
  });

  test('a changelog note with the new size explains a growth', () => {
    const v = verdict(7400, undefined, note('- Size: own-code 7,400 B: templates'));
    assert.equal(v.ratchet, 'explained');
    assert.ok(!fails(v));
    // The stated size may be a little above the measured one (within the 2 %), never below.
    assert.equal(verdict(7400, undefined, note('- Size: own-code 7,548 B: templates')).ratchet, 'explained');
    assert.equal(verdict(7400, undefined, note('- Size: own-code 7,549 B: templates')).ratchet, 'grew');
    assert.equal(verdict(7400, undefined, note('- Size: own-code 7,399 B: templates')).ratchet, 'grew');
  });

  test('a note for another bundle, or an old figure, explains nothing, and the advice says so', () => {
    assert.equal(verdict(7400, undefined, note('- Size: auth-elements 7,400 B: templates')).ratchet, 'grew');
    const stale = verdict(7400, undefined, note('- Size: own-code 7,200 B: templates'));
    assert.equal(stale.ratchet, 'grew');
    const text = advice(stale, { recordFile: 'r.json', changelogFile: 'CHANGELOG.md', ratchet: 0.02 }).join('\n');
    assert.match(text, /grew 5\.7 % over the recorded 7,000 B \(r\.json\); the ratchet allows 2 %, up to 7,140 B/);
    assert.match(text, /CHANGELOG\.md has "- Size: own-code 7,200 B: templates", but not the size measured now/);
    assert.match(text, /"## Unreleased" section/);
    assert.match(text, /^ {2}- Size: own-code 7,400 B: <why it grew>$/m);
    assert.match(text, /npm run size -- --record/);
  });

  test('no recorded figure fails, and over the budget fails whatever the record or changelog say', () => {
    const unrecorded = verdict(7000, {});
    assert.equal(unrecorded.ratchet, 'unrecorded');
    assert.ok(fails(unrecorded));
    const over = verdict(7600, { 'own-code': 7600 }, note('- Size: own-code 7,600 B: templates'));
    assert.equal(over.ratchet, 'ok');
    assert.ok(over.overBudget && fails(over));
    assert.match(
      advice(over, { recordFile: 'r.json', changelogFile: 'C.md', ratchet: 0.02 }).join(' '),
      /over the budget of 7,500 B by 100 B/,
    );
  });

  test('a goal below the budget is reported when missed, and fails nothing', () => {
    const withGoal = [{ key: 'own-code', name: 'own code', budget: 9000, goal: 7500 }];
    const [missed] = judge({
      bundles: withGoal,
      measured: new Map([['own-code', 8000]]),
      record: { 'own-code': 8000 },
      notes: [],
      ratchet: 0.02,
    });
    assert.ok(!fails(missed));
    const text = advice(missed, { recordFile: 'r.json', changelogFile: 'C.md', ratchet: 0.02 }).join(' ');
    assert.match(text, /goal of 7,500 B is missed by 500 B/);
    const [met] = judge({
      bundles: withGoal,
      measured: new Map([['own-code', 7400]]),
      record: { 'own-code': 7400 },
      notes: [],
      ratchet: 0.02,
    });
    assert.deepEqual(advice(met, { recordFile: 'r.json', changelogFile: 'C.md', ratchet: 0.02 }), []);
  });

  test('one suggested changelog item covers every bundle that grew', () => {
    const verdicts = judge({
      bundles: [...bundles, { key: 'auth-elements', name: 'all', budget: 13000 }],
      measured: new Map([
        ['own-code', 7400],
        ['auth-elements', 12345],
      ]),
      record: { 'own-code': 7000, 'auth-elements': 10000 },
      notes: [],
      ratchet: 0.02,
    });
    assert.equal(suggestedNote(verdicts), '- Size: own-code 7,400 B, auth-elements 12,345 B: <why it grew>');
    assert.equal(suggestedNote([verdict(7000)]), null);
  });

  test('brotli sizes are quality 11: deterministic, and repetition compresses', () => {
    const noise = randomBytes(4000);
    assert.equal(brotliSize(noise), brotliSize(Buffer.from(noise)));
    assert.ok(brotliSize(noise) > 3900);
    assert.ok(brotliSize(Buffer.alloc(4000, 'a')) < 30);
  });
});

describe('npm run size on a temporary bundle', () => {
  let dir;
  const files = {};
  const run = (options = {}) =>
    main({
      budgetsFile: files.budgets,
      recordFile: files.record,
      changelogFile: files.changelog,
      log: () => {},
      ...options,
    });
  /** An entry that compresses to a little over `bytes` (random bytes as base64: 6 bits a character). */
  const entry = bytes =>
    writeFile(files.entry, `export const noise = '${randomBytes(bytes).toString('base64url')}';\n`);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'size-check-'));
    Object.assign(files, {
      entry: join(dir, 'entry.js'),
      budgets: join(dir, 'budgets.json'),
      record: join(dir, 'record.json'),
      changelog: join(dir, 'CHANGELOG.md'),
    });
    const budgets = {
      ratchet: 0.02,
      lit: ['lit'],
      bundles: [{ key: 'noise', name: 'noise', entry: files.entry, budget: 3000 }],
    };
    await writeFile(files.budgets, JSON.stringify(budgets));
    await writeFile(files.changelog, changelog('### Added', '', '- nothing of size'));
    await entry(1500);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('without a record it fails; --record writes the figure; then it passes', async () => {
    assert.equal((await run()).failed, 1);
    const recorded = await run({ record: true });
    assert.equal(recorded.failed, 0);
    assert.ok(recorded.recorded);
    const figure = JSON.parse(await readFile(files.record, 'utf8')).noise;
    assert.equal(figure, recorded.verdicts[0].bytes);
    assert.ok(figure > 1500 && figure < 1650, `${figure} B`);
    assert.equal((await run()).failed, 0);
  });

  test('growing past 2 % fails and --record refuses until the changelog names the new size', async () => {
    await entry(1800);
    const grown = await run({ record: true });
    assert.equal(grown.failed, 1);
    assert.equal(grown.recorded, false);
    const bytes = grown.verdicts[0].bytes;
    const before = JSON.parse(await readFile(files.record, 'utf8')).noise;
    assert.ok(bytes > before * 1.02);
    const lines = [];
    await run({ log: line => lines.push(line) });
    const output = lines.join('\n');
    assert.match(output, /FAIL noise/);
    assert.ok(output.includes(`- Size: noise ${bytes.toLocaleString('en-US')} B: <why it grew>`), output);

    await writeFile(
      files.changelog,
      changelog(`- Size: noise ${bytes.toLocaleString('en-US')} B: more noise, on purpose`),
    );
    const explained = await run({ record: true });
    assert.equal(explained.failed, 0);
    assert.equal(JSON.parse(await readFile(files.record, 'utf8')).noise, bytes);
  });

  test('over the budget fails however it is recorded', async () => {
    await entry(3500);
    const result = await run();
    assert.ok(result.verdicts[0].overBudget);
    assert.ok(result.failed >= 1);
  });
});
