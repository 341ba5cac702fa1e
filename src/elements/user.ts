import { safely } from '../auth/client.js';
import type { AuthUser } from '../auth/types.js';

/** A user field as text: a string trimmed, a finite number written out, anything else empty. */
export const text = (value: unknown): string =>
  typeof value == 'string' ? value.trim() : typeof value == 'number' && Number.isFinite(value) ? String(value) : '';

/** `name`, else `firstName lastName`, else `username`, else `email`; fields that are no text are skipped. */
export function displayName(user: AuthUser): string {
  return (
    text(user?.name) ||
    [text(user?.firstName), text(user?.lastName)].filter(Boolean).join(' ') ||
    text(user?.username) ||
    text(user?.email)
  );
}

let segmenter: Intl.Segmenter | undefined;

/** The graphemes of `text`; one segmenter for all, since making one is costly. */
const graphemes = (text: string): string[] =>
  [...(segmenter ??= new Intl.Segmenter()).segment(text)].map(s => s.segment);

/** Printable ASCII: each character a grapheme of its own, no segmenter needed (each use of one is costly). */
const ASCII = /^[ -~]*$/;

/**
 * The first grapheme of a field: none, a printable ASCII character followed by another or by
 * nothing, else the segmenter's first segment (only that one: segmenting a whole long field costs
 * time and memory that grow with the square of its length).
 */
const first = (value: unknown): string => {
  const field = text(value);
  return !field || /^[ -~](?![^ -~])/.test(field)
    ? field.slice(0, 1)
    : (segmenter ??= new Intl.Segmenter()).segment(field)[Symbol.iterator]().next().value!.segment;
};

/**
 * First grapheme of first and last name, else of the display name's first and last words ("Grace
 * Hopper" → "GH", one word → one letter); upper-cased, at most 2, graphemes kept whole.
 */
export function initials(user: AuthUser): string {
  const words = displayName(user).split(/\s+/).filter(Boolean);
  const pair =
    first(user?.firstName) + first(user?.lastName) ||
    first(words[0]) + (words.length > 1 ? first(words[words.length - 1]) : '');
  const upper = pair.toUpperCase();
  return ASCII.test(upper) ? upper.slice(0, 2) : graphemes(upper).slice(0, 2).join('');
}

/** FNV-1a (32 bit) of the user id as text, mod 360: a stable hue per user (an id that is no text has 0). */
export function hue(id: unknown): number {
  const key = safely(() => String(id), '');
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 360;
}

/**
 * The initials' background for a user: a stable hue at a lightness that keeps white initials
 * at a contrast of at least 4.5:1 for every hue.
 */
export const avatarColor = (id: unknown): string => `hsl(${hue(id)} 40% 30%)`;

/** The image URL when it may be rendered (http(s) or `data:image/…`), else null. */
export function imageUrl(url?: string | null): string | null {
  if (!url || typeof url != 'string') return null;
  try {
    const { protocol, href } = new URL(url);
    return /^https?:$/.test(protocol) || /^data:image\//i.test(href) ? href : null;
  } catch {
    return null;
  }
}
