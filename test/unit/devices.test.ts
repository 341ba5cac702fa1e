// The device list's pure rules: which reported devices are kept and how, and relative times.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDevice } from '../../src/controllers/devices-controller.js';
import { relativeTime } from '../../src/elements/device-view.js';

describe('reported devices', () => {
  test('a device needs a string session id', () => {
    for (const value of [null, undefined, 'd1', 7, {}, { sessionId: 7 }, { sessionId: ' ' }, { sessionId: ['d1'] }])
      assert.equal(cleanDevice(value), null, JSON.stringify(value));
  });

  test('text fields must be strings, dates must parse, an unknown type is other, current only when true', () => {
    assert.deepEqual(
      cleanDevice({
        sessionId: 'd1',
        current: 'yes',
        browser: { toString: () => 'Chrome' },
        os: 'Linux',
        deviceType: 'tv',
        ipAddress: 42,
        location: '',
        lastActiveAt: 'yesterday',
        createdAt: '2026-01-02T03:04:05.000Z',
        extra: 'dropped',
      }),
      { sessionId: 'd1', current: false, os: 'Linux', deviceType: 'other', createdAt: '2026-01-02T03:04:05.000Z' },
    );
    assert.deepEqual(cleanDevice({ sessionId: 'd2', current: true, deviceType: 'tablet' }), {
      sessionId: 'd2',
      current: true,
      deviceType: 'tablet',
    });
  });
});

describe('relative times', () => {
  const now = Date.parse('2026-06-15T12:00:00Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();
  const cases: [number, string, string][] = [
    [10, 'en', 'now'],
    [-20, 'en', 'now'],
    [-5 * 60, 'en', 'now'],
    [-2 * 86400, 'en', 'now'],
    [5 * 60, 'en', '5 minutes ago'],
    [60 * 60, 'en', '1 hour ago'],
    [26 * 3600, 'en', 'yesterday'],
    [3 * 86400, 'en', '3 days ago'],
    [8 * 86400, 'en', 'last week'],
    [40 * 86400, 'en', 'last month'],
    [400 * 86400, 'en', 'last year'],
    [5 * 60, 'de', 'vor 5 Minuten'],
    [3 * 86400, 'fr', 'il y a 3 jours'],
    [5 * 60, 'not a language tag!', '5 minutes ago'],
    // Not valid as a whole: in the language the strings chose for it, not English beside German.
    [5 * 60, 'de-!!', 'vor 5 Minuten'],
    [5 * 60, 'de-DE-1', 'vor 5 Minuten'],
    [3 * 86400, 'fr-x', 'il y a 3 jours'],
  ];
  for (const [seconds, lang, expected] of cases)
    test(`${seconds} s ago in ${lang}: ${expected}`, () =>
      assert.equal(relativeTime(ago(seconds), lang, now), expected));
});
