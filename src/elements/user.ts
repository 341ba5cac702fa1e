import type { AuthUser } from '../auth/types.js';

/** `name`, else `firstName lastName`, else `username`, else `email` (SPEC §6). */
export function displayName(user: AuthUser): string {
  return (
    user.name?.trim() ||
    [user.firstName, user.lastName].filter(Boolean).join(' ').trim() ||
    user.username?.trim() ||
    user.email?.trim() ||
    ''
  );
}

const first = (text?: string | null): string => {
  if (!text?.trim()) return '';
  const segments = new Intl.Segmenter().segment(text.trim())[Symbol.iterator]().next();
  return segments.done ? '' : segments.value.segment;
};

/** First grapheme of first and last name, else of the display name; upper-cased, at most 2. */
export function initials(user: AuthUser): string {
  const pair = first(user.firstName) + first(user.lastName);
  return [...new Intl.Segmenter().segment((pair || first(displayName(user))).toUpperCase())]
    .slice(0, 2)
    .map(s => s.segment)
    .join('');
}

/** FNV-1a (32 bit) of the user id, mod 360: a stable hue per user. */
export function hue(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 360;
}

/** The image URL when it may be rendered (http(s) or `data:image/…`), else null. */
export function imageUrl(url?: string | null): string | null {
  try {
    const { protocol, href } = new URL(url!);
    return /^https?:$/.test(protocol) || /^data:image\//i.test(href) ? href : null;
  } catch {
    return null;
  }
}
