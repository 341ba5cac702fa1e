// The sign-out rules that need no page: the scope an element's attributes mean, the menu's
// "Sign out" (`current`), and the checks before any client call, in their order.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSignOut, resolveScope, scopeOf, type SignOutCheck } from '../../src/auth/sign-out.js';

describe('scope resolution', () => {
  const cases: [string | null, string | null, string, string | undefined][] = [
    [null, null, 'all', undefined],
    [null, 's1', 'session', undefined],
    ['session', null, 'session', undefined],
    ['session', 's1', 'session', undefined],
    ['all', null, 'all', undefined],
    ['everywhere', null, 'everywhere', undefined],
    ['others', null, 'others', undefined],
    ['others', 's1', 'others', 'session-id is ignored with scope "others"'],
    ['all', 's1', 'all', 'session-id is ignored with scope "all"'],
    ['everywhere', 's1', 'everywhere', 'session-id is ignored with scope "everywhere"'],
    ['ALL', null, 'all', 'scope "ALL" is not one of session,all,others,everywhere'],
    ['bogus', 's1', 'session', 'scope "bogus" is not one of session,all,others,everywhere'],
    ['', null, 'all', 'scope "" is not one of session,all,others,everywhere'],
  ];
  for (const [scope, sessionId, effective, warning] of cases)
    test(`scope=${JSON.stringify(scope)} session-id=${JSON.stringify(sessionId)} → ${effective}`, () =>
      assert.deepEqual(resolveScope(scope, sessionId), [effective, warning]));

  test('"current" (the menu\'s "Sign out"): the session when more than one is listed, else all', () => {
    assert.equal(scopeOf('current', 0), 'all');
    assert.equal(scopeOf('current', 1), 'all');
    assert.equal(scopeOf('current', 2), 'session');
    assert.equal(scopeOf('current', 5), 'session');
    for (const scope of ['session', 'all', 'others', 'everywhere'] as const) assert.equal(scopeOf(scope, 3), scope);
  });
});

describe('scope checks, in order', () => {
  const ok: SignOutCheck = {
    hasClient: true,
    threw: false,
    supported: undefined,
    scope: 'session',
    target: 's1',
    listed: ['s1', 's2'],
  };
  const cases: [string, Partial<SignOutCheck>, string | null][] = [
    ['a listed session', {}, null],
    ['no client comes first', { hasClient: false, threw: true, scope: 'everywhere', target: null }, 'no-auth-client'],
    ['a throwing getter before scope checks', { threw: true, scope: 'everywhere' }, 'failed'],
    ['supportsScope absent: everywhere is unsupported', { scope: 'everywhere', target: null }, 'unsupported'],
    ['supportsScope absent: all is supported', { scope: 'all', target: null }, null],
    ['supportsScope lists everywhere', { scope: 'everywhere', target: null, supported: ['everywhere'] }, null],
    ['supportsScope without session', { supported: ['all'] }, 'unsupported'],
    [
      'supportsScope that is no array counts as absent',
      { scope: 'everywhere', target: null, supported: 'everywhere' },
      'unsupported',
    ],
    ['scope session without a target', { target: null }, 'unknown-session'],
    ['a target the client does not list', { target: 's9' }, 'unknown-session'],
    ['no sessions listed: any target goes', { target: 's9', listed: undefined }, null],
    ['an empty list knows no target', { listed: [] }, 'unknown-session'],
    ['unsupported before unknown-session', { supported: ['all'], target: 's9' }, 'unsupported'],
    ['supportsScope absent: others is unsupported', { scope: 'others', target: null }, 'unsupported'],
    ['supportsScope lists others', { scope: 'others', target: null, supported: ['others'] }, null],
    ['a listed device is a target', { target: 'd7', devices: new Set(['d7']) }, null],
    ['a device listed for no target', { target: 's9', devices: new Set(['d7']) }, 'unknown-session'],
  ];
  for (const [name, change, expected] of cases)
    test(`${name} → ${expected}`, () => assert.equal(checkSignOut({ ...ok, ...change }), expected));
});
