// The redirect rule as a pure function of (url, base, page origin, allowed origins).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { vetRedirect } from '../../src/auth/navigate.js';

const BASE = 'https://app.example/account/page.html';
const ORIGIN = 'https://app.example';

describe('redirect policy: vetRedirect', () => {
  const cases: [string, unknown, readonly unknown[], string | null][] = [
    ['a path on the page origin', '/bye', [], 'https://app.example/bye'],
    ['a relative path, against the base', 'bye', [], 'https://app.example/account/bye'],
    ['an absolute URL on the page origin', 'https://app.example/x?y#z', [], 'https://app.example/x?y#z'],
    ['upper case and white space are normalised', '  HTTPS://APP.EXAMPLE/x ', [], 'https://app.example/x'],
    ['another origin', 'https://evil.example/', [], null],
    [
      'another origin that is allowed (by any URL on it)',
      'https://id.example/end',
      ['https://id.example/any/path'],
      'https://id.example/end',
    ],
    ['an allowed origin matches by scheme, host and port', 'http://id.example/end', ['https://id.example'], null],
    ['a protocol-relative URL to another origin', '//evil.example/x', [], null],
    ['javascript:', 'javascript:alert(1)', [], null],
    ['javascript: with an allowed origin', 'javascript:alert(1)', ['javascript:alert(1)'], null],
    ['data:', 'data:text/html,<script>alert(1)</script>', [], null],
    ['ftp on the same host', 'ftp://app.example/', [], null],
    ['credentials', 'https://user:pw@app.example/', [], null],
    ['a user name only', 'https://user@app.example/', [], null],
    ['entries that are no absolute URL allow nothing', 'https://evil.example/', ['evil.example', 5, null, {}], null],
    ['the empty string', '', [], null],
    ['no string', 5, [], null],
    ['an object', { toString: () => '/bye' }, [], null],
    ['an unparseable URL', 'https://[::1', [], null],
  ];
  for (const [name, url, allowed, expected] of cases)
    test(`${name}: ${JSON.stringify(url)} → ${expected}`, () =>
      assert.equal(vetRedirect(url, BASE, ORIGIN, allowed), expected));

  test('an opaque page origin follows nothing, not even its own paths', () => {
    assert.equal(vetRedirect('/bye', BASE, 'null'), null);
    assert.equal(vetRedirect('https://id.example/', BASE, 'null', ['https://id.example']), null);
  });
});
