// The locale files for script tags (docs/contract.md, Theming and languages): dist/locales/<tag>.js and .iife.js exist for
// every shipped language and stay small. Runs against the CDN build, so `npm run build` comes first.
import { existsSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { brotliCompressSync, constants } from 'node:zlib';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const TAGS = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'zh', 'ko', 'ar'];
const LIMIT = 1_000;

const brotli = bytes =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;

for (const tag of TAGS) {
  for (const file of [`${tag}.js`, `${tag}.iife.js`]) {
    test(`dist/locales/${file} exists and is under ${LIMIT} B brotli`, () => {
      const url = new URL(`../../dist/locales/${file}`, import.meta.url);
      assert.ok(existsSync(url), `dist/locales/${file} is missing: run npm run build`);
      const size = brotli(readFileSync(url));
      assert.ok(size < LIMIT, `dist/locales/${file}: ${size} B brotli-11`);
    });
  }

  test(`dist/locales/${tag}.iife.js is ASCII and registers '${tag}' in globalThis[Symbol.for('auth-elements')]`, () => {
    const code = readFileSync(new URL(`../../dist/locales/${tag}.iife.js`, import.meta.url), 'utf8');
    // A classic script is decoded in the page's encoding, which need not be UTF-8.
    assert.match(code, /^[\0-\x7f]*$/, 'non-ASCII characters in a classic script');
    // A fresh global with nothing else on it: the file brings everything it needs.
    const context = { EventTarget, Event };
    context.globalThis = context;
    runInNewContext(code, context);
    const shared = runInNewContext(`globalThis[Symbol.for('auth-elements')]`, context);
    const strings = shared.strings.get(tag);
    assert.ok(strings, `no '${tag}' entry`);
    assert.ok(Object.keys(strings).length >= 9, Object.keys(strings).join(', '));
  });
}
