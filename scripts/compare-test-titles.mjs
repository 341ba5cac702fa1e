// Compares two test-title lists written by the runner with WTR_TITLES=<file> (see
// scripts/wtr-titles-reporter.mjs): every test of the old run must exist in the new one, by its
// full title (suite › … › test), in the same browser. Prints "old file › title → new file" for each
// test that moved, lists the missing ones, and exits non-zero when any is missing.
// Usage: node scripts/compare-test-titles.mjs old.jsonl new.jsonl [browser]
import { readFileSync } from 'node:fs';

const [oldFile, newFile, only] = process.argv.slice(2);
// Titles built from the page's address carry the test server's port, which differs between runs.
const samePort = title => title.replace(/(?<=[\w.\]])(:|%3A)\d{4,5}(?!\d)/gi, '$1PORT');
const read = file =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line))
    .map(row => ({ ...row, title: samePort(row.title) }))
    .filter(row => !only || row.browser == only);

const after = new Map(read(newFile).map(row => [`${row.browser}\n${row.title}`, row]));
let moved = 0;
const missing = [];
for (const row of read(oldFile)) {
  const found = after.get(`${row.browser}\n${row.title}`);
  if (!found) missing.push(row);
  else if (found.file != row.file) {
    moved++;
    console.log(`${row.browser}: ${row.file} › ${row.title} → ${found.file}`);
  }
}
for (const row of missing) console.log(`MISSING ${row.browser}: ${row.file} › ${row.title}`);
console.log(`${moved} moved, ${missing.length} missing`);
process.exitCode = missing.length ? 1 : 0;
