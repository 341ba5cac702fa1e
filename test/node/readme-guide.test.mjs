// The README's "Write an adapter in 30 lines" shows the very adapter the contract suite runs
// against the demo server (test/adapters/guide-adapter.ts, in test/e2e/contract.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

test("the README's 30-line adapter is the tested one, and 30 lines of code or so", async () => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Write an adapter in 30 lines'));
  const shown = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  const file = await readFile(new URL('../adapters/guide-adapter.ts', import.meta.url), 'utf8');
  assert.equal(shown, file.replace("from '../../src/index.js';", "from 'auth-elements';"));
  const code = file.split('\n').filter(line => line.trim() && !line.trim().startsWith('/**'));
  assert.ok(code.length <= 37, `${code.length} lines of code`);
});
