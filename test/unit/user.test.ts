// What the avatar shows: the display name, the initials, a stable colour per user whose white
// initials keep a contrast of at least 4.5:1 for every hue, and which image URLs may render.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { avatarColor, displayName, hue, imageUrl, initials } from '../../src/elements/user.js';
import type { AuthUser } from '../../src/auth/types.js';

const user = (fields: Record<string, unknown>): AuthUser => ({ id: 'u1', ...fields }) as AuthUser;

describe('display name and initials', () => {
  const cases: [Record<string, unknown>, string, string][] = [
    // The display name's first and last words; one word, one letter.
    [{ name: 'Ada Lovelace' }, 'Ada Lovelace', 'AL'],
    [{ name: 'Augusta Ada King' }, 'Augusta Ada King', 'AK'],
    [{ name: 'Ada' }, 'Ada', 'A'],
    [{ name: '  Ada  ', firstName: 'Augusta', lastName: 'King' }, 'Ada', 'AK'],
    [{ firstName: 'Grace', lastName: 'Hopper' }, 'Grace Hopper', 'GH'],
    [{ firstName: 'Grace' }, 'Grace', 'G'],
    [{ lastName: 'Hopper' }, 'Hopper', 'H'],
    [{ username: 'ghopper' }, 'ghopper', 'G'],
    [{ email: 'ada@example.com' }, 'ada@example.com', 'A'],
    [{ name: '   ', email: 'e@example.com' }, 'e@example.com', 'E'],
    [{}, '', ''],
    [{ name: 'élodie' }, 'élodie', 'É'],
    [{ firstName: '👩🏽‍💻 Dev', lastName: 'Ops' }, '👩🏽‍💻 Dev Ops', '👩🏽‍💻O'],
    [{ name: 'ßtraße' }, 'ßtraße', 'SS'],
    // A combining mark joins the ASCII letter before it: one grapheme, kept whole.
    [{ name: 'E\u0301mile Zola' }, 'E\u0301mile Zola', 'E\u0301Z'],
    [{ firstName: 'a\u0308', lastName: 'b\u0327c' }, 'a\u0308 b\u0327c', 'A\u0308B\u0327'],
    [{ name: 'Zoë Ålberg' }, 'Zoë Ålberg', 'ZÅ'],
    // Fields that are no text: numbers are written out, anything else is skipped.
    [{ name: 42 }, '42', '4'],
    [{ name: {}, firstName: 5, lastName: ['x'], email: 'e@example.com' }, '5', '5'],
    [{ name: null, username: true, email: 7 }, '7', '7'],
    [{ name: NaN, email: 'x@example.com' }, 'x@example.com', 'X'],
  ];
  for (const [fields, name, letters] of cases)
    test(`${JSON.stringify(fields)} → "${name}", "${letters}"`, () => {
      assert.equal(displayName(user(fields)), name);
      assert.equal(initials(user(fields)), letters);
    });

  test('a long name of non-ASCII words is segmented only as far as its first grapheme', t => {
    // Segmenting a whole field costs time and memory growing with the square of its length: a
    // name of 100,000 characters ran a tab out of memory.
    let pulled = 0;
    const segment = Intl.Segmenter.prototype.segment;
    t.mock.method(Intl.Segmenter.prototype, 'segment', function (this: Intl.Segmenter, input: string) {
      const segments = segment.call(this, input);
      return {
        containing: (index?: number) => segments.containing(index),
        *[Symbol.iterator]() {
          for (const part of segments) {
            pulled++;
            yield part;
          }
        },
      };
    });
    const long = 'É'.repeat(20_000);
    assert.equal(initials(user({ name: `${long} ${long}` })), 'ÉÉ');
    assert.equal(initials(user({ firstName: long, lastName: '東'.repeat(20_000) })), 'É東');
    assert.ok(pulled <= 10, `${pulled} segments taken`);
  });
});

/** sRGB of `hsl(h s% l%)`, 0–1 each (CSS Color 4). */
function hslToRgb(h: number, s: number, l: number): number[] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}

const luminance = (rgb: number[]) => {
  const [r, g, b] = rgb.map(c => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('avatar colours', () => {
  test('the hue is stable per id, in 0–359, and spreads over many ids', () => {
    assert.equal(hue('user-1'), hue('user-1'));
    const hues = new Set(Array.from({ length: 2000 }, (_, i) => hue('user-' + i)));
    for (const h of hues) assert.ok(Number.isInteger(h) && h >= 0 && h < 360, `hue ${h}`);
    assert.ok(hues.size > 300, `${hues.size} distinct hues for 2000 ids`);
    assert.equal(hue(7 as unknown as string), hue('7'), 'a numeric id is read as text');
  });

  test('white initials keep a contrast of at least 4.5:1 on every hue', () => {
    const color = avatarColor('user-1');
    const match = /^hsl\((\d+) (\d+)% (\d+)%\)$/.exec(color);
    assert.ok(match, color);
    assert.equal(Number(match[1]), hue('user-1'));
    const [s, l] = [Number(match[2]) / 100, Number(match[3]) / 100];
    let worst = { hue: -1, ratio: Infinity };
    for (let h = 0; h < 360; h++) {
      const ratio = 1.05 / (luminance(hslToRgb(h, s, l)) + 0.05);
      if (ratio < worst.ratio) worst = { hue: h, ratio };
    }
    assert.ok(worst.ratio >= 4.5, `lowest contrast ${worst.ratio.toFixed(2)} at hue ${worst.hue}`);
  });
});

describe('avatar image URLs', () => {
  const cases: [unknown, string | null][] = [
    ['https://cdn.example/a.png', 'https://cdn.example/a.png'],
    ['http://cdn.example/a.png', 'http://cdn.example/a.png'],
    ['data:image/png;base64,AAAA', 'data:image/png;base64,AAAA'],
    ['DATA:IMAGE/svg+xml,<svg/>', 'data:IMAGE/svg+xml,<svg/>'],
    ['data:text/html,<script>', null],
    ['javascript:alert(1)', null],
    ['/relative.png', null],
    ['', null],
    [null, null],
    [42, null],
    [{ toString: () => 'https://cdn.example/a.png' }, null],
  ];
  for (const [url, expected] of cases)
    test(`${JSON.stringify(url)} → ${expected}`, () => assert.equal(imageUrl(url as string), expected));
});
