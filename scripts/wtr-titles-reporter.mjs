// With WTR_TITLES=<file>, writes every test the run saw as JSON lines of
// { browser, file, title, result }, where title is "suite › … › test". scripts/compare-test-titles.mjs
// compares two such files (e.g. before and after tests are moved between files).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function collect(suite, path, out) {
  for (const test of suite?.tests ?? []) {
    out.push({
      title: [...path, test.name].join(' › '),
      result: test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed',
    });
  }
  for (const child of suite?.suites ?? []) collect(child, [...path, child.name], out);
  return out;
}

export function titlesReporter(file = process.env.WTR_TITLES) {
  return {
    stop({ sessions }) {
      if (!file) return;
      const rows = [];
      for (const session of sessions) {
        for (const test of collect(session.testResults, [], [])) {
          rows.push({ browser: session.browser.name, file: relative(process.cwd(), session.testFile), ...test });
        }
      }
      writeFileSync(file, rows.map(row => JSON.stringify(row)).join('\n') + '\n');
    },
  };
}
