// Strings: placeholders read only the values' own keys; registered locales fall back to the
// primary language, then English; only strings are kept.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { en, format, languageOf, setStrings, stringsFor } from '../../src/i18n/strings.js';

describe('string placeholders', () => {
  test('fills {name}-style placeholders, leaves unknown ones as written', () => {
    assert.equal(format('Open account menu for {name}', { name: 'Ada' }), 'Open account menu for Ada');
    assert.equal(format('{a}{b}{a}', { a: '1', b: '2' }), '121');
    assert.equal(format('{missing} {name}', { name: 'Ada' }), '{missing} Ada');
    assert.equal(format('{name}', { name: '{name}' }), '{name}', 'a value is not formatted again');
  });

  test('inherited keys never resolve: {constructor}, {toString}, {__proto__}, {hasOwnProperty}', () => {
    const template = '{constructor} {toString} {__proto__} {hasOwnProperty} {valueOf}';
    assert.equal(format(template, {}), template);
    assert.equal(format(template, { name: 'Ada' }), template);
    assert.equal(format('{constructor}', Object.create({ constructor: 'inherited' })), '{constructor}');
    assert.equal(format('{constructor}', { constructor: 'own' } as Record<string, string>), 'own');
  });
});

describe('locale strings', () => {
  test('the full tag over the primary language over English; non-strings are dropped', () => {
    setStrings('xx', { signOut: 'Primary', signingOut: 42 as unknown as string });
    setStrings('xx-yy', { signOut: 'Regional' });
    assert.equal(stringsFor('xx').signOut, 'Primary');
    assert.equal(stringsFor('xx').signingOut, en.signingOut);
    assert.equal(stringsFor('xx-yy').signOut, 'Regional');
    assert.equal(stringsFor('xx-zz').signOut, 'Primary');
    assert.equal(stringsFor('zz').signOut, en.signOut);
  });

  test('one merged object per tag, shared until setStrings changes what it was merged from', () => {
    setStrings('qq', { signOut: 'First' });
    const first = stringsFor('qq-rr');
    assert.equal(stringsFor('qq-rr'), first, 'the same object while nothing changed');
    setStrings('qq', { signOut: 'Second' });
    const second = stringsFor('qq-rr');
    assert.notEqual(second, first, 'a new object after the primary language changed');
    assert.equal(second.signOut, 'Second');
    setStrings('qq-rr', { signOut: 'Regional' });
    assert.equal(stringsFor('qq-rr').signOut, 'Regional', 'and after the full tag changed');
    assert.equal(first.signOut, 'First', 'an object handed out is never changed');
  });

  test('languageOf: the tag whose strings give the key, else English', () => {
    setStrings('ww', { lastActive: 'W {time}' });
    setStrings('vv-uu', { lastActive: 'V {time}' });
    setStrings('tt', { signOut: 'T' });
    assert.equal(languageOf('ww', 'lastActive'), 'ww');
    assert.equal(languageOf('ww-ss', 'lastActive'), 'ww-ss', 'a regional tag of a language with the key');
    assert.equal(languageOf('vv-uu', 'lastActive'), 'vv-uu');
    assert.equal(languageOf('vv', 'lastActive'), 'en', 'the primary language has no strings');
    assert.equal(languageOf('tt', 'lastActive'), 'en', 'strings, but not this key');
    assert.equal(languageOf('tt', 'signOut'), 'tt');
    assert.equal(languageOf('sv', 'lastActive'), 'en');
  });
});
